package io.omcid.codec.frame;

import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.TestRequest;

/**
 * Test (G.988 A.2.27-28). The request's contents are laid out by the class and kept whole; the response carries a
 * result only, the outcome follows later as a test result.
 */
final class TestCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (c.header.ak()) {
            c.need(1, "test response");
            return new ResultResponse(c.header, c.u8(0));
        }
        return new TestRequest(c.header, c.copy(0, c.length()));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof TestRequest request) {
            out.bytes(request.contents());
        } else if (message instanceof ResultResponse response) {
            out.u8(response.result());
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
