package io.omcid.codec.trace;

import java.nio.file.Path;

/** The trace file formats the codec reads and writes. */
public enum TraceFormat {
    /** One frame per line in hex; blank lines and lines starting with # are skipped. */
    HEX,
    /** libpcap, Ethernet link type, OMCI in frames of ethertype 0x88B5. */
    PCAP,
    /** pcapng, the same encapsulation, with per-packet direction flags and comments. */
    PCAPNG;

    /** The format a file name's extension names: .pcap, .pcapng, anything else is hex text. */
    public static TraceFormat ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".pcapng")) {
            return PCAPNG;
        }
        if (name.endsWith(".pcap") || name.endsWith(".cap")) {
            return PCAP;
        }
        return HEX;
    }

    /** The format of a stream, told by its first four octets (pcap and pcapng magic numbers). */
    public static TraceFormat sniff(byte[] head) {
        if (head.length >= 4) {
            int magic = ((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8)
                    | (head[3] & 0xFF);
            if (magic == 0x0A0D0D0A) {
                return PCAPNG;
            }
            if (magic == 0xA1B2C3D4 || magic == 0xD4C3B2A1 || magic == 0xA1B23C4D || magic == 0x4D3CB2A1) {
                return PCAP;
            }
        }
        return HEX;
    }
}
