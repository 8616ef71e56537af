package io.omcid.codec.message;

/**
 * Create response (G.988 A.2.2): the result and, on a parameter error (3), the attribute execution
 * mask naming the attributes that failed.
 */
public record CreateResponse(Header header, int result, int executionMask) implements OmciMessage {
}
