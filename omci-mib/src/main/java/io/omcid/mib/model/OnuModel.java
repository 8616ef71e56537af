package io.omcid.mib.model;

/**
 * The shape of an ONU's MIB: who made it, what it runs, how many UNIs and T-CONTs it has, and which OMCI it
 * speaks. {@link MibFactory} turns it into the MIB such an ONU uploads.
 *
 * @param vendorId        four letters, also the start of the serial number
 * @param equipmentId     ONU2-G equipment id
 * @param softwareVersion the version both software images report
 * @param unis            Ethernet UNIs (PPTP Ethernet UNI with UNI-G each)
 * @param tconts          T-CONTs, each with eight traffic schedulers and eight upstream priority queues
 * @param downstreamQueues downstream priority queues per UNI
 * @param omccVersion     ONU2-G OMCC version: 0xA0 and up announce the extended message set
 */
public record OnuModel(String vendorId, String equipmentId, String softwareVersion, int unis, int tconts,
                       int downstreamQueues, int omccVersion) {

    /** A four-port XGS-PON ONU speaking the extended message set: 221 managed entities. */
    public static final OnuModel XGS_4PORT = new OnuModel("OMCD", "XGS-4GE-SIM", "V2.1.0", 4, 8, 16, 0xB4);

    /** A single-port G-PON ONU speaking the baseline set only: 85 managed entities. */
    public static final OnuModel GPON_1PORT = new OnuModel("OMCG", "GPON-1GE-SIM", "V1.4.2", 1, 4, 8, 0x96);

    public OnuModel {
        if (vendorId == null || vendorId.length() != 4) {
            throw new IllegalArgumentException("vendor id: " + vendorId + " (expected: 4 characters)");
        }
        if (unis < 1 || unis > 16) {
            throw new IllegalArgumentException("UNIs: " + unis + " (expected: 1 to 16)");
        }
        if (downstreamQueues < 1 || downstreamQueues > 32) {
            throw new IllegalArgumentException("downstream queues: " + downstreamQueues + " (expected: 1 to 32)");
        }
        if (tconts < 1 || tconts > 32) {
            throw new IllegalArgumentException("T-CONTs: " + tconts + " (expected: 1 to 32)");
        }
    }

    /** G.988 clause 9.1.2: OMCC versions 0xA0 and above support the extended message set. */
    public boolean extended() {
        return omccVersion >= 0xA0;
    }

    public static OnuModel byName(String name) {
        return switch (name.toLowerCase()) {
            case "xgs-4port", "xgs" -> XGS_4PORT;
            case "gpon-1port", "gpon" -> GPON_1PORT;
            default -> throw new IllegalArgumentException("ONU model: " + name
                    + " (expected: xgs-4port or gpon-1port)");
        };
    }
}
