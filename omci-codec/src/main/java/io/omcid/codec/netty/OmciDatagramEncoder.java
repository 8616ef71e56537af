package io.omcid.codec.netty;

import io.netty.buffer.Unpooled;
import io.netty.channel.AddressedEnvelope;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageEncoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.message.OmciMessage;

import java.net.InetSocketAddress;
import java.util.List;

/** Sends each addressed message as one datagram holding one frame. */
@ChannelHandler.Sharable
public final class OmciDatagramEncoder
        extends MessageToMessageEncoder<AddressedEnvelope<OmciMessage, InetSocketAddress>> {

    private final OmciEncoder encoder;

    public OmciDatagramEncoder(OmciEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof AddressedEnvelope<?, ?> envelope && envelope.content() instanceof OmciMessage;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, AddressedEnvelope<OmciMessage, InetSocketAddress> envelope,
                          List<Object> out) {
        out.add(new DatagramPacket(Unpooled.wrappedBuffer(encoder.encode(envelope.content())),
                envelope.recipient(), envelope.sender()));
    }
}
