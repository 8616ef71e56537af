package io.omcid.codec.message;

/**
 * Synchronize time (G.988 A.2.37): the OLT's time of day. An extended request may
 * omit it ({@code time} null), asking the ONU only to reset its PM intervals.
 */
public record SynchronizeTimeRequest(Header header, OmciTime time) implements OmciMessage {
}
