package io.omcid.agent.replay;

import io.omcid.agent.southbound.OnuAddress;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.agent.southbound.PonListener;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.Direction;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.frame.TrailerCheck;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.text.OmciText;
import io.omcid.codec.trace.TraceReader;
import io.omcid.codec.trace.TraceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PON adapter that plays the ONU side of captured traces. Each captured ONU (named by the packet comments
 * {@code pon P onu N SERIAL} the daemon's capture writes) is presented to the daemon; each request the daemon
 * sends is answered with the captured response of the captured request that matches it, in capture order among
 * equal ones, with the TCI rewritten; the autonomous messages the ONU sent (alarms, AVCs, test results) follow the
 * response they followed, after the same delay. A request the trace cannot answer gets no response and is reported
 * with the request decoded.
 *
 * <p>Requests match when they are the same message but for the TCI: same type, class, instance and contents
 * (attribute values, sequence numbers, masks). MIB reset, MIB upload, Get all alarms, Delete, Reboot and the
 * software commit match on type, class and instance alone.
 */
public final class ReplayAdapter implements PonAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayAdapter.class);
    private static final Pattern COMMENT = Pattern.compile("pon (\\d+) onu (\\d+) ([A-Za-z0-9]{4}[0-9A-Fa-f]{8})");
    private static final String DEFAULT_ONU = "pon 0 onu 1 RPLY00000001";

    private final Map<OnuAddress, ReplayedOnu> onus = new LinkedHashMap<>();
    private final OmciDecoder decoder = new OmciDecoder(MeCatalog.standard(), TrailerCheck.none());
    private final OmciEncoder canonical = new OmciEncoder(FrameFormat.NO_TRAILER);
    private final OmciText text = new OmciText(MeCatalog.standard());
    private final List<String> unanswered = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "omcid-replay");
        thread.setDaemon(true);
        return thread;
    });
    private final String name;
    private volatile PonListener listener;

    /** One captured request with what the ONU answered and what it sent on its own afterwards. */
    private static final class Exchange {
        final String key;
        final String looseKey;
        byte[] response;
        Instant answeredAt;
        final List<byte[]> autonomous = new ArrayList<>();
        final List<Long> delays = new ArrayList<>();
        boolean used;

        Exchange(String key, String looseKey) {
            this.key = key;
            this.looseKey = looseKey;
        }
    }

    private static final class ReplayedOnu {
        final OnuAddress address;
        final String serial;
        final List<Exchange> exchanges = new ArrayList<>();
        final List<byte[]> initial = new ArrayList<>();

        ReplayedOnu(OnuAddress address, String serial) {
            this.address = address;
            this.serial = serial;
        }
    }

    public ReplayAdapter(List<Path> traces) throws IOException {
        for (Path trace : traces) {
            try (InputStream in = Files.newInputStream(trace); TraceReader reader = TraceReader.open(in)) {
                load(reader.readAll());
            }
        }
        if (onus.isEmpty()) {
            throw new IllegalArgumentException("traces " + traces + ": no OMCI frames (expected: at least one ONU)");
        }
        this.name = "replay of " + traces.size() + " trace(s), " + onus.size() + " ONU(s)";
    }

    private void load(List<TraceRecord> records) {
        Map<OnuAddress, Map<Integer, Exchange>> pending = new LinkedHashMap<>();
        Map<OnuAddress, Exchange> last = new LinkedHashMap<>();
        for (TraceRecord record : records) {
            if (!record.isValid()) {
                continue;
            }
            Matcher found = COMMENT.matcher(record.comment() == null ? DEFAULT_ONU : record.comment());
            Matcher comment = found.find() ? found : COMMENT.matcher(DEFAULT_ONU);
            if (comment != found) {
                comment.find();
            }
            OnuAddress address = new OnuAddress(Integer.parseInt(comment.group(1)), Integer.parseInt(comment.group(2)));
            String serial = comment.group(3);
            ReplayedOnu onu = onus.computeIfAbsent(address, a -> new ReplayedOnu(a, serial));
            DecodeResult result = decoder.decode(record.frame());
            if (!(result instanceof DecodeResult.Decoded decoded)) {
                continue;
            }
            OmciMessage message = decoded.message();
            Direction direction = record.direction() != null ? record.direction()
                    : message.header().ak() || message.type().isAutonomous() ? Direction.UPSTREAM
                            : Direction.DOWNSTREAM;
            Map<Integer, Exchange> byTci = pending.computeIfAbsent(address, a -> new LinkedHashMap<>());
            if (direction == Direction.DOWNSTREAM) {
                Exchange exchange = byTci.get(message.tci());
                String key = key(message);
                if (exchange == null || exchange.response != null || !exchange.key.equals(key)) {
                    exchange = new Exchange(key, looseKey(message));
                    onu.exchanges.add(exchange);
                    byTci.put(message.tci(), exchange);
                }
            } else if (message.type().isAutonomous()) {
                Exchange after = last.get(address);
                if (after == null) {
                    onu.initial.add(record.frame());
                } else {
                    after.autonomous.add(record.frame());
                    after.delays.add(delay(after.answeredAt, record.timestamp()));
                }
            } else {
                Exchange exchange = byTci.get(message.tci());
                if (exchange != null && exchange.response == null) {
                    exchange.response = record.frame();
                    exchange.answeredAt = record.timestamp();
                    last.put(address, exchange);
                }
            }
        }
    }

    private static long delay(Instant from, Instant to) {
        return from == null || to == null ? 0 : Math.max(0, Duration.between(from, to).toMillis());
    }

    /** The request as encoded with TCI 0: equal for the same message whatever its TCI. */
    private String key(OmciMessage message) {
        return HexFormat.of().formatHex(canonical.encode(io.omcid.codec.message.Messages.withHeader(message,
                message.header().withTci(0))));
    }

    private static String looseKey(OmciMessage message) {
        return message.type() + " " + message.header().classId() + "/" + message.header().instance();
    }

    private static boolean loose(MessageType type) {
        return type == MessageType.MIB_RESET || type == MessageType.MIB_UPLOAD || type == MessageType.GET_ALL_ALARMS
                || type == MessageType.DELETE || type == MessageType.REBOOT || type == MessageType.COMMIT_SOFTWARE;
    }

    @Override
    public String name() {
        return name;
    }

    /** Captured responses are replayed as they were, so the trailer is not the daemon's to check: 44 octets. */
    @Override
    public FrameFormat frameFormat() {
        return FrameFormat.LENGTH_ONLY;
    }

    @Override
    public void start(PonListener ponListener) {
        this.listener = ponListener;
        for (ReplayedOnu onu : onus.values()) {
            timer.execute(() -> {
                ponListener.onuDiscovered(onu.address, onu.serial);
                onu.initial.forEach(frame -> ponListener.frameReceived(onu.address, frame));
            });
        }
    }

    @Override
    public void send(OnuAddress address, byte[] frame) {
        ReplayedOnu onu = onus.get(address);
        DecodeResult result = decoder.decode(frame);
        if (onu == null || !(result instanceof DecodeResult.Decoded decoded)) {
            return;
        }
        OmciMessage request = decoded.message();
        Exchange exchange = find(onu, request);
        if (exchange == null) {
            String what = onu.address + " " + onu.serial + ": " + text.render(result);
            unanswered.add(what);
            LOG.warn("replay: no captured response for {}", what);
            return;
        }
        byte[] response = exchange.response.clone();
        response[0] = frame[0];
        response[1] = frame[1];
        byte[] delivered = response[3] == 0x0A ? Arrays.copyOf(response, Math.min(response.length, 44)) : response;
        boolean first = !exchange.used;
        exchange.used = true;
        timer.execute(() -> listener.frameReceived(address, delivered));
        if (first) {
            for (int i = 0; i < exchange.autonomous.size(); i++) {
                byte[] autonomous = exchange.autonomous.get(i);
                timer.schedule(() -> listener.frameReceived(address, autonomous), exchange.delays.get(i),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    private Exchange find(ReplayedOnu onu, OmciMessage request) {
        String key = key(request);
        Exchange reuse = null;
        for (Exchange exchange : onu.exchanges) {
            if (exchange.response != null && exchange.key.equals(key)) {
                if (!exchange.used) {
                    return exchange;
                }
                reuse = exchange;
            }
        }
        if (reuse != null) {
            return reuse;
        }
        if (loose(request.type())) {
            String looseKey = looseKey(request);
            for (Exchange exchange : onu.exchanges) {
                if (exchange.response != null && exchange.looseKey.equals(looseKey) && !exchange.used) {
                    return exchange;
                }
            }
        }
        return null;
    }

    /** The requests the traces could not answer, decoded. */
    public List<String> unanswered() {
        return List.copyOf(unanswered);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
