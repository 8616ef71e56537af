package io.omcid.codec.message;

/**
 * MIB upload next response (G.988 A.2.16): one managed entity with its attribute
 * values; the extended set may carry several, each preceded by its length (G.988 C.2.16).
 */
public record MibUploadNextResponse(Header header, java.util.List<MibUploadRecord> records) implements OmciMessage {

    public MibUploadNextResponse {
        records = java.util.List.copyOf(records);
    }
}
