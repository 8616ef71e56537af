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
        byte[] frame = ENCODER.encode(response);
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

    private static boolean chance(ThreadLocalRandom random, double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
