package io.omcid.codec.message;

/**
 * Set table (G.988 C.2.45, extended set only): one table attribute and whole rows to write.
 */
public record SetTableRequest(Header header, AttributeValues values) implements OmciMessage {
}
