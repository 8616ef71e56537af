package io.omcid.codec.frame;

/**
 * What the encoder writes after the message. Baseline frames travel whole (48 octets with CRC or MIC), or cut to
 * 44 or 40 octets where the OLT hardware adds the trailer; extended frames with or without their MIC. Immutable.
 */
public final class FrameFormat {

    /** Trailer kinds. */
    public enum Trailer {
        /** Baseline 40 octets, or extended without MIC. */
        NONE,
        /** Baseline 44 octets: CPCS-UU, CPI and SDU length, no CRC; extended as NONE. */
        LENGTH_ONLY,
        /** Baseline 48 octets with the G-PON CRC-32; extended as LENGTH_ONLY. */
        CRC,
        /** The XG(S)-PON MIC under a key, on both message sets. */
        MIC
    }

    public static final FrameFormat NO_TRAILER = new FrameFormat(Trailer.NONE, null, null);
    public static final FrameFormat LENGTH_ONLY = new FrameFormat(Trailer.LENGTH_ONLY, null, null);
    public static final FrameFormat CRC = new FrameFormat(Trailer.CRC, null, null);

    private final Trailer trailer;
    private final OmciMic mic;
    private final Direction direction;

    private FrameFormat(Trailer trailer, OmciMic mic, Direction direction) {
        this.trailer = trailer;
        this.mic = mic;
        this.direction = direction;
    }

    /** A MIC under this key; the direction comes from each message (responses and autonomous messages go up). */
    public static FrameFormat mic(byte[] integrityKey) {
        return new FrameFormat(Trailer.MIC, new OmciMic(integrityKey), null);
    }

    public Trailer trailer() {
        return trailer;
    }

    OmciMic micKey() {
        return mic;
    }

    Direction direction() {
        return direction;
    }
}
