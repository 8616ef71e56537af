package io.omcid.codec.message;

/** The two OMCI message sets, told apart by the device identifier octet (G.988 clause 11.2.3 and annex C). */
public enum MessageSet {
    /** 48-octet frames with 32 octets of contents (G.988 annex A). */
    BASELINE(0x0A, 32),
    /** Variable-length frames with up to 1966 octets of contents (G.988 annex C). */
    EXTENDED(0x0B, 1966);

    private final int deviceId;
    private final int maxContents;

    MessageSet(int deviceId, int maxContents) {
        this.deviceId = deviceId;
        this.maxContents = maxContents;
    }

    public int deviceId() {
        return deviceId;
    }

    /** The most contents octets a frame of this set carries. */
    public int maxContents() {
        return maxContents;
    }

    /** The set with this device identifier, or null. */
    public static MessageSet ofDeviceId(int deviceId) {
        return switch (deviceId) {
            case 0x0A -> BASELINE;
            case 0x0B -> EXTENDED;
            default -> null;
        };
    }
}
