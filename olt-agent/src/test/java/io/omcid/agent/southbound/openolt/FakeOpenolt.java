package io.omcid.agent.southbound.openolt;

import com.google.protobuf.ByteString;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.omcid.agent.sim.SimulatedOnu;
import io.omcid.agent.southbound.OnuAddress;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.OmciMessage;
import io.omcid.mib.MeKey;
import io.omcid.mib.model.OnuModel;
import io.omcid.openolt.DeviceInfo;
import io.omcid.openolt.Empty;
import io.omcid.openolt.Indication;
import io.omcid.openolt.OltIndication;
import io.omcid.openolt.OmciIndication;
import io.omcid.openolt.OmciMsg;
import io.omcid.openolt.Onu;
import io.omcid.openolt.OnuDiscIndication;
import io.omcid.openolt.OnuIndication;
import io.omcid.openolt.OpenoltGrpc;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An openolt agent for tests, behaving as the published API does: ONUs are discovered on the indication stream and
 * come up when activated; OmciMsgOut takes the frame as ASCII hex text of which the agent keeps 44 octets of a
 * baseline frame; OMCI indications carry raw octets with the trailer the OLT added. Its ONUs are simulated ONUs,
 * which keep their MIBs across a restart of the agent.
 */
final class FakeOpenolt extends OpenoltGrpc.OpenoltImplBase {

    private final Map<String, SimulatedOnu> bySerial = new ConcurrentHashMap<>();
    private final Map<OnuAddress, SimulatedOnu> active = new ConcurrentHashMap<>();
    private final OmciDecoder decoder = new OmciDecoder();
    private final OmciEncoder encoder = new OmciEncoder(FrameFormat.CRC);
    /** What the agent found wrong in what the client sent; a test expects none. */
    final List<String> violations = new CopyOnWriteArrayList<>();
    final List<Integer> receivedLengths = new CopyOnWriteArrayList<>();
    private volatile StreamObserver<Indication> stream;
    private Server server;
    private final int pons;

    FakeOpenolt(int pons, int onusPerPon) {
        this.pons = pons;
        for (int pon = 0; pon < pons; pon++) {
            for (int i = 1; i <= onusPerPon; i++) {
                OnuModel model = i % 2 == 1 ? OnuModel.XGS_4PORT : OnuModel.GPON_1PORT;
                SimulatedOnu onu = new SimulatedOnu(new OnuAddress(pon, i), model, 0x100000L * (pon + 1) + i,
                        MeCatalog.standard());
                bySerial.put(onu.serialNumber(), onu);
            }
        }
    }

    int start(int port) throws Exception {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port)).addService(this).build()
                .start();
        return server.getPort();
    }

    /** The agent process dies: the stream breaks and the server is gone. */
    void stop() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        stream = null;
        active.clear();
    }

    /** The stream breaks, the agent stays. */
    void breakStream() {
        StreamObserver<Indication> current = stream;
        stream = null;
        if (current != null) {
            synchronized (current) {
                current.onError(Status.UNAVAILABLE.withDescription("stream broken by the test").asRuntimeException());
            }
        }
        active.clear();
    }

    SimulatedOnu onu(String serial) {
        return bySerial.get(serial);
    }

    List<SimulatedOnu> onus() {
        return new ArrayList<>(bySerial.values());
    }

    @Override
    public void getDeviceInfo(Empty request, StreamObserver<DeviceInfo> observer) {
        observer.onNext(DeviceInfo.newBuilder().setVendor("omcid-test").setModel("fake").setFirmwareVersion("1")
                .setPonPorts(pons).build());
        observer.onCompleted();
    }

    @Override
    public void enableIndication(Empty request, StreamObserver<Indication> observer) {
        stream = observer;
        send(Indication.newBuilder().setOltInd(OltIndication.newBuilder().setOperState("up")).build());
        for (SimulatedOnu onu : bySerial.values()) {
            send(Indication.newBuilder().setOnuDiscInd(OnuDiscIndication.newBuilder()
                    .setIntfId(onu.address().ponPort())
                    .setSerialNumber(OpenoltAdapter.serialNumber(onu.serialNumber()))).build());
        }
    }

    @Override
    public void activateOnu(Onu request, StreamObserver<Empty> observer) {
        SimulatedOnu onu = bySerial.get(OpenoltAdapter.serial(request.getSerialNumber()));
        observer.onNext(Empty.getDefaultInstance());
        observer.onCompleted();
        if (onu == null) {
            violations.add("activation of an unknown ONU " + request);
            return;
        }
        active.put(new OnuAddress(request.getIntfId(), request.getOnuId()), onu);
        send(Indication.newBuilder().setOnuInd(OnuIndication.newBuilder().setIntfId(request.getIntfId())
                .setOnuId(request.getOnuId()).setOperState("up").setAdminState("up")
                .setSerialNumber(request.getSerialNumber())).build());
    }

    @Override
    public void omciMsgOut(OmciMsg request, StreamObserver<Empty> observer) {
        String text = request.getPkt().toString(StandardCharsets.US_ASCII);
        byte[] frame;
        try {
            frame = HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            violations.add("OmciMsgOut pkt not hex text: " + text);
            observer.onError(Status.INVALID_ARGUMENT.withDescription("pkt: not hex").asRuntimeException());
            return;
        }
        observer.onNext(Empty.getDefaultInstance());
        observer.onCompleted();
        receivedLengths.add(frame.length);
        if (frame[3] == 0x0A && frame.length != 44) {
            violations.add("baseline OmciMsgOut of " + frame.length + " octets (expected: 44)");
        }
        OnuAddress address = new OnuAddress(request.getIntfId(), request.getOnuId());
        SimulatedOnu onu = active.get(address);
        DecodeResult result = decoder.decode(frame);
        if (onu == null || !(result instanceof DecodeResult.Decoded decoded)) {
            return;
        }
        OmciMessage response = onu.respond(decoded.message());
        if (response != null) {
            omci(address, encoder.encode(response));
        }
    }

    /** A simulated ONU raises or clears an alarm. */
    void alarm(String serial, MeKey key, int alarm, boolean raised) {
        SimulatedOnu onu = bySerial.get(serial);
        active.forEach((address, candidate) -> {
            if (candidate == onu) {
                omci(address, encoder.encode(onu.alarm(key, alarm, raised, MessageSet.BASELINE)));
            }
        });
    }

    private void omci(OnuAddress address, byte[] frame) {
        send(Indication.newBuilder().setOmciInd(OmciIndication.newBuilder().setIntfId(address.ponPort())
                .setOnuId(address.onuId()).setPkt(ByteString.copyFrom(frame))).build());
    }

    private void send(Indication indication) {
        StreamObserver<Indication> current = stream;
        if (current != null) {
            synchronized (current) {
                current.onNext(indication);
            }
        }
    }
}
