package io.omcid.codec.frame;

import io.omcid.codec.message.CountResponse;
import io.omcid.codec.message.EmptyRequest;
import io.omcid.codec.message.OmciMessage;

/** MIB upload (G.988 A.2.13-14): an empty request; the response gives the number of MIB upload next commands. */
final class MibUploadCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (!c.header.ak()) {
            return new EmptyRequest(c.header);
        }
        c.need(2, "MIB upload response");
        return new CountResponse(c.header, c.u16(0));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof CountResponse response) {
            out.u16(response.commands());
        } else if (!(message instanceof EmptyRequest)) {
            throw Codecs.mismatch(message);
        }
    }
}
