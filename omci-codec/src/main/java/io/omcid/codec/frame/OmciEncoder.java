package io.omcid.codec.frame;

import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.OmciMessage;

import java.util.Arrays;

/**
 * Encodes typed messages into frames, byte for byte as G.988 annexes A and C lay them out: baseline contents zero
 * padded to 32 octets, extended contents exactly as long as they are. Stateless and safe to share between threads.
 */
public final class OmciEncoder {

    private static final int EXTENDED_LIMIT = OmciDecoder.EXTENDED_HEADER + MessageSet.EXTENDED.maxContents();

    /** Room for the largest extended frame, reused per thread: only the octets written are copied out. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(
            () -> new byte[EXTENDED_LIMIT + OmciDecoder.MIC]);

    private final FrameFormat format;

    public OmciEncoder(FrameFormat format) {
        this.format = format;
    }

    public FrameFormat format() {
        return format;
    }

    /**
     * The frame of a message.
     *
     * @throws IllegalArgumentException when the message does not fit its message set
     */
    public byte[] encode(OmciMessage message) {
        Header header = message.header();
        return header.set() == MessageSet.BASELINE ? baseline(message, header) : extended(message, header);
    }

    private byte[] baseline(OmciMessage message, Header header) {
        int size = switch (format.trailer()) {
            case NONE -> OmciDecoder.BASELINE_MESSAGE;
            case LENGTH_ONLY -> OmciDecoder.BASELINE_WITH_LENGTH;
            case CRC, MIC -> OmciDecoder.BASELINE_FRAME;
        };
        byte[] frame = new byte[size];
        writeHeader(frame, header);
        Codecs.of(header.type()).encode(message, new ContentsWriter(frame, OmciDecoder.HEADER,
                OmciDecoder.BASELINE_MESSAGE, true));
        if (size >= OmciDecoder.BASELINE_WITH_LENGTH) {
            Octets.put16(frame, 42, OmciDecoder.SDU_LENGTH);
        }
        if (format.trailer() == FrameFormat.Trailer.CRC) {
            Octets.put32(frame, 44, Crc32Aal5.compute(frame, 0, OmciDecoder.BASELINE_WITH_LENGTH) & 0xFFFFFFFFL);
        } else if (format.trailer() == FrameFormat.Trailer.MIC) {
            Octets.put32(frame, 44, mic(frame, OmciDecoder.BASELINE_WITH_LENGTH, header) & 0xFFFFFFFFL);
        }
        return frame;
    }

    private byte[] extended(OmciMessage message, Header header) {
        byte[] scratch = SCRATCH.get();
        writeHeader(scratch, header);
        ContentsWriter out = new ContentsWriter(scratch, OmciDecoder.EXTENDED_HEADER, EXTENDED_LIMIT, false);
        Codecs.of(header.type()).encode(message, out);
        int length = out.position();
        Octets.put16(scratch, OmciDecoder.HEADER, length);

        int end = OmciDecoder.EXTENDED_HEADER + length;
        if (format.trailer() != FrameFormat.Trailer.MIC) {
            return Arrays.copyOf(scratch, end);
        }
        Octets.put32(scratch, end, mic(scratch, end, header) & 0xFFFFFFFFL);
        return Arrays.copyOf(scratch, end + OmciDecoder.MIC);
    }

    private static void writeHeader(byte[] frame, Header header) {
        Octets.put16(frame, 0, header.tci());
        frame[2] = (byte) header.messageTypeOctet();
        frame[3] = (byte) header.set().deviceId();
        Octets.put16(frame, 4, header.classId());
        Octets.put16(frame, 6, header.instance());
    }

    private int mic(byte[] frame, int length, Header header) {
        Direction direction = header.ak() || header.type().isAutonomous() ? Direction.UPSTREAM : Direction.DOWNSTREAM;
        return format.micKey().compute(direction, frame, 0, length);
    }
}
