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
}
