package io.omcid.codec.message;

/**
 * Test result (G.988 A.3.28): the result contents as octets, laid out by the class; see
 * {@link TestLayout} for the optical line supervision form.
 */
public record TestResult(Header header, byte[] contents) implements OmciMessage {

    public TestResult {
        contents = contents.clone();
    }

    @Override
    public byte[] contents() {
        return contents.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestResult other && header.equals(other.header)
                && java.util.Arrays.equals(contents, other.contents);
    }

    @Override
    public int hashCode() {
        return 31 * header.hashCode() + java.util.Arrays.hashCode(contents);
    }

    @Override
    public String toString() {
        return "TestResult[header=" + header + ", contents="
                + java.util.HexFormat.of().formatHex(contents) + "]";
    }
}
