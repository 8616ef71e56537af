package io.omcid.codec.message;

/**
 * Download section (G.988 A.2.21): the section number within the window and its data;
 * only the last section of a window asks for an acknowledgement (AR).
 */
public record DownloadSectionRequest(Header header, int sectionNumber, byte[] data) implements OmciMessage {

    public DownloadSectionRequest {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DownloadSectionRequest other && header.equals(other.header)
                && java.util.Arrays.equals(data, other.data) && sectionNumber == other.sectionNumber;
    }

    @Override
    public int hashCode() {
        return 31 * header.hashCode() + java.util.Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "DownloadSectionRequest[header=" + header + ", sectionNumber=" + sectionNumber + ", data="
                + java.util.HexFormat.of().formatHex(data) + "]";
    }
}
