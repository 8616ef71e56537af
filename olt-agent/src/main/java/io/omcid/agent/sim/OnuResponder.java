package io.omcid.agent.sim;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.message.OmciMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** The ONU end of a simulated ONU's channel: answers each decoded request, with the ONU's faults applied. */
final class OnuResponder extends SimpleChannelInboundHandler<DecodeResult> {

    private static final Logger LOG = LoggerFactory.getLogger(OnuResponder.class);
    static final OmciEncoder ENCODER = new OmciEncoder(FrameFormat.CRC);

    private final SimulatedPon.SimulatedOnuPort port;

    OnuResponder(SimulatedPon.SimulatedOnuPort port) {
        this.port = port;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        port.onuSide = ctx.channel();
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DecodeResult result) {
        if (!(result instanceof DecodeResult.Decoded decoded)) {
            LOG.debug("simulated {}: bad frame ignored: {}", port.onu, result);
            return;
        }
        FaultPlan faults = port.faults;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (!port.online || chance(random, faults.lossRate())) {
            return;
        }
        OmciMessage response = port.onu.respond(decoded.message());
        if (response == null || chance(random, faults.lossRate())) {
            return;
        }
        byte[] frame = protect(ENCODER.encode(response));
        if (chance(random, faults.corruptRate())) {
            int bit = random.nextInt(8 * 40);
            frame[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        long delay = faults.latencyMillis() + (chance(random, faults.lateRate()) ? faults.lateMillis() : 0);
        int copies = chance(random, faults.duplicateRate()) ? 2 : 1;
        for (int i = 0; i < copies; i++) {
            if (delay == 0) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(frame), ctx.voidPromise());
            } else {
                ctx.executor().schedule(() -> ctx.writeAndFlush(Unpooled.wrappedBuffer(frame), ctx.voidPromise()),
                        delay, TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Extended frames carry no CRC; an XGS-PON link protects them with its MIC. The simulated link appends a CRC-32
     * instead, which the OLT end checks, so a corrupted extended frame is lost as it would be on a real PON.
     */
    static byte[] protect(byte[] frame) {
        if (frame[3] != 0x0B) {
            return frame;
        }
        byte[] out = java.util.Arrays.copyOf(frame, frame.length + 4);
        int crc = io.omcid.codec.frame.Crc32Aal5.compute(frame, 0, frame.length);
        out[frame.length] = (byte) (crc >>> 24);
        out[frame.length + 1] = (byte) (crc >>> 16);
        out[frame.length + 2] = (byte) (crc >>> 8);
        out[frame.length + 3] = (byte) crc;
        return out;
    }

    /** The extended frame without its link CRC, or null when the CRC shows it corrupted. */
    static byte[] unprotect(byte[] frame) {
        if (frame.length < 14 || frame[3] != 0x0B) {
            return frame;
        }
        int length = frame.length - 4;
        int crc = io.omcid.codec.frame.Crc32Aal5.compute(frame, 0, length);
        int carried = ((frame[length] & 0xFF) << 24) | ((frame[length + 1] & 0xFF) << 16)
                | ((frame[length + 2] & 0xFF) << 8) | (frame[length + 3] & 0xFF);
        return crc == carried ? java.util.Arrays.copyOf(frame, length) : null;
    }

    private static boolean chance(ThreadLocalRandom random, double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
