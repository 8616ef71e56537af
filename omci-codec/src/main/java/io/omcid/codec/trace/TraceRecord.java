package io.omcid.codec.trace;

import io.omcid.codec.frame.Direction;

import java.time.Instant;

/**
 * One captured OMCI frame: when it was seen, which way it went (null where the trace does not say), its octets,
 * and a free comment (PON port, ONU id, serial number, or null). A line of a hex trace that is not hex keeps its
 * text in {@code invalid} and has no frame.
 */
public record TraceRecord(Instant timestamp, Direction direction, byte[] frame, String comment, String invalid) {

    public static TraceRecord of(Instant timestamp, Direction direction, byte[] frame, String comment) {
        return new TraceRecord(timestamp, direction, frame, comment, null);
    }

    public boolean isValid() {
        return invalid == null;
    }
}
