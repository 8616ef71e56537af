package io.omcid.codec.trace;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * libpcap files: a 24-octet global header whose magic number gives the byte order and the time resolution, then
 * per packet a 16-octet header (seconds, fraction, captured and original length) and the packet. Only Ethernet
 * (link type 1) is read; packets of other ethertypes are skipped.
 */
final class PcapReader implements TraceReader {

    private static final int ETHERNET = 1;

    private final DataInputStream in;
    private final boolean swapped;
    private final boolean nanos;

    PcapReader(InputStream stream) throws IOException {
        this.in = new DataInputStream(stream);
        int magic = in.readInt();
        switch (magic) {
            case 0xA1B2C3D4 -> { swapped = false; nanos = false; }
            case 0xD4C3B2A1 -> { swapped = true; nanos = false; }
            case 0xA1B23C4D -> { swapped = false; nanos = true; }
            case 0x4D3CB2A1 -> { swapped = true; nanos = true; }
            default -> throw new IOException("pcap magic number: 0x" + Integer.toHexString(magic)
                    + " (expected: 0xa1b2c3d4 or 0xa1b23c4d in either byte order)");
        }
        in.skipNBytes(16);
        int linkType = int32();
        if ((linkType & 0x0FFFFFFF) != ETHERNET) {
            throw new IOException("pcap link type: " + linkType + " (expected: 1, Ethernet)");
        }
    }

    @Override
    public TraceRecord next() throws IOException {
        while (true) {
            long seconds;
            try {
                seconds = int32() & 0xFFFFFFFFL;
            } catch (EOFException e) {
                return null;
            }
            long fraction = int32() & 0xFFFFFFFFL;
            int captured = int32();
            int32();
            if (captured < 0 || captured > 262_144) {
                throw new IOException("pcap packet length: " + captured + " (expected: 0 to 262144)");
            }
            byte[] packet = in.readNBytes(captured);
            if (packet.length != captured) {
                throw new EOFException("pcap packet: " + packet.length + " octets (expected: " + captured + ")");
            }
            byte[] frame = OmciEthernet.unwrap(packet);
            if (frame != null) {
                Instant time = Instant.ofEpochSecond(seconds, nanos ? fraction : fraction * 1000);
                return TraceRecord.of(time, OmciEthernet.direction(packet), frame, null);
            }
        }
    }

    private int int32() throws IOException {
        int value = in.readInt();
        return swapped ? Integer.reverseBytes(value) : value;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
