package io.omcid.codec.message;

/**
 * Get and Get current data (G.988 A.2.9, A.2.41): the mask of the attributes asked for.
 */
public record GetRequest(Header header, int mask) implements OmciMessage {
}
