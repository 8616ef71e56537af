package io.omcid.codec.netty;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultAddressedEnvelope;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.OmciDecoder;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * One OMCI frame per datagram, as OLT simulators and lab tools send them: each datagram becomes a
 * {@link DecodeResult} addressed with its sender, bad frames included.
 */
@ChannelHandler.Sharable
public final class OmciDatagramDecoder extends MessageToMessageDecoder<DatagramPacket> {

    private final OmciDecoder decoder;

    public OmciDatagramDecoder(OmciDecoder decoder) {
        super(DatagramPacket.class);
        this.decoder = decoder;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, DatagramPacket packet, List<Object> out) {
        DecodeResult result = decoder.decode(ByteBufUtil.getBytes(packet.content()));
        out.add(new DefaultAddressedEnvelope<DecodeResult, InetSocketAddress>(result, packet.recipient(),
                packet.sender()));
    }
}
