package io.omcid.agent.southbound.openolt;

import io.omcid.agent.OltAgent;
import io.omcid.agent.channel.ChannelSettings;
import io.omcid.agent.config.AgentConfig;
import io.omcid.agent.onu.Onu;
import io.omcid.agent.onu.OnuState;
import io.omcid.agent.provisioning.ServiceIntent;
import io.omcid.agent.sim.SimulatedOnu;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import io.omcid.mib.MibComparison;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The daemon on the openolt southbound, against an in-process openolt agent hosting simulated ONUs. */
class OpenoltTest {

    @TempDir
    Path directory;

    private final FakeOpenolt olt = new FakeOpenolt(2, 3);
    private OltAgent agent;
    private int port;

    private OltAgent start(Set<String> allowList) throws Exception {
        AgentConfig config = AgentConfig.defaults().withDataDirectory(directory)
                .withAudit(Duration.ZERO, Duration.ofMillis(200))
                .withChannel(new ChannelSettings(Duration.ofMillis(500), 2));
        agent = OltAgent.start(config, new OpenoltAdapter("127.0.0.1", port, allowList), List.of());
        return agent;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (agent != null) {
            agent.close();
        }
        olt.stop();
    }

    private void awaitReady(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            long ready = agent.onus().all().stream().filter(onu -> onu.state() == OnuState.READY).count();
            if (ready == count && agent.onus().all().size() == count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not ready: " + agent.onus().onus().stream().map(o -> o + "=" + o.state()).toList());
    }

    private void assertMibsMatch() {
        for (Onu onu : agent.onus().all()) {
            SimulatedOnu simulated = olt.onu(onu.serialNumber());
            Mib own = simulated.mib();
            Mib ours = onu.mib().join();
            assertThat(MibComparison.compare(ours, own).isEmpty()).as(onu.toString()).isTrue();
            assertThat(MibComparison.compare(own, ours).isEmpty()).as(onu.toString()).isTrue();
            assertThat(ours.mds()).isEqualTo(own.mds());
        }
    }

    @Test
    void discoversActivatesSynchronisesAndSpeaksTheAgentsQuirks() throws Exception {
        port = olt.start(0);
        start(Set.of());
        awaitReady(6);
        assertMibsMatch();
        assertThat(olt.violations).isEmpty();
        assertThat(olt.receivedLengths).contains(44);
        assertThat(agent.onus().onus()).extracting(onu -> onu.address().ponPort()).containsOnly(0, 1);
    }

    @Test
    void serveRunsOnTheOpenoltSouthbound() throws Exception {
        port = olt.start(0);
        String logging = Path.of(io.omcid.agent.cli.Main.class.getResource("/logback.xml").toURI()).toString();
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + logging, "-cp", System.getProperty("java.class.path"),
                io.omcid.agent.cli.Main.class.getName(), "serve", "--southbound", "openolt", "--openolt-address",
                "127.0.0.1:" + port, "--data", directory.resolve("data").toString(), "--grpc-port", "0")
                .redirectErrorStream(true).start();
        List<String> ready = new java.util.ArrayList<>();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains(": ready in ")) {
                    ready.add(line);
                    if (ready.size() == 6) {
                        serve.toHandle().destroy();
                    }
                }
            }
        } finally {
            serve.destroyForcibly();
        }
        assertThat(ready).hasSize(6).allSatisfy(line -> assertThat(line).contains("MIB upload"));
        assertThat(olt.violations).isEmpty();
    }

    @Test
    void onlyOnusOfTheAllowListAreActivated() throws Exception {
        port = olt.start(0);
        String allowed = olt.onus().get(0).serialNumber();
        start(Set.of(allowed));
        awaitReady(1);
        Thread.sleep(200);
        assertThat(agent.onus().all()).extracting(Onu::serialNumber).containsExactly(allowed);
    }

    @Test
    void provisionsThroughTheAgent() throws Exception {
        port = olt.start(0);
        start(Set.of());
        awaitReady(6);
        Onu onu = agent.onus().onus().stream().filter(o -> o.serialNumber().startsWith("OMCD")).findFirst()
                .orElseThrow();
        agent.provisioner().apply(new ServiceIntent(onu.serialNumber(), "internet", 1, 1024, 0, 100_000,
                List.of(new ServiceIntent.GemPortIntent(1024, List.of(0, 1, 2, 3, 4, 5, 6, 7), 0)),
                new ServiceIntent.VlanIntent(ServiceIntent.Mode.SINGLE_TAGGED, 100, 0, 0, 0)), () -> false).join();
        assertThat(olt.onu(onu.serialNumber()).mib().contains(MeKey.of(268, 1024))).isTrue();
        assertMibsMatch();
        assertThat(olt.violations).isEmpty();
    }

    @Test
    void aBrokenStreamInTheMiddleOfSynchronisationEndsReady() throws Exception {
        port = olt.start(0);
        start(Set.of());
        while (agent.onus().all().stream().noneMatch(onu -> onu.state() == OnuState.UPLOADING)) {
            Thread.sleep(1);
        }
        olt.breakStream();
        awaitReady(6);
        assertMibsMatch();
    }

    @Test
    void anAgentRestartBringsOnusBackByAuditWithoutProvisioningAgain() throws Exception {
        port = olt.start(0);
        start(Set.of());
        awaitReady(6);
        Onu first = agent.onus().onus().stream().filter(o -> o.serialNumber().startsWith("OMCD")).findFirst()
                .orElseThrow();
        ServiceIntent internet = new ServiceIntent(first.serialNumber(), "internet", 1, 1024, 0, 100_000,
                List.of(new ServiceIntent.GemPortIntent(1024, List.of(0, 1, 2, 3, 4, 5, 6, 7), 0)),
                new ServiceIntent.VlanIntent(ServiceIntent.Mode.SINGLE_TAGGED, 100, 0, 0, 0));
        agent.provisioner().apply(internet, () -> false).join();
        Map<String, Instant> uploads = new HashMap<>();
        agent.onus().all().forEach(onu -> uploads.put(onu.serialNumber(), onu.lastUpload()));

        olt.stop();
        Thread.sleep(300);
        assertThat(agent.onus().all()).allSatisfy(onu -> assertThat(onu.state()).isEqualTo(OnuState.LOST));
        olt.start(port);

        awaitReady(6);
        assertMibsMatch();
        agent.onus().all().forEach(onu -> assertThat(onu.lastUpload()).as("uploaded again: " + onu)
                .isEqualTo(uploads.get(onu.serialNumber())));
        assertThat(agent.provisioner().apply(internet, () -> false).join().commandsSent()).isZero();
    }
}
