package io.omcid.codec.frame;

import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.TestResult;

/** Test result (G.988 A.3.28): contents laid out by the class of the test, kept whole. */
final class TestResultCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        return new TestResult(c.header, c.copy(0, c.length()));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (!(message instanceof TestResult result)) {
            throw Codecs.mismatch(message);
        }
        out.bytes(result.contents());
    }
}
