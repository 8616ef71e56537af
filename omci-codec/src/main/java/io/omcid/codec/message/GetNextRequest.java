package io.omcid.codec.message;

/**
 * Get next (G.988 A.2.43): the table attribute (one mask bit) and the piece asked for, from 0.
 */
public record GetNextRequest(Header header, int mask, int sequence) implements OmciMessage {
}
