package io.omcid.codec.message;

/**
 * Get next response (G.988 A.2.44): result and one piece of the table: the value of the
 * attribute in {@code values} is every octet of the piece.
 */
public record GetNextResponse(Header header, int result, AttributeValues values) implements OmciMessage {
}
