package io.omcid.agent.southbound.openolt;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.omcid.agent.southbound.OnuAddress;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.agent.southbound.PonListener;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.openolt.DeviceInfo;
import io.omcid.openolt.Empty;
import io.omcid.openolt.Indication;
import io.omcid.openolt.OmciMsg;
import io.omcid.openolt.Onu;
import io.omcid.openolt.OnuDiscIndication;
import io.omcid.openolt.OnuIndication;
import io.omcid.openolt.OpenoltGrpc;
import io.omcid.openolt.SerialNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A PON adapter that is a client of the openolt gRPC API (VOLTHA's OLT agent, and the emulators that serve it). It
 * connects with retry and backoff, reads the device info, opens the indication stream, activates discovered ONUs
 * with an ONU id it allocates per PON port (only those of the allow list, when there is one), reports ONUs up and
 * down, sends OMCI with OmciMsgOut as ASCII hex text (44 octets of a baseline frame: the OLT adds the trailer) and
 * receives it raw from OMCI indications. When the stream breaks or the agent restarts, its ONUs are reported lost,
 * and it reconnects: the daemon then audits them instead of provisioning them again.
 */
public final class OpenoltAdapter implements PonAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(OpenoltAdapter.class);
    private static final int BASELINE_TO_AGENT = 44;
    private static final long FIRST_BACKOFF_MS = 500;
    private static final long LAST_BACKOFF_MS = 30_000;

    private final String host;
    private final int port;
    private final Set<String> allowList;
    private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "omcid-openolt");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, OnuAddress> bySerial = new ConcurrentHashMap<>();
    private final Map<OnuAddress, String> up = new ConcurrentHashMap<>();
    private volatile ManagedChannel channel;
    private volatile OpenoltGrpc.OpenoltStub stub;
    private volatile PonListener listener;
    private volatile boolean closed;
    private volatile long backoff = FIRST_BACKOFF_MS;
    private volatile int connection;

    /**
     * @param allowList serial numbers that may be activated; empty for all
     */
    public OpenoltAdapter(String host, int port, Set<String> allowList) {
        this.host = host;
        this.port = port;
        this.allowList = Set.copyOf(allowList);
    }

    @Override
    public String name() {
        return "openolt " + host + ":" + port;
    }

    /** The agent keeps 44 octets of a baseline frame; the OLT adds the CRC or MIC. */
    @Override
    public FrameFormat frameFormat() {
        return FrameFormat.LENGTH_ONLY;
    }

    @Override
    public void start(PonListener ponListener) {
        this.listener = ponListener;
        channel = NettyChannelBuilder.forAddress(host, port).usePlaintext().build();
        stub = OpenoltGrpc.newStub(channel);
        connect();
    }

    private void connect() {
        if (closed) {
            return;
        }
        int attempt = ++connection;
        stub.withDeadlineAfter(10, TimeUnit.SECONDS).getDeviceInfo(Empty.getDefaultInstance(), new StreamObserver<>() {
            @Override
            public void onNext(DeviceInfo info) {
                LOG.info("{}: OLT {} {} firmware {}, {} PON ports", name(), info.getVendor(), info.getModel(),
                        info.getFirmwareVersion(), info.getPonPorts());
            }

            @Override
            public void onError(Throwable t) {
                retry("device info", t);
            }

            @Override
            public void onCompleted() {
                openIndications(attempt);
            }
        });
    }

    private void openIndications(int attempt) {
        stub.enableIndication(Empty.getDefaultInstance(), new StreamObserver<>() {
            @Override
            public void onNext(Indication indication) {
                backoff = FIRST_BACKOFF_MS;
                indication(indication);
            }

            @Override
            public void onError(Throwable t) {
                streamEnded(attempt, t);
            }

            @Override
            public void onCompleted() {
                streamEnded(attempt, null);
            }
        });
    }

    private void streamEnded(int attempt, Throwable cause) {
        if (attempt != connection || closed) {
            return;
        }
        LOG.warn("{}: indication stream ended{}; ONUs lost until it is back", name(),
                cause == null ? "" : " (" + cause.getMessage() + ")");
        for (OnuAddress address : up.keySet()) {
            up.remove(address);
            listener.onuLost(address);
        }
        retry("indications", cause);
    }

    private void retry(String what, Throwable cause) {
        if (closed) {
            return;
        }
        long delay = backoff;
        backoff = Math.min(LAST_BACKOFF_MS, backoff * 2);
        LOG.warn("{}: {} failed{}, connecting again in {} ms", name(), what,
                cause == null ? "" : " (" + cause.getMessage() + ")", delay);
        reconnects.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void indication(Indication indication) {
        switch (indication.getDataCase()) {
            case ONU_DISC_IND -> discovered(indication.getOnuDiscInd());
            case ONU_IND -> onuState(indication.getOnuInd());
            case OMCI_IND -> {
                OnuAddress address = address(indication.getOmciInd().getIntfId(), indication.getOmciInd().getOnuId());
                if (address != null) {
                    listener.frameReceived(address, indication.getOmciInd().getPkt().toByteArray());
                }
            }
            case OLT_IND -> LOG.info("{}: OLT {}", name(), indication.getOltInd().getOperState());
            default -> {
            }
        }
    }

    private void discovered(OnuDiscIndication discovery) {
        String serial = serial(discovery.getSerialNumber());
        int pon = discovery.getIntfId();
        if (!allowList.isEmpty() && !allowList.contains(serial)) {
            LOG.info("{}: ONU {} on PON {} not in the allow list, left inactive", name(), serial, pon);
            return;
        }
        OnuAddress address = bySerial.compute(serial, (key, known) -> known != null && known.ponPort() == pon ? known
                : new OnuAddress(pon, freeOnuId(pon, key)));
        LOG.info("{}: ONU {} discovered on PON {}, activating as ONU {}", name(), serial, pon, address.onuId());
        stub.activateOnu(Onu.newBuilder().setIntfId(pon).setOnuId(address.onuId())
                .setSerialNumber(discovery.getSerialNumber()).build(), logged("activate ONU " + serial));
    }

    /** The lowest ONU id of the PON port no other serial number holds (ONU ids 1 to 1023). */
    private int freeOnuId(int pon, String serial) {
        for (int id = 1; id < 1024; id++) {
            int candidate = id;
            boolean taken = bySerial.entrySet().stream().anyMatch(entry -> !entry.getKey().equals(serial)
                    && entry.getValue().ponPort() == pon && entry.getValue().onuId() == candidate);
            if (!taken) {
                return id;
            }
        }
        throw new IllegalStateException("PON " + pon + ": no free ONU id (expected: fewer than 1024 ONUs)");
    }

    private void onuState(OnuIndication indication) {
        OnuAddress address = new OnuAddress(indication.getIntfId(), indication.getOnuId());
        String serial = indication.hasSerialNumber() ? serial(indication.getSerialNumber())
                : bySerial.entrySet().stream().filter(e -> e.getValue().equals(address)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (serial == null) {
            LOG.warn("{}: state of an unknown ONU at {} ignored", name(), address);
            return;
        }
        bySerial.put(serial, address);
        if ("up".equalsIgnoreCase(indication.getOperState())) {
            up.put(address, serial);
            listener.onuDiscovered(address, serial);
        } else if (up.remove(address) != null) {
            listener.onuLost(address);
        }
    }

    private OnuAddress address(int pon, int onuId) {
        OnuAddress address = new OnuAddress(pon, onuId);
        return up.containsKey(address) ? address : null;
    }

    @Override
    public void send(OnuAddress address, byte[] frame) {
        OpenoltGrpc.OpenoltStub current = stub;
        if (current == null || !up.containsKey(address)) {
            return;
        }
        // the agent takes the frame as hex text, and only 44 octets of a baseline frame
        int length = frame[3] == 0x0A ? Math.min(frame.length, BASELINE_TO_AGENT) : frame.length;
        byte[] text = HexFormat.of().formatHex(frame, 0, length).getBytes(StandardCharsets.US_ASCII);
        current.omciMsgOut(OmciMsg.newBuilder().setIntfId(address.ponPort()).setOnuId(address.onuId())
                .setPkt(ByteString.copyFrom(text)).build(), logged("OMCI to " + address));
    }

    private StreamObserver<Empty> logged(String what) {
        return new StreamObserver<>() {
            @Override
            public void onNext(Empty value) {
            }

            @Override
            public void onError(Throwable t) {
                LOG.warn("{}: {} failed: {}", name(), what, t.getMessage());
            }

            @Override
            public void onCompleted() {
            }
        };
    }

    /** Vendor id as four characters, then the vendor-specific octets in hex: {@code BRCM12345678}. */
    static String serial(SerialNumber number) {
        return number.getVendorId().toString(StandardCharsets.US_ASCII)
                + HexFormat.of().withUpperCase().formatHex(number.getVendorSpecific().toByteArray());
    }

    static SerialNumber serialNumber(String serial) {
        return SerialNumber.newBuilder().setVendorId(ByteString.copyFrom(serial.substring(0, 4),
                        StandardCharsets.US_ASCII))
                .setVendorSpecific(ByteString.copyFrom(HexFormat.of().parseHex(serial.substring(4)))).build();
    }

    @Override
    public void close() {
        closed = true;
        reconnects.shutdownNow();
        ManagedChannel current = channel;
        if (current != null) {
            current.shutdownNow();
            try {
                current.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
