package io.omcid.codec.frame;

/**
 * How the decoder treats trailers: which check to make (the G-PON CRC-32, the XG(S)-PON MIC under a key, or none)
 * and whether a mismatch rejects the frame (strict) or is only reported (lenient). Immutable.
 */
public final class TrailerCheck {

    private static final TrailerCheck LENIENT_CRC = new TrailerCheck(true, null, false);
    private static final TrailerCheck NONE = new TrailerCheck(false, null, false);

    private final boolean check;
    private final OmciMic mic;
    private final boolean strict;

    private TrailerCheck(boolean check, OmciMic mic, boolean strict) {
        this.check = check;
        this.mic = mic;
        this.strict = strict;
    }

    /** Baseline CRC checked, MIC unchecked, mismatches reported: the default. */
    public static TrailerCheck lenient() {
        return LENIENT_CRC;
    }

    /** Baseline CRC checked, and a frame whose CRC does not match is rejected. */
    public static TrailerCheck strictCrc() {
        return new TrailerCheck(true, null, true);
    }

    /** MIC checked under this integrity key, on baseline and extended frames alike. */
    public static TrailerCheck mic(byte[] integrityKey, boolean strict) {
        return new TrailerCheck(true, new OmciMic(integrityKey), strict);
    }

    /** Trailers are not looked at. */
    public static TrailerCheck none() {
        return NONE;
    }

    public boolean checks() {
        return check;
    }

    public boolean strict() {
        return strict;
    }

    /** The MIC under the caller's key, or null when the check is the CRC. */
    public OmciMic mic() {
        return mic;
    }
}
