package io.omcid.codec.message;

/**
 * A request with no contents: Delete, MIB upload, MIB reset and Commit software (G.988 A.2.5, A.2.13,
 * A.2.17, A.2.33).
 */
public record EmptyRequest(Header header) implements OmciMessage {
}
