package io.omcid.codec.frame;

import io.omcid.codec.message.ActivateSoftwareRequest;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.ResultResponse;

/** Activate software (G.988 A.2.25-26): flags 0 to 2 out, a result (0 to 6) back. */
final class ActivateSoftwareCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        c.need(1, c.header.ak() ? "activate software response" : "activate software request");
        if (c.header.ak()) {
            return new ResultResponse(c.header, c.result(0, 6));
        }
        int flags = c.u8(0);
        if (flags > 2) {
            throw new OmciDecodeException("activate software flags: " + flags + " (expected: 0 to 2)");
        }
        return new ActivateSoftwareRequest(c.header, flags);
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof ActivateSoftwareRequest request) {
            out.u8(request.flags());
        } else if (message instanceof ResultResponse response) {
            out.u8(response.result());
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
