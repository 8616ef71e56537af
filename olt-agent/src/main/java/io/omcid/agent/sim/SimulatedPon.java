package io.omcid.agent.sim;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import io.omcid.agent.southbound.OnuAddress;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.agent.southbound.PonListener;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.netty.OmciFrameDecoder;
import io.omcid.mib.MeKey;
import io.omcid.mib.model.OnuModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The embedded simulated PON: P PON ports of N ONUs each, every ONU a {@link SimulatedOnu} behind its own Netty
 * in-VM channel. Frames cross as octets through the OMCI frame codec in both directions, never as objects. Faults
 * are set per ONU and may change while it runs.
 */
public final class SimulatedPon implements PonAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPon.class);

    private final int ponPorts;
    private final int onusPerPort;
    private final List<OnuModel> models;
    private final MeCatalog catalog;
    private final EventLoopGroup group;
    private final String prefix = "omcid-sim-" + UUID.randomUUID();
    private final Map<OnuAddress, SimulatedOnuPort> onus = new ConcurrentHashMap<>();
    private volatile PonListener listener;
    private volatile FaultPlan defaultFaults;

    /**
     * @param models the ONU models, handed out in turn across the ONUs
     */
    public SimulatedPon(int ponPorts, int onusPerPort, List<OnuModel> models, FaultPlan faults, MeCatalog catalog,
                        int threads) {
        if (ponPorts < 1 || ponPorts > 64) {
            throw new IllegalArgumentException("PON ports: " + ponPorts + " (expected: 1 to 64)");
        }
        if (onusPerPort < 1 || onusPerPort > 1024) {
            throw new IllegalArgumentException("ONUs per PON port: " + onusPerPort + " (expected: 1 to 1024)");
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("ONU models: none (expected: at least one)");
        }
        this.ponPorts = ponPorts;
        this.onusPerPort = onusPerPort;
        this.models = List.copyOf(models);
        this.defaultFaults = faults;
        this.catalog = catalog;
        this.group = new DefaultEventLoopGroup(threads);
        int index = 0;
        for (int port = 0; port < ponPorts; port++) {
            for (int onuId = 1; onuId <= onusPerPort; onuId++) {
                OnuAddress address = new OnuAddress(port, onuId);
                OnuModel model = this.models.get(index % this.models.size());
                long serial = ((long) port << 16) | onuId;
                onus.put(address, new SimulatedOnuPort(new SimulatedOnu(address, model, serial, catalog), faults));
                index++;
            }
        }
    }

    @Override
    public String name() {
        return "simulated " + ponPorts + "x" + onusPerPort;
    }

    /** Frames carry their trailer: 48-octet baseline frames with CRC-32. */
    @Override
    public FrameFormat frameFormat() {
        return FrameFormat.CRC;
    }

    @Override
    public void start(PonListener ponListener) throws InterruptedException {
        this.listener = ponListener;
        for (SimulatedOnuPort port : onus.values()) {
            connect(port);
        }
        LOG.info("simulated PON: {} ports x {} ONUs up", ponPorts, onusPerPort);
        for (SimulatedOnuPort port : onus.values()) {
            ponListener.onuDiscovered(port.onu.address(), port.onu.serialNumber());
        }
    }

    private void connect(SimulatedOnuPort port) throws InterruptedException {
        OnuAddress address = port.onu.address();
        LocalAddress local = new LocalAddress(prefix + "-" + address.ponPort() + "-" + address.onuId());
        port.server = new ServerBootstrap().group(group).channel(LocalServerChannel.class)
                .childHandler(new ChannelInitializer<LocalChannel>() {
                    @Override
                    protected void initChannel(LocalChannel channel) {
                        channel.pipeline().addLast(new OmciFrameDecoder(48, false),
                                new io.omcid.codec.netty.OmciMessageDecoder(), new OnuResponder(port));
                    }
                }).bind(local).sync().channel();
        port.olt = new Bootstrap().group(group).channel(LocalChannel.class)
                .handler(new ChannelInitializer<LocalChannel>() {
                    @Override
                    protected void initChannel(LocalChannel channel) {
                        channel.pipeline().addLast(new OmciFrameDecoder(48, true), new OltSide(address));
                    }
                }).connect(local).sync().channel();
    }

    /** Hands frames from an ONU's channel to the daemon. */
    private final class OltSide extends SimpleChannelInboundHandler<Object> {
        private final OnuAddress address;

        OltSide(OnuAddress address) {
            this.address = address;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object frame) {
            PonListener current = listener;
            if (current == null) {
                return;
            }
            if (frame instanceof ByteBuf buf) {
                byte[] octets = OnuResponder.unprotect(ByteBufUtil.getBytes(buf));
                if (octets == null) {
                    LOG.debug("simulated {}: corrupted extended frame lost on the link", address);
                    return;
                }
                current.frameReceived(address, octets);
            } else if (frame instanceof DecodeResult.Failure failure) {
                current.frameReceived(address, failure.frame());
            }
        }
    }

    @Override
    public void send(OnuAddress address, byte[] frame) {
        SimulatedOnuPort port = onus.get(address);
        if (port == null || port.olt == null || !port.online) {
            return;
        }
        port.olt.writeAndFlush(Unpooled.wrappedBuffer(frame), port.olt.voidPromise());
    }

    // control of the simulation

    public Collection<SimulatedOnu> onus() {
        List<SimulatedOnu> list = new ArrayList<>();
        onus.values().forEach(port -> list.add(port.onu));
        return list;
    }

    public SimulatedOnu onu(OnuAddress address) {
        SimulatedOnuPort port = onus.get(address);
        if (port == null) {
            throw new IllegalArgumentException("simulated ONU: " + address + " (expected: one of the PON's ONUs)");
        }
        return port.onu;
    }

    /** Sets the faults of one ONU, or of all with a null address. */
    public void faults(OnuAddress address, FaultPlan faults) {
        if (address == null) {
            defaultFaults = faults;
            onus.values().forEach(port -> port.faults = faults);
        } else {
            onus.get(address).faults = faults;
        }
    }

    /** Raises or clears an alarm on a simulated ONU, which sends its notification. */
    public void alarm(OnuAddress address, MeKey key, int alarm, boolean raised) {
        SimulatedOnuPort port = onus.get(address);
        port.sendAutonomous(port.onu.alarm(key, alarm, raised, MessageSet.BASELINE));
    }

    /** Changes attributes on a simulated ONU, which reports the change. */
    public void attributeValueChange(OnuAddress address, MeKey key, io.omcid.codec.message.AttributeValues values) {
        SimulatedOnuPort port = onus.get(address);
        port.sendAutonomous(port.onu.change(key, values, MessageSet.BASELINE));
    }

    /** Reboots a simulated ONU: it goes away, and comes back after {@code downMillis}. */
    public void reboot(OnuAddress address, long downMillis) {
        SimulatedOnuPort port = onus.get(address);
        port.online = false;
        port.onu.reboot(port.faults.rebootKeepsMib());
        listener.onuLost(address);
        group.next().schedule(() -> {
            port.online = true;
            listener.onuDiscovered(address, port.onu.serialNumber());
        }, downMillis, TimeUnit.MILLISECONDS);
    }

    /** Takes an ONU off the PON (fibre cut) or puts it back. */
    public void online(OnuAddress address, boolean online) {
        SimulatedOnuPort port = onus.get(address);
        port.online = online;
        if (online) {
            listener.onuDiscovered(address, port.onu.serialNumber());
        } else {
            listener.onuLost(address);
        }
    }

    @Override
    public void close() {
        List<io.netty.channel.ChannelFuture> closing = new ArrayList<>();
        for (SimulatedOnuPort port : onus.values()) {
            port.online = false;
            for (Channel channel : new Channel[] {port.olt, port.onuSide, port.server}) {
                if (channel != null) {
                    closing.add(channel.close());
                }
            }
        }
        // both ends must be closed before the loops stop, or the peer's close finds no loop to run on
        closing.forEach(future -> future.awaitUninterruptibly(5, TimeUnit.SECONDS));
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One simulated ONU with its channels and faults. */
    static final class SimulatedOnuPort {
        final SimulatedOnu onu;
        volatile FaultPlan faults;
        volatile boolean online = true;
        volatile Channel server;
        volatile Channel olt;
        volatile Channel onuSide;

        SimulatedOnuPort(SimulatedOnu onu, FaultPlan faults) {
            this.onu = onu;
            this.faults = faults;
        }

        void sendAutonomous(io.omcid.codec.message.OmciMessage message) {
            Channel channel = onuSide;
            if (channel != null && online) {
                byte[] frame = OnuResponder.protect(OnuResponder.ENCODER.encode(message));
                channel.writeAndFlush(Unpooled.wrappedBuffer(frame));
            }
        }
    }
}
