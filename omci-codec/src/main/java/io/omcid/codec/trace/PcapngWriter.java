package io.omcid.codec.trace;

import io.omcid.codec.frame.Direction;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes pcapng (little-endian): a section header, one Ethernet interface named {@code omci} with microsecond
 * timestamps, and an enhanced packet block per frame in the 0x88B5 encapsulation. The direction goes into the
 * packet flags (outbound is OLT to ONU, seen from the OLT) and the record's comment into a packet comment.
 */
final class PcapngWriter implements TraceWriter {

    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int INTERFACE = 1;
    private static final int ENHANCED_PACKET = 6;
    private static final int OPT_COMMENT = 1;
    private static final int OPT_IF_NAME = 2;
    private static final int OPT_EPB_FLAGS = 2;
    private static final int INBOUND = 1;
    private static final int OUTBOUND = 2;

    private final OutputStream out;

    PcapngWriter(OutputStream stream) throws IOException {
        this.out = new BufferedOutputStream(stream);

        ByteBuffer section = block(28);
        section.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1L);
        finish(section, SECTION_HEADER);

        byte[] name = "omci".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer iface = block(20 + option(name.length) + 4);
        iface.putShort((short) 1).putShort((short) 0).putInt(0);
        putOption(iface, OPT_IF_NAME, name);
        iface.putInt(0);
        finish(iface, INTERFACE);
    }

    @Override
    public void write(TraceRecord record) throws IOException {
        if (!record.isValid()) {
            return;
        }
        byte[] packet = OmciEthernet.wrap(record.frame(), record.direction());
        byte[] comment = record.comment() == null ? null : record.comment().getBytes(StandardCharsets.UTF_8);
        int options = (record.direction() == null ? 0 : option(4)) + (comment == null ? 0 : option(comment.length));
        if (options > 0) {
            options += 4;
        }

        ByteBuffer block = block(32 + padded(packet.length) + options);
        Instant time = record.timestamp() == null ? Instant.EPOCH : record.timestamp();
        long micros = time.getEpochSecond() * 1_000_000L + time.getNano() / 1000;
        block.putInt(0).putInt((int) (micros >>> 32)).putInt((int) micros).putInt(packet.length).putInt(packet.length);
        block.put(packet);
        block.position(block.position() + padded(packet.length) - packet.length);
        if (record.direction() != null) {
            int flags = record.direction() == Direction.DOWNSTREAM ? OUTBOUND : INBOUND;
            putOption(block, OPT_EPB_FLAGS, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(flags)
                    .array());
        }
        if (comment != null) {
            putOption(block, OPT_COMMENT, comment);
        }
        if (options > 0) {
            block.putInt(0);
        }
        finish(block, ENHANCED_PACKET);
    }

    /** A block buffer with room for type, length, body and trailing length; positioned at the body. */
    private static ByteBuffer block(int body) {
        ByteBuffer buffer = ByteBuffer.allocate(12 + body).order(ByteOrder.LITTLE_ENDIAN);
        buffer.position(8);
        return buffer;
    }

    private void finish(ByteBuffer block, int type) throws IOException {
        int total = block.capacity();
        block.putInt(0, type).putInt(4, total).putInt(total - 4, total);
        out.write(block.array());
    }

    private static int option(int length) {
        return 4 + padded(length);
    }

    private static void putOption(ByteBuffer buffer, int code, byte[] value) {
        buffer.putShort((short) code).putShort((short) value.length).put(value);
        buffer.position(buffer.position() + padded(value.length) - value.length);
    }

    static int padded(int length) {
        return (length + 3) & ~3;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
