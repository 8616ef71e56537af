package io.omcid.codec.message;

/**
 * End software download (G.988 A.2.23): the image's CRC-32, its size and the image
 * instances it was written to.
 */
public record EndSoftwareDownloadRequest(Header header, long crc32, long imageSize,
        java.util.List<Integer> imageInstances) implements OmciMessage {

    public EndSoftwareDownloadRequest {
        imageInstances = java.util.List.copyOf(imageInstances);
    }
}
