package io.omcid.agent.cli;

import io.omcid.agent.api.ApiContext;
import io.omcid.agent.api.ApiServer;
import io.omcid.agent.api.EventHub;
import io.omcid.agent.onu.AgentHarness;
import io.omcid.codec.catalog.MeCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator commands as an operator types them, against a daemon on a real port. */
class ClientCommandsTest {

    @TempDir
    Path directory;

    private AgentHarness harness;
    private ApiServer server;
    private String target;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void start() throws Exception {
        EventHub events = new EventHub();
        harness = AgentHarness.start(AgentHarness.config(directory, 1, 2), List.of(events));
        harness.awaitReady(Duration.ofSeconds(30));
        server = new ApiServer(new ApiContext(harness.agent, MeCatalog.standard(), events, harness.pon), "127.0.0.1",
                0, null);
        target = "127.0.0.1:" + server.port();
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        server.close();
        harness.close();
    }

    private String run(String... args) {
        out.reset();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--target";
        all[args.length + 1] = target;
        assertThat(Main.run(all)).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onusManagedEntitiesServicesAndAlarms() throws Exception {
        assertThat(run("onu", "list")).contains("OMCD00000001", "OMCG00000002", "ready", "extended", "baseline");
        assertThat(run("onu", "show", "OMCD00000001", "--json")).contains("\"equipmentId\":\"XGS-4GE-SIM\"");
        assertThat(run("me", "get", "OMCD00000001", "256", "0", "1", "7")).contains("VendorId", "OMCD");
        assertThat(run("me", "set", "OMCD00000001", "256", "0", "7=1")).contains("set: success (0)");

        Path spec = directory.resolve("internet.yaml");
        Files.writeString(spec, """
                serialNumber: OMCD00000001
                name: internet
                uni: 2
                upstream: {allocId: 1100, pirKbps: 50000}
                gemPorts:
                  - {portId: 1100, pbits: [0, 1, 2, 3, 4, 5, 6, 7], queue: 2}
                vlan: {mode: DOUBLE_TAGGED, cVlan: 10, sVlan: 300, pbits: 3}
                """);
        assertThat(run("service", "apply", "--file", spec.toString())).contains("internet", "applied", "13");
        assertThat(run("service", "list", "OMCD00000001", "--json")).contains("\"sVlan\":300");
        assertThat(run("me", "mib", "OMCD00000001", "--class", "268")).contains("1100 (0x044c)");
        assertThat(run("service", "remove", "OMCD00000001", "internet")).contains("removed");

        assertThat(run("alarms", "sim-alarm", "OMCG00000002", "11", "257", "0")).contains("raised");
        assertThat(run("alarms", "watch", "--count", "1", "--json")).contains("\"serialNumber\":\"OMCG00000002\"",
                "\"raised\":true");
        assertThat(run("alarms", "list")).contains("OMCG00000002", "PhysicalPathTerminationPointEthernetUni");
        harness.assertMibsMatchTheOnus();
    }

    @Test
    void aRefusedCallPrintsItsStatusAndExitsNonZero() {
        int exit = Main.run("me", "set", "OMCD00000001", "256", "0", "1=s:ABCD", "--target", target);
        assertThat(exit).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: INVALID_ARGUMENT",
                "attribute 1 (VendorId) of OnuG: read-only");
    }
}
