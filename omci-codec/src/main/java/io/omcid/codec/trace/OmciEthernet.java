package io.omcid.codec.trace;

import io.omcid.codec.frame.Direction;

import java.util.Arrays;

/**
 * The Ethernet encapsulation Wireshark's OMCI dissector reads: destination and source MAC, ethertype 0x88B5, then
 * the OMCI frame. The MACs tell the direction: the OLT side uses {@link #OLT_MAC}, the ONU side {@link #ONU_MAC}.
 */
public final class OmciEthernet {

    public static final int ETHERTYPE = 0x88B5;
    public static final int HEADER = 14;
    private static final int VLAN_TAG = 0x8100;
    static final byte[] OLT_MAC = {0x02, 0, 0, 0, 0, 0x01};
    static final byte[] ONU_MAC = {0x02, 0, 0, 0, 0, 0x02};

    private OmciEthernet() {
    }

    public static byte[] wrap(byte[] frame, Direction direction) {
        byte[] packet = new byte[HEADER + frame.length];
        boolean up = direction == Direction.UPSTREAM;
        System.arraycopy(up ? OLT_MAC : ONU_MAC, 0, packet, 0, 6);
        System.arraycopy(up ? ONU_MAC : OLT_MAC, 0, packet, 6, 6);
        packet[12] = (byte) (ETHERTYPE >>> 8);
        packet[13] = (byte) ETHERTYPE;
        System.arraycopy(frame, 0, packet, HEADER, frame.length);
        return packet;
    }

    /** The OMCI frame inside an Ethernet packet, or null when the packet is not OMCI (802.1Q tags skipped). */
    public static byte[] unwrap(byte[] packet) {
        int at = 12;
        while (at + 2 <= packet.length) {
            int type = ((packet[at] & 0xFF) << 8) | (packet[at + 1] & 0xFF);
            if (type == ETHERTYPE) {
                return Arrays.copyOfRange(packet, at + 2, packet.length);
            }
            if (type != VLAN_TAG) {
                return null;
            }
            at += 4;
        }
        return null;
    }

    /** The direction the MACs say, or null when they are not this project's. */
    public static Direction direction(byte[] packet) {
        if (packet.length < 12) {
            return null;
        }
        byte[] source = Arrays.copyOfRange(packet, 6, 12);
        if (Arrays.equals(source, OLT_MAC)) {
            return Direction.DOWNSTREAM;
        }
        if (Arrays.equals(source, ONU_MAC)) {
            return Direction.UPSTREAM;
        }
        return null;
    }
}
