package io.omcid.agent.replay;

import io.omcid.agent.OltAgent;
import io.omcid.agent.capture.CapturingAdapter;
import io.omcid.agent.capture.FrameRecorder;
import io.omcid.agent.channel.ChannelSettings;
import io.omcid.agent.config.AgentConfig;
import io.omcid.agent.onu.Onu;
import io.omcid.agent.onu.OnuState;
import io.omcid.agent.provisioning.ServiceIntent;
import io.omcid.agent.sim.FaultPlan;
import io.omcid.agent.sim.SimulatedOnu;
import io.omcid.agent.sim.SimulatedPon;
import io.omcid.agent.southbound.OnuAddress;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.Direction;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CountResponse;
import io.omcid.codec.message.EmptyRequest;
import io.omcid.codec.message.GetAllAlarmsRequest;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.GetResponse;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.SequenceRequest;
import io.omcid.codec.message.SetRequest;
import io.omcid.codec.message.SetResponse;
import io.omcid.codec.trace.TraceDiff;
import io.omcid.codec.trace.TraceFormat;
import io.omcid.codec.trace.TraceReader;
import io.omcid.codec.trace.TraceRecord;
import io.omcid.codec.trace.TraceWriter;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import io.omcid.mib.MibComparison;
import io.omcid.mib.MibUpload;
import io.omcid.codec.message.MibUploadNextResponse;
import io.omcid.mib.model.OnuModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Captured traces replayed through the whole daemon; after each, the daemon's MIB of the ONU matches the trace. */
class ReplayTest {

    private static final Pattern HEX = Pattern.compile("\"hex\":\"([0-9a-f]+)\"");

    @TempDir
    Path directory;

    private AgentConfig config(String data) {
        return AgentConfig.defaults().withDataDirectory(directory.resolve(data))
                .withAudit(Duration.ZERO, Duration.ofMillis(100))
                .withChannel(new ChannelSettings(Duration.ofMillis(200), 1));
    }

    private static void awaitReady(OltAgent agent, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (agent.onus().all().size() == count
                    && agent.onus().all().stream().allMatch(onu -> onu.state() == OnuState.READY)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("not ready: " + agent.onus().onus().stream().map(o -> o + "=" + o.state()).toList());
    }

    private static boolean same(Mib one, Mib other) {
        return MibComparison.compare(one, other).isEmpty() && MibComparison.compare(other, one).isEmpty();
    }

    /**
     * The same MIB, where octets the catalog cannot place may carry the zero padding of the baseline message that
     * brought them: the size of an attribute the catalog does not know cannot be told from the wire.
     */
    private static boolean sameUpToPadding(Mib daemon, Mib onu) {
        for (var difference : List.of(MibComparison.compare(daemon, onu), MibComparison.compare(onu, daemon))) {
            if (!difference.missing().isEmpty() || !difference.extra().isEmpty()) {
                return false;
            }
            for (var attribute : difference.attributes()) {
                byte[] longer = attribute.olt().length >= attribute.onu().length ? attribute.olt() : attribute.onu();
                byte[] shorter = longer == attribute.olt() ? attribute.onu() : attribute.olt();
                boolean padded = attribute.index() == 0 && java.util.Arrays.equals(shorter,
                        java.util.Arrays.copyOf(longer, shorter.length));
                for (int i = shorter.length; padded && i < longer.length; i++) {
                    padded = longer[i] == 0;
                }
                if (!padded) {
                    return false;
                }
            }
        }
        return true;
    }

    // the real Broadcom MIB upload

    @Test
    void theRealBroadcomUploadReplaysIntoTheSameMib() throws Exception {
        List<byte[]> uploads = new ArrayList<>();
        try (InputStream in = ReplayTest.class.getResourceAsStream("/traces/brcm-mib-upload.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher hex = HEX.matcher(line);
                if (hex.find()) {
                    uploads.add(HexFormat.of().parseHex(hex.group(1)));
                }
            }
        }
        Path trace = directory.resolve("brcm.pcapng");
        OmciEncoder encoder = new OmciEncoder(FrameFormat.LENGTH_ONLY);
        List<TraceRecord> records = new ArrayList<>();
        Instant time = Instant.parse("2026-12-03T10:00:00Z");
        String onu = "pon 0 onu 1 BRCM12345678";
        // the exchanges the upload implies: ONU2-G's OMCC version (0xb3, from the upload), MIB reset, MIB upload
        GetRequest omcc = new GetRequest(Header.request(0x8001, MessageType.GET, MessageSet.BASELINE, 257, 0), 0x4000);
        records.add(TraceRecord.of(time, Direction.DOWNSTREAM, encoder.encode(omcc), onu));
        records.add(TraceRecord.of(time, Direction.UPSTREAM, encoder.encode(new GetResponse(omcc.header().toResponse(),
                0, AttributeValues.builder().putUnsigned(2, 1, 0xb3).build(), 0, 0)), onu));
        EmptyRequest reset = new EmptyRequest(Header.request(1, MessageType.MIB_RESET, MessageSet.BASELINE, 2, 0));
        records.add(TraceRecord.of(time, Direction.DOWNSTREAM, encoder.encode(reset), onu));
        records.add(TraceRecord.of(time, Direction.UPSTREAM, encoder.encode(new ResultResponse(
                reset.header().toResponse(), 0)), onu));
        EmptyRequest upload = new EmptyRequest(Header.request(2, MessageType.MIB_UPLOAD, MessageSet.BASELINE, 2, 0));
        records.add(TraceRecord.of(time, Direction.DOWNSTREAM, encoder.encode(upload), onu));
        records.add(TraceRecord.of(time, Direction.UPSTREAM, encoder.encode(new CountResponse(
                upload.header().toResponse(), uploads.size())), onu));
        for (int i = 0; i < uploads.size(); i++) {
            int tci = ((uploads.get(i)[0] & 0xFF) << 8) | (uploads.get(i)[1] & 0xFF);
            records.add(TraceRecord.of(time, Direction.DOWNSTREAM, encoder.encode(new SequenceRequest(Header.request(
                    tci, MessageType.MIB_UPLOAD_NEXT, MessageSet.BASELINE, 2, 0), i)), onu));
            records.add(TraceRecord.of(time, Direction.UPSTREAM, uploads.get(i), onu));
        }
        GetAllAlarmsRequest alarms = new GetAllAlarmsRequest(Header.request(300, MessageType.GET_ALL_ALARMS,
                MessageSet.BASELINE, 2, 0), 0);
        records.add(TraceRecord.of(time, Direction.DOWNSTREAM, encoder.encode(alarms), onu));
        records.add(TraceRecord.of(time, Direction.UPSTREAM, encoder.encode(new CountResponse(
                alarms.header().toResponse(), 0)), onu));
        write(trace, records);

        ReplayAdapter replay = new ReplayAdapter(List.of(trace));
        try (OltAgent agent = OltAgent.start(config("brcm"), replay, List.of())) {
            awaitReady(agent, 1);
            Mib ours = agent.onus().bySerial("BRCM12345678").mib().join();
            MibUpload expected = new MibUpload(MeCatalog.standard());
            OmciDecoder decoder = new OmciDecoder();
            uploads.forEach(frame -> expected.accept((MibUploadNextResponse) ((DecodeResult.Decoded) decoder
                    .decode(frame)).message()));
            assertThat(same(ours, expected.build())).isTrue();
            assertThat(ours.size()).isEqualTo(161);
            // the ONU announced the extended set; the trace holds no extended probe, so it is reported unanswered
            assertThat(replay.unanswered()).isNotEmpty()
                    .allSatisfy(request -> assertThat(request).contains("extended get request OnuData(2)"));
        }
    }

    // a trace recorded from the simulated PON

    private record Recording(Path file, Mib finalMib, String serial) {
    }

    private Recording record(FaultPlan faults, boolean misbehave) throws Exception {
        AgentConfig config = config("recorded").withPon(1, 1).withModels(List.of(OnuModel.GPON_1PORT))
                .withFaults(faults);
        SimulatedPon pon = new SimulatedPon(1, 1, config.models(), faults, MeCatalog.standard(), 1);
        OnuAddress address = new OnuAddress(0, 1);
        SimulatedOnu simulated = pon.onu(address);
        if (misbehave) {
            // an attribute G.988 does not define (ONU-G has 13) that the ONU reports all the same
            byte[][] none = new byte[17][];
            simulated.customise(MeKey.of(256, 0), AttributeValues.decoded(0x0004, none, 0x0004, new byte[] {0x55}));
        }
        FrameRecorder recorder = new FrameRecorder(directory.resolve("captures"), 1 << 20, Duration.ofHours(1));
        recorder.start("");
        PonAdapter adapter = new CapturingAdapter(pon, recorder);
        String serial = simulated.serialNumber();
        try (OltAgent agent = OltAgent.start(config, adapter, List.of())) {
            awaitReady(agent, 1);
            agent.provisioner().apply(intent(serial), () -> false).join();
            if (misbehave) {
                // a Set the ONU refuses in part: VendorId is read-only
                Onu onu = agent.onus().bySerial(serial);
                SetResponse refused = (SetResponse) onu.send(new SetRequest(Header.request(0, MessageType.SET,
                        onu.messageSet(), 256, 0), AttributeValues.builder().putString(1, 4, "ABCD")
                        .putUnsigned(7, 1, 1).build()), false).join();
                assertThat(refused.result()).isEqualTo(9);
            }
            pon.alarm(address, MeKey.of(11, 0x0101), 0, true);
            Onu onu = agent.onus().bySerial(serial);
            while (onu.activeAlarms().join().isEmpty()) {
                Thread.sleep(5);
            }
            recorder.flush();
            Mib finalMib = simulated.mib();
            Path file = recorder.file();
            agent.close();
            return new Recording(file, finalMib, serial);
        }
    }

    private static ServiceIntent intent(String serial) {
        return new ServiceIntent(serial, "internet", 1, 1024, 0, 100_000,
                List.of(new ServiceIntent.GemPortIntent(1024, List.of(0, 1, 2, 3, 4, 5, 6, 7), 0)),
                new ServiceIntent.VlanIntent(ServiceIntent.Mode.SINGLE_TAGGED, 100, 0, 0, 0));
    }

    private void replayAndCheck(Recording recording, boolean misbehave) throws Exception {
        ReplayAdapter replay = new ReplayAdapter(List.of(recording.file()));
        try (OltAgent agent = OltAgent.start(config("replayed"), replay, List.of())) {
            awaitReady(agent, 1);
            agent.provisioner().apply(intent(recording.serial()), () -> false).join();
            Onu onu = agent.onus().bySerial(recording.serial());
            if (misbehave) {
                SetResponse refused = (SetResponse) onu.send(new SetRequest(Header.request(0, MessageType.SET,
                        onu.messageSet(), 256, 0), AttributeValues.builder().putString(1, 4, "ABCD")
                        .putUnsigned(7, 1, 1).build()), false).join();
                assertThat(refused.result()).isEqualTo(9);
            }
            long deadline = System.currentTimeMillis() + 5000;
            while (onu.activeAlarms().join().isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            assertThat(onu.activeAlarms().join()).containsOnlyKeys(MeKey.of(11, 0x0101));
            assertThat(misbehave ? sameUpToPadding(onu.mib().join(), recording.finalMib())
                    : same(onu.mib().join(), recording.finalMib()))
                    .as(MibComparison.compare(onu.mib().join(), recording.finalMib()) + " / "
                            + MibComparison.compare(recording.finalMib(), onu.mib().join())).isTrue();
            assertThat(replay.unanswered()).isEmpty();
        }
    }

    @Test
    void aTraceRecordedFromTheSimulatedPonReplaysDiscoveryUploadProvisioningAndAnAlarm() throws Exception {
        Recording recording = record(FaultPlan.NONE, false);
        List<TraceRecord> frames = read(recording.file());
        assertThat(frames).allSatisfy(frame -> assertThat(frame.comment()).endsWith(recording.serial()));
        assertThat(frames).extracting(TraceRecord::direction).contains(Direction.DOWNSTREAM, Direction.UPSTREAM);
        replayAndCheck(recording, false);
    }

    @Test
    void aMisbehavingOnuReplaysLateResponsesAnUnknownAttributeAndAFailedSet() throws Exception {
        Recording recording = record(FaultPlan.latency(5).withLate(0.1, 300), true);
        List<TraceRecord> frames = read(recording.file());
        long requests = frames.stream().filter(f -> f.direction() == Direction.DOWNSTREAM).count();
        long distinct = frames.stream().filter(f -> f.direction() == Direction.DOWNSTREAM)
                .map(f -> HexFormat.of().formatHex(f.frame(), 0, 2)).distinct().count();
        assertThat(requests).as("retransmissions of requests answered late").isGreaterThan(distinct);
        replayAndCheck(recording, true);
        Mib replayed = recording.finalMib();
        assertThat(replayed.get(MeKey.of(256, 0)).unknownMask()).isEqualTo(0x0004);
    }

    @Test
    void serveReplaysATraceAndCapturesWhatItExchanges() throws Exception {
        Recording recording = record(FaultPlan.NONE, false);
        String logging = Path.of(io.omcid.agent.cli.Main.class.getResource("/logback.xml").toURI()).toString();
        Path captures = directory.resolve("serve-captures");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + logging, "-cp", System.getProperty("java.class.path"),
                io.omcid.agent.cli.Main.class.getName(), "serve", "--southbound", "replay", "--trace",
                recording.file().toString(), "--data", directory.resolve("serve-data").toString(), "--grpc-port", "0",
                "--capture", "all", "--capture-dir", captures.toString()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.contains(": ready in ")) {
                    serve.toHandle().destroy();
                }
            }
        } finally {
            serve.destroyForcibly();
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(recording.serial() + ": ready in"));
        List<Path> files;
        try (var list = Files.list(captures)) {
            files = list.toList();
        }
        assertThat(files).singleElement().satisfies(file -> assertThat(read(file)).isNotEmpty());
        // what the replayed daemon exchanged is the start of what the recorded one did
        List<String> differences = new TraceDiff().diff(read(recording.file()), read(files.get(0)));
        assertThat(differences).allSatisfy(line -> assertThat(line).startsWith("- "));
    }

    @Test
    void aTraceDiffShowsWhatChangedByMeaning() throws Exception {
        Recording recording = record(FaultPlan.NONE, false);
        List<TraceRecord> frames = read(recording.file());
        assertThat(new TraceDiff().diff(frames, frames)).isEmpty();

        // the same trace with other TCIs means the same; without its last request and response, one exchange less
        List<TraceRecord> renumbered = new ArrayList<>();
        for (TraceRecord frame : frames) {
            byte[] octets = frame.frame().clone();
            if (octets[0] != 0 || octets[1] != 0) {
                octets[0] ^= 0x10;
            }
            renumbered.add(TraceRecord.of(frame.timestamp(), frame.direction(), octets, frame.comment()));
        }
        assertThat(new TraceDiff().diff(frames, renumbered)).isEmpty();
        List<String> shorter = new TraceDiff().diff(frames, frames.subList(0, frames.size() - 3));
        assertThat(shorter).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("- "));
    }

    @Test
    void captureFilesRotateBySize() throws Exception {
        FrameRecorder recorder = new FrameRecorder(directory.resolve("rotating"), 2000, Duration.ofHours(1));
        recorder.start("");
        byte[] frame = new OmciEncoder(FrameFormat.CRC).encode(new GetRequest(Header.request(1, MessageType.GET,
                MessageSet.BASELINE, 256, 0), 0x8000));
        for (int i = 0; i < 100; i++) {
            recorder.record(new OnuAddress(0, 1), "OMCD00000001", Direction.DOWNSTREAM, frame);
        }
        recorder.flush();
        recorder.close();
        List<Path> files;
        try (var list = Files.list(directory.resolve("rotating"))) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(2);
        long total = 0;
        for (Path file : files) {
            total += read(file).size();
        }
        assertThat(total).isEqualTo(100);
    }

    private static void write(Path file, List<TraceRecord> records) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); TraceWriter writer = TraceWriter.open(out,
                TraceFormat.PCAPNG)) {
            for (TraceRecord record : records) {
                writer.write(record);
            }
        }
    }

    private static List<TraceRecord> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); TraceReader reader = TraceReader.open(in)) {
            return reader.readAll();
        }
    }
}
