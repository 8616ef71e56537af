package io.omcid.codec.message;

/**
 * Create (G.988 A.2.1): every set-by-create attribute of the class, in index order, with no mask.
 */
public record CreateRequest(Header header, AttributeValues values) implements OmciMessage {
}
