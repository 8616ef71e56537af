package io.omcid.codec.frame;

import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.RebootRequest;
import io.omcid.codec.message.ResultResponse;

/** Reboot (G.988 A.2.35-36): the reboot condition (0 to 3) out, a result back. */
final class RebootCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        c.need(1, c.header.ak() ? "reboot response" : "reboot request");
        if (c.header.ak()) {
            return new ResultResponse(c.header, c.u8(0));
        }
        int condition = c.u8(0);
        if (condition > 3) {
            throw new OmciDecodeException("reboot condition: " + condition + " (expected: 0 to 3)");
        }
        return new RebootRequest(c.header, condition);
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof RebootRequest request) {
            out.u8(request.condition());
        } else if (message instanceof ResultResponse response) {
            out.u8(response.result());
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
