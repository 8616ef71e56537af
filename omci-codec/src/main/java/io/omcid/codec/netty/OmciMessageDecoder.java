package io.omcid.codec.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.omcid.codec.frame.OmciDecoder;

import java.util.List;

/**
 * Turns each frame (one buffer, one frame) into a {@link io.omcid.codec.frame.DecodeResult}: the typed message
 * with its trailer status, or a failure with the frame's octets and the reason. Never throws for bad input, so a
 * malformed frame never closes the channel. Failures that arrive from the frame decoder pass through unchanged.
 */
@ChannelHandler.Sharable
public final class OmciMessageDecoder extends MessageToMessageDecoder<ByteBuf> {

    private final OmciDecoder decoder;

    public OmciMessageDecoder(OmciDecoder decoder) {
        super(ByteBuf.class);
        this.decoder = decoder;
    }

    public OmciMessageDecoder() {
        this(new OmciDecoder());
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        out.add(decoder.decode(ByteBufUtil.getBytes(frame)));
    }
}
