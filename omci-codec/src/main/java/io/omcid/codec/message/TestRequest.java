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

    @Override
    public boolean equals(Object o) {
        return o instanceof TestRequest other && header.equals(other.header)
                && java.util.Arrays.equals(contents, other.contents);
    }

    @Override
    public int hashCode() {
        return 31 * header.hashCode() + java.util.Arrays.hashCode(contents);
    }

    @Override
    public String toString() {
        return "TestRequest[header=" + header + ", contents="
                + java.util.HexFormat.of().formatHex(contents) + "]";
    }
}
