package io.omcid.agent.cli;

import io.omcid.agent.OltAgent;
import io.omcid.agent.api.ApiContext;
import io.omcid.agent.api.ApiServer;
import io.omcid.agent.api.EventHub;
import io.omcid.agent.channel.ChannelSettings;
import io.omcid.agent.config.AgentConfig;
import io.omcid.agent.sim.FaultPlan;
import io.omcid.agent.capture.CapturingAdapter;
import io.omcid.agent.capture.FrameRecorder;
import io.omcid.agent.replay.ReplayAdapter;
import io.omcid.agent.sim.SimulatedPon;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.agent.southbound.openolt.OpenoltAdapter;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.mib.model.OnuModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the daemon until SIGTERM or SIGINT. Settings come from the command line, else from the configuration file
 * ({@code --config}, Java properties named like the options without dashes: {@code pon-ports=2}), else defaults.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the daemon: by default on the embedded simulated PON (1 port x 8 ONUs), H2 under "
                + "./data.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--config", paramLabel = "FILE", description = "configuration file (Java properties)")
    private Path configFile;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory for the H2 file (default: ./data)")
    private Path data;

    @Option(names = "--store-url", paramLabel = "JDBC", description = "a JDBC URL instead of the H2 file")
    private String storeUrl;

    @Option(names = "--store-user", paramLabel = "USER")
    private String storeUser;

    @Option(names = "--store-password", paramLabel = "PASSWORD")
    private String storePassword;

    @Option(names = "--pon-ports", paramLabel = "P", description = "simulated PON ports (default: 1)")
    private Integer ponPorts;

    @Option(names = "--onus-per-port", paramLabel = "N", description = "simulated ONUs per port (default: 8)")
    private Integer onusPerPort;

    @Option(names = "--models", paramLabel = "LIST",
            description = "simulated ONU models, in turn: xgs-4port, gpon-1port (default: both)")
    private String models;

    @Option(names = "--latency-ms", paramLabel = "MS", description = "simulated ONU response latency (default: 0)")
    private Long latency;

    @Option(names = "--timeout-ms", paramLabel = "MS", description = "OMCI response timeout (default: 3000)")
    private Long timeout;

    @Option(names = "--retries", paramLabel = "N", description = "OMCI retries after a timeout (default: 2)")
    private Integer retries;

    @Option(names = "--audit-interval-s", paramLabel = "S",
            description = "periodic MIB and alarm audit, 0 for none (default: 300)")
    private Long auditInterval;

    @Option(names = "--workers", paramLabel = "N", description = "threads for ONU work (default: cores, at least 2)")
    private Integer workers;

    @Option(names = "--grpc-host", paramLabel = "HOST", description = "address of the gRPC API (default: 0.0.0.0)")
    private String grpcHost;

    @Option(names = "--grpc-port", paramLabel = "PORT", description = "port of the gRPC API (default: 50061)")
    private Integer grpcPort;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "server certificate chain: serve TLS")
    private Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "server private key (PKCS#8)")
    private Path tlsKey;

    @Option(names = "--tls-client-ca", paramLabel = "PEM", description = "CA of client certificates: mutual TLS")
    private Path tlsClientCa;

    @Option(names = "--southbound", paramLabel = "KIND",
            description = "simulated (default) or openolt: where the ONUs are")
    private String southbound;

    @Option(names = "--openolt-address", paramLabel = "HOST:PORT", description = "the openolt agent (openolt only)")
    private String openoltAddress;

    @Option(names = "--trace", paramLabel = "FILE", description = "a captured trace to replay (--southbound replay; "
            + "repeatable)")
    private List<Path> traces;

    @Option(names = "--capture-dir", paramLabel = "DIR", description = "where captures go (default: DATA/captures)")
    private Path captureDir;

    @Option(names = "--capture", paramLabel = "ONUS",
            description = "capture from the start: all, or comma-separated serial numbers (default: none)")
    private String capture;

    @Option(names = "--capture-max-mb", paramLabel = "MB", description = "start a new capture file at this size "
            + "(default: 64)")
    private Long captureMaxMb;

    @Option(names = "--capture-max-seconds", paramLabel = "S", description = "start a new capture file at this age "
            + "(default: 3600)")
    private Long captureMaxSeconds;

    @Option(names = "--onu-allow", paramLabel = "SERIALS",
            description = "comma-separated serial numbers that may be activated (openolt only; default: all)")
    private String onuAllow;

    @Override
    public Integer call() throws Exception {
        AgentConfig config = config();
        PonAdapter southbound = adapter(config);
        SimulatedPon pon = southbound instanceof SimulatedPon simulated ? simulated : null;
        FrameRecorder recorder = recorder(config);
        PonAdapter adapter = new CapturingAdapter(southbound, recorder);
        EventHub events = new EventHub();
        // the hook comes first: a SIGTERM during start-up still stops whatever has started
        AtomicReference<OltAgent> agent = new AtomicReference<>();
        AtomicReference<ApiServer> api = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(api, agent);
            Logs.drain();
            stopped.countDown();
        }, "omcid-shutdown"));

        try {
            agent.set(OltAgent.start(config, adapter, List.of(events)));
            api.set(new ApiServer(new ApiContext(agent.get(), MeCatalog.standard(), events, pon, recorder),
                    api("grpc-host", grpcHost, "0.0.0.0"), Integer.parseInt(api("grpc-port", grpcPort == null ? null
                    : grpcPort.toString(), "50061")), tls()));
        } catch (Exception | Error e) {
            // stopped here, while logging still works, rather than by the hook after the last line is out
            stop(api, agent);
            throw e;
        }
        stopped.await();
        return 0;
    }

    /** Stops what has started, each part once: the API first, then the daemon. */
    private static void stop(AtomicReference<ApiServer> api, AtomicReference<OltAgent> agent) {
        ApiServer server = api.getAndSet(null);
        OltAgent daemon = agent.getAndSet(null);
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (daemon != null) {
                daemon.close();
            }
        }
    }

    private final Properties file = new Properties();

    /** The recorder, capturing from the start what the configuration names. */
    private FrameRecorder recorder(AgentConfig config) {
        Path directory = Path.of(api("capture-dir", captureDir == null ? null : captureDir.toString(),
                config.dataDirectory().resolve("captures").toString()));
        long maxMb = Long.parseLong(api("capture-max-mb", captureMaxMb == null ? null : captureMaxMb.toString(), "64"));
        long maxSeconds = Long.parseLong(api("capture-max-seconds", captureMaxSeconds == null ? null
                : captureMaxSeconds.toString(), "3600"));
        FrameRecorder recorder = new FrameRecorder(directory, maxMb << 20, Duration.ofSeconds(maxSeconds));
        String from = api("capture", capture, "");
        for (String serial : from.split(",")) {
            if (serial.trim().equalsIgnoreCase("all")) {
                recorder.start("");
            } else if (!serial.isBlank()) {
                recorder.start(serial.trim());
            }
        }
        return recorder;
    }

    /** The PON adapter the configuration names. */
    private PonAdapter adapter(AgentConfig config) {
        String kind = api("southbound", southbound, "simulated");
        switch (kind) {
            case "simulated" -> {
                return new SimulatedPon(config.ponPorts(), config.onusPerPort(), config.models(), config.faults(),
                        MeCatalog.standard(), Math.max(1, config.workers() / 2));
            }
            case "openolt" -> {
                String address = api("openolt-address", openoltAddress, null);
                int colon = address == null ? -1 : address.lastIndexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException("openolt address: " + address + " (expected: HOST:PORT)");
                }
                String allow = api("onu-allow", onuAllow, "");
                Set<String> allowList = new HashSet<>();
                for (String serial : allow.split(",")) {
                    if (!serial.isBlank()) {
                        allowList.add(serial.trim());
                    }
                }
                return new OpenoltAdapter(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)),
                        allowList);
            }
            case "replay" -> {
                List<Path> files = traces != null ? traces : Arrays.stream(api("trace", null, "").split(","))
                        .filter(name -> !name.isBlank()).map(name -> Path.of(name.trim())).toList();
                if (files.isEmpty()) {
                    throw new IllegalArgumentException("replay traces: none (expected: --trace FILE.pcapng)");
                }
                try {
                    return new ReplayAdapter(files);
                } catch (IOException e) {
                    throw new IllegalArgumentException("replay traces " + files + ": " + e.getMessage(), e);
                }
            }
            default -> throw new IllegalArgumentException("southbound: " + kind
                    + " (expected: simulated, openolt or replay)");
        }
    }

    private String api(String key, String option, String fallback) {
        return option != null ? option : file.getProperty(key, fallback);
    }

    private ApiServer.Tls tls() {
        String cert = api("tls-cert", tlsCert == null ? null : tlsCert.toString(), null);
        String key = api("tls-key", tlsKey == null ? null : tlsKey.toString(), null);
        String ca = api("tls-client-ca", tlsClientCa == null ? null : tlsClientCa.toString(), null);
        if (cert == null && key == null) {
            return null;
        }
        if (cert == null || key == null) {
            throw new IllegalArgumentException("TLS: certificate " + cert + ", key " + key + " (expected: both)");
        }
        return new ApiServer.Tls(Path.of(cert), Path.of(key), ca == null ? null : Path.of(ca));
    }

    AgentConfig config() throws IOException {
        if (configFile != null) {
            try (InputStream in = Files.newInputStream(configFile)) {
                file.load(in);
            }
            LOG.info("configuration read from {}", configFile.toAbsolutePath());
        }
        AgentConfig defaults = AgentConfig.defaults();
        Path dataDirectory = pick(data, file, "data", Path::of, defaults.dataDirectory());
        String url = pick(storeUrl, file, "store-url", s -> s, defaults.storeUrl());
        String user = pick(storeUser, file, "store-user", s -> s, defaults.storeUser());
        String password = pick(storePassword, file, "store-password", s -> s, defaults.storePassword());
        int ports = pick(ponPorts, file, "pon-ports", Integer::parseInt, defaults.ponPorts());
        int onus = pick(onusPerPort, file, "onus-per-port", Integer::parseInt, defaults.onusPerPort());
        String modelNames = pick(models, file, "models", s -> s, null);
        List<OnuModel> onuModels = modelNames == null ? defaults.models()
                : Arrays.stream(modelNames.split(",")).map(String::trim).map(OnuModel::byName).toList();
        long latencyMs = pick(latency, file, "latency-ms", Long::parseLong, 0L);
        long timeoutMs = pick(timeout, file, "timeout-ms", Long::parseLong, defaults.channel().timeout().toMillis());
        int retryCount = pick(retries, file, "retries", Integer::parseInt, defaults.channel().retries());
        long auditSeconds = pick(auditInterval, file, "audit-interval-s", Long::parseLong,
                defaults.auditInterval().toSeconds());
        int threads = pick(workers, file, "workers", Integer::parseInt, defaults.workers());

        return new AgentConfig(dataDirectory, url, user, password, ports, onus, onuModels,
                latencyMs == 0 ? FaultPlan.NONE : FaultPlan.latency(latencyMs),
                new ChannelSettings(Duration.ofMillis(timeoutMs), retryCount), Duration.ofSeconds(auditSeconds),
                defaults.retryDelay(), threads, defaults.alarmHistory());
    }

    private static <T> T pick(T option, Properties file, String key, java.util.function.Function<String, T> parse,
                              T fallback) {
        if (option != null) {
            return option;
        }
        String value = file.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration " + key + ": " + value + " (expected: " + e.getMessage()
                    + ")", e);
        }
    }
}
