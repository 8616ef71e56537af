package io.omcid.codec.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.message.MessageSet;

import java.util.List;

/**
 * Splits a byte stream into OMCI frames. The device identifier (octet 3) tells the set: a baseline frame has the
 * fixed length the transport uses (40, 44 or 48 octets), an extended frame is 10 octets of header and length, the
 * contents, and the MIC when the transport carries it (G.988 A.1, C.1).
 *
 * <p>Each whole frame goes on as a retained slice of the input. Octets that cannot start a frame (an unknown
 * device identifier, a length beyond 1966) go on as a {@link DecodeResult.Failure} with the octets skipped and the
 * reason; the channel stays open and framing resumes after them.
 */
public final class OmciFrameDecoder extends ByteToMessageDecoder {

    private final int baselineLength;
    private final int micLength;

    /**
     * @param baselineLength 40, 44 or 48: how long baseline frames are on this stream
     * @param extendedMic    whether extended frames carry their 4-octet MIC on this stream
     */
    public OmciFrameDecoder(int baselineLength, boolean extendedMic) {
        if (baselineLength != 40 && baselineLength != 44 && baselineLength != 48) {
            throw new IllegalArgumentException("baseline frame length: " + baselineLength
                    + " (expected: 40, 44 or 48)");
        }
        this.baselineLength = baselineLength;
        this.micLength = extendedMic ? 4 : 0;
    }

    /** Whole 48-octet baseline frames and extended frames with their MIC. */
    public OmciFrameDecoder() {
        this(48, true);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.readableBytes() >= 4) {
            int start = in.readerIndex();
            MessageSet set = MessageSet.ofDeviceId(in.getUnsignedByte(start + 3));
            if (set == MessageSet.BASELINE) {
                if (in.readableBytes() < baselineLength) {
                    return;
                }
                out.add(in.readRetainedSlice(baselineLength));
            } else if (set == MessageSet.EXTENDED) {
                if (in.readableBytes() < 10) {
                    return;
                }
                int length = in.getUnsignedShort(start + 8);
                if (length > MessageSet.EXTENDED.maxContents()) {
                    out.add(skip(in, 10, "extended contents length: " + length + " (expected: at most 1966)"));
                    continue;
                }
                int frame = 10 + length + micLength;
                if (in.readableBytes() < frame) {
                    return;
                }
                out.add(in.readRetainedSlice(frame));
            } else {
                int skip = Math.min(in.readableBytes(), baselineLength);
                out.add(skip(in, skip, "device identifier: 0x" + Integer.toHexString(in.getUnsignedByte(start + 3))
                        + " (expected: 0x0a baseline or 0x0b extended)"));
            }
        }
    }

    private static DecodeResult.Failure skip(ByteBuf in, int octets, String reason) {
        byte[] skipped = ByteBufUtil.getBytes(in, in.readerIndex(), octets);
        in.skipBytes(octets);
        return new DecodeResult.Failure(skipped, reason);
    }
}
