package io.omcid.codec.netty;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import io.netty.buffer.Unpooled;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.message.OmciMessage;

import java.util.List;

/**
 * Writes typed messages as frames in the transport's format (trailer or not). A message that does not fit its
 * message set fails its write promise with the reason; the channel stays open.
 */
@ChannelHandler.Sharable
public final class OmciMessageEncoder extends MessageToMessageEncoder<OmciMessage> {

    private final OmciEncoder encoder;

    public OmciMessageEncoder(OmciEncoder encoder) {
        super(OmciMessage.class);
        this.encoder = encoder;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, OmciMessage message, List<Object> out) {
        out.add(Unpooled.wrappedBuffer(encoder.encode(message)));
    }
}
