package io.omcid.codec.message;

/**
 * End software download response (G.988 A.2.24): result and a result per image
 * instance.
 */
public record EndSoftwareDownloadResponse(Header header, int result,
        java.util.List<InstanceResult> instanceResults) implements OmciMessage {

    public EndSoftwareDownloadResponse {
        instanceResults = java.util.List.copyOf(instanceResults);
    }
}
