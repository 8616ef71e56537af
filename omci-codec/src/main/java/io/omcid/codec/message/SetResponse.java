package io.omcid.codec.message;

/**
 * Set response (G.988 A.2.8): the result and, on result 9, the optional-attribute mask (attributes
 * the ONU does not support) and the attribute execution mask (attributes that failed).
 */
public record SetResponse(Header header, int result, int optionalMask, int executionMask) implements OmciMessage {
}
