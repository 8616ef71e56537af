package io.omcid.agent.provisioning;

import java.nio.ByteBuffer;

/**
 * One row of the received frame VLAN tagging operation table of the extended VLAN tagging operation
 * configuration data (G.988 clause 9.3.13, attribute 6): four 32-bit words, filter then treatment.
 *
 * <pre>
 * word 1: filter outer priority (4) | filter outer VID (13) | filter outer TPID/DE (3) | padding (12)
 * word 2: filter inner priority (4) | filter inner VID (13) | filter inner TPID/DE (3) | padding (8) | ethertype (4)
 * word 3: tags to remove (2) | padding (10) | treatment outer priority (4) | outer VID (13) | outer TPID/DE (3)
 * word 4: padding (12) | treatment inner priority (4) | inner VID (13) | inner TPID/DE (3)
 * </pre>
 *
 * A filter priority of 15 means the tag is absent, 8 that any priority matches; VID 4096 matches any VID. A
 * treatment priority of 15 adds no tag, 8 copies the priority of the frame's inner tag; TPID/DE 4 sets TPID 0x8100.
 */
final class VlanRule {

    private static final int ABSENT = 15;
    private static final int ANY_PRIORITY = 8;
    private static final int ANY_VID = 4096;
    private static final int SET_8100 = 4;

    private VlanRule() {
    }

    static byte[] of(ServiceIntent.VlanIntent vlan) {
        return switch (vlan.mode()) {
            // untagged frames pass untouched
            case UNTAGGED -> row(untagged(), untagged(), 0, ABSENT, 0, 0, ABSENT, 0, 0);
            // untagged frames get the C-VLAN tag
            case SINGLE_TAGGED -> row(untagged(), untagged(), 0, ABSENT, 0, 0, vlan.pbits(), vlan.cVlan(), SET_8100);
            // untagged frames get the C-VLAN tag inside an S-VLAN tag
            case DOUBLE_TAGGED -> row(untagged(), untagged(), 0, vlan.pbits(), vlan.sVlan(), SET_8100, vlan.pbits(),
                    vlan.cVlan(), SET_8100);
            // frames tagged with the matched VLAN leave with the C-VLAN instead
            case TRANSLATED -> row(untagged(), new int[] {ANY_PRIORITY, vlan.matchVlan(), 0}, 1, ABSENT, 0, 0,
                    vlan.pbits(), vlan.cVlan(), SET_8100);
        };
    }

    private static int[] untagged() {
        return new int[] {ABSENT, ANY_VID, 0};
    }

    private static byte[] row(int[] outer, int[] inner, int remove, int outerPriority, int outerVid, int outerTpid,
                              int innerPriority, int innerVid, int innerTpid) {
        int word1 = (outer[0] << 28) | (outer[1] << 15) | (outer[2] << 12);
        int word2 = (inner[0] << 28) | (inner[1] << 15) | (inner[2] << 12);
        int word3 = (remove << 30) | (outerPriority << 16) | (outerVid << 3) | outerTpid;
        int word4 = (innerPriority << 16) | (innerVid << 3) | innerTpid;
        return ByteBuffer.allocate(16).putInt(word1).putInt(word2).putInt(word3).putInt(word4).array();
    }
}
