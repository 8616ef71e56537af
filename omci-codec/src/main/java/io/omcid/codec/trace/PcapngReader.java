package io.omcid.codec.trace;

import io.omcid.codec.frame.Direction;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pcapng: section headers (either byte order), interface descriptions (link type, timestamp resolution),
 * enhanced and simple packet blocks. OMCI comes from Ethernet packets of ethertype 0x88B5; the direction from the
 * packet flags, or else from the project's MACs; the comment from the first packet comment.
 */
final class PcapngReader implements TraceReader {

    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int MAX_BLOCK = 16 * 1024 * 1024;

    private final DataInputStream in;
    private ByteOrder order = ByteOrder.BIG_ENDIAN;
    private final List<long[]> interfaces = new ArrayList<>();

    PcapngReader(InputStream stream) {
        this.in = new DataInputStream(stream);
    }

    @Override
    public TraceRecord next() throws IOException {
        while (true) {
            byte[] head = in.readNBytes(8);
            if (head.length == 0) {
                return null;
            }
            if (head.length < 8) {
                throw new EOFException("pcapng block header: " + head.length + " octets (expected: 8)");
            }
            ByteBuffer header = ByteBuffer.wrap(head).order(order);
            int type = header.getInt(0);
            if (type == SECTION_HEADER) {
                byte[] magic = in.readNBytes(4);
                order = magic[0] == 0x4D ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
                interfaces.clear();
                int length = ByteBuffer.wrap(head).order(order).getInt(4);
                skipBody(length, 12);
                continue;
            }
            int length = header.getInt(4);
            if (length < 12 || length > MAX_BLOCK || length % 4 != 0) {
                throw new IOException("pcapng block length: " + length + " (expected: 12 to 16 MiB, a multiple of 4)");
            }
            ByteBuffer body = ByteBuffer.wrap(in.readNBytes(length - 8)).order(order);
            if (body.capacity() != length - 8) {
                throw new EOFException("pcapng block: truncated (expected: " + length + " octets)");
            }
            TraceRecord record = switch (type) {
                case 1 -> describeInterface(body);
                case 6 -> enhancedPacket(body, length);
                case 3 -> simplePacket(body);
                default -> null;
            };
            if (record != null) {
                return record;
            }
        }
    }

    private void skipBody(int length, int consumed) throws IOException {
        if (length < 28 || length > MAX_BLOCK) {
            throw new IOException("pcapng section header length: " + length + " (expected: 28 or more)");
        }
        in.skipNBytes(length - consumed);
    }

    private TraceRecord describeInterface(ByteBuffer body) {
        int linkType = body.getShort(0) & 0xFFFF;
        long resolution = 1_000_000L;
        int at = 8;
        while (at + 4 <= body.capacity() - 4) {
            int code = body.getShort(at) & 0xFFFF;
            int length = body.getShort(at + 2) & 0xFFFF;
            if (code == 0) {
                break;
            }
            if (code == 9 && length == 1) {
                int value = body.get(at + 4) & 0xFF;
                resolution = (value & 0x80) != 0 ? 1L << (value & 0x7F) : BigInteger.TEN.pow(value).longValue();
            }
            at += 4 + PcapngWriter.padded(length);
        }
        interfaces.add(new long[] {linkType, resolution});
        return null;
    }

    private TraceRecord enhancedPacket(ByteBuffer body, int length) {
        int iface = body.getInt(0);
        long stamp = ((body.getInt(4) & 0xFFFFFFFFL) << 32) | (body.getInt(8) & 0xFFFFFFFFL);
        int captured = body.getInt(12);
        if (captured < 0 || 20 + captured > body.capacity()) {
            return null;
        }
        byte[] packet = new byte[captured];
        body.get(20, packet);
        if (iface >= interfaces.size() || interfaces.get(iface)[0] != 1) {
            return null;
        }
        byte[] frame = OmciEthernet.unwrap(packet);
        if (frame == null) {
            return null;
        }

        Direction direction = OmciEthernet.direction(packet);
        String comment = null;
        int at = 20 + PcapngWriter.padded(captured);
        while (at + 4 <= body.capacity() - 4) {
            int code = body.getShort(at) & 0xFFFF;
            int size = body.getShort(at + 2) & 0xFFFF;
            if (code == 0 || at + 4 + size > body.capacity()) {
                break;
            }
            if (code == 1 && comment == null) {
                byte[] text = new byte[size];
                body.get(at + 4, text);
                comment = new String(text, StandardCharsets.UTF_8);
            } else if (code == 2 && size == 4) {
                int flags = body.getInt(at + 4) & 3;
                direction = flags == 2 ? Direction.DOWNSTREAM : flags == 1 ? Direction.UPSTREAM : direction;
            }
            at += 4 + PcapngWriter.padded(size);
        }
        long resolution = interfaces.get(iface)[1];
        Instant time = Instant.ofEpochSecond(stamp / resolution, (stamp % resolution) * 1_000_000_000L / resolution);
        return TraceRecord.of(time, direction, frame, comment);
    }

    private TraceRecord simplePacket(ByteBuffer body) {
        if (interfaces.isEmpty() || interfaces.get(0)[0] != 1) {
            return null;
        }
        int captured = Math.min(body.getInt(0), body.capacity() - 8);
        byte[] packet = new byte[Math.max(0, captured)];
        body.get(4, packet);
        byte[] frame = OmciEthernet.unwrap(packet);
        return frame == null ? null : TraceRecord.of(null, OmciEthernet.direction(packet), frame, null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
