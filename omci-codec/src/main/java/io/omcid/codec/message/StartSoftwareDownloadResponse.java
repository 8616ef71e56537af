package io.omcid.codec.message;

/**
 * Start software download response (G.988 A.2.20): result, the window size the ONU
 * accepts, and a result per image instance.
 */
public record StartSoftwareDownloadResponse(Header header, int result, int windowSize,
        java.util.List<InstanceResult> instanceResults) implements OmciMessage {

    public StartSoftwareDownloadResponse {
        instanceResults = java.util.List.copyOf(instanceResults);
    }
}
