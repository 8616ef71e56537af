package io.omcid.codec.frame;

/** What the decoder found in a frame's trailer. */
public enum TrailerStatus {
    /** The frame carried no CRC or MIC (40- or 44-octet baseline, or extended without MIC). */
    ABSENT,
    /** The CRC or MIC matched. */
    VALID,
    /** The CRC or MIC did not match; in lenient mode the message is still decoded. */
    INVALID,
    /** A MIC was present but no integrity key was given, or checking was switched off. */
    UNCHECKED
}
