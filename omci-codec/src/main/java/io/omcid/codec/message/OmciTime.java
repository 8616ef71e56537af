package io.omcid.codec.message;

/**
 * The time of day of a Synchronize time request (G.988 A.2.37), field by field as on the wire, so that a
 * request an ONU or OLT filled oddly still decodes and re-encodes unchanged.
 */
public record OmciTime(int year, int month, int day, int hour, int minute, int second) {

    public static OmciTime of(java.time.LocalDateTime time) {
        return new OmciTime(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                time.getMinute(), time.getSecond());
    }
}
