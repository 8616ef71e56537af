package io.omcid.codec.message;

/**
 * Get and Get current data responses (G.988 A.2.10, A.2.42): result, the mask and values of the
 * attributes returned and, on result 9, the optional-attribute and attribute execution masks. A table
 * attribute's value is its size in octets (4 octets); the table itself comes with Get next.
 */
public record GetResponse(Header header, int result, AttributeValues values, int optionalMask, int executionMask)
        implements OmciMessage {
}
