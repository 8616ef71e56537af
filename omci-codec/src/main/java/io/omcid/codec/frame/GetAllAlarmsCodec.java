package io.omcid.codec.frame;

import io.omcid.codec.message.CountResponse;
import io.omcid.codec.message.GetAllAlarmsRequest;
import io.omcid.codec.message.OmciMessage;

/** Get all alarms (G.988 A.2.11-12): the retrieval mode (0 or 1) out, the number of next commands back. */
final class GetAllAlarmsCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (c.header.ak()) {
            c.need(2, "get all alarms response");
            return new CountResponse(c.header, c.u16(0));
        }
        c.need(1, "get all alarms request");
        int mode = c.u8(0);
        if (mode > 1) {
            throw new OmciDecodeException("alarm retrieval mode: " + mode + " (expected: 0 or 1)");
        }
        return new GetAllAlarmsRequest(c.header, mode);
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof GetAllAlarmsRequest request) {
            out.u8(request.retrievalMode());
        } else if (message instanceof CountResponse response) {
            out.u16(response.commands());
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
