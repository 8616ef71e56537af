package io.omcid.codec.message;

/**
 * Start software download (G.988 A.2.19): window size minus one, image size in
 * octets, and the circuit packs (or 0xFFxx for the ONU itself) to download to.
 */
public record StartSoftwareDownloadRequest(Header header, int windowSize, long imageSize,
        java.util.List<Integer> circuitPacks) implements OmciMessage {

    public StartSoftwareDownloadRequest {
        circuitPacks = java.util.List.copyOf(circuitPacks);
    }
}
