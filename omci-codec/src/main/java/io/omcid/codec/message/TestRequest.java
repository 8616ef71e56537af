package io.omcid.codec.message;

/**
 * Test (G.988 A.2.27): the test contents as octets, laid out by the class; see
 * {@link TestLayout} for the optical line supervision form of ANI-G and its relatives.
 */
public record TestRequest(Header header, byte[] contents) implements OmciMessage {

    public TestRequest {
        contents = contents.clone();
    }

    @Override
    public byte[] contents() {
        return contents.clone();
    }
}
