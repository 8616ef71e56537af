package io.omcid.codec.message;

/**
 * A request for one piece of a sequence: MIB upload next (G.988 A.2.15) and Get all alarms next
 * (A.2.39), numbered from 0.
 */
public record SequenceRequest(Header header, int sequence) implements OmciMessage {
}
