package io.omcid.codec.frame;

/** Which way a frame travels; the MIC covers it as its first octet (G.988 clause 11.3, ITU-T G.987.3). */
public enum Direction {
    /** OLT to ONU. */
    DOWNSTREAM(0x01),
    /** ONU to OLT. */
    UPSTREAM(0x02);

    private final int micOctet;

    Direction(int micOctet) {
        this.micOctet = micOctet;
    }

    public int micOctet() {
        return micOctet;
    }
}
