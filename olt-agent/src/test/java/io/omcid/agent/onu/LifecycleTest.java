package io.omcid.agent.onu;

import io.omcid.agent.channel.ChannelSettings;
import io.omcid.agent.sim.FaultPlan;
import io.omcid.agent.southbound.OnuAddress;
import io.omcid.codec.message.AttributeValues;
import io.omcid.mib.MeKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daemon against the simulated PON, end to end. After each scenario every ONU is ready and the daemon's MIB of
 * it equals the simulated ONU's own MIB.
 */
class LifecycleTest {

    @TempDir
    Path directory;

    @Test
    void aCleanStartBringsEveryOnuToReady() throws Exception {
        try (AgentHarness harness = AgentHarness.start(AgentHarness.config(directory, 2, 8))) {
            harness.awaitReady(Duration.ofSeconds(30));
            harness.assertMibsMatchTheOnus();
            Onu xgs = harness.agent.onus().byAddress(new OnuAddress(0, 1));
            assertThat(xgs.messageSet().name()).isEqualTo("EXTENDED");
            Onu gpon = harness.agent.onus().byAddress(new OnuAddress(0, 2));
            assertThat(gpon.messageSet().name()).isEqualTo("BASELINE");
        }
    }

    @Test
    void tenPercentLostFramesAreRetried() throws Exception {
        var config = AgentHarness.config(directory, 1, 8)
                .withFaults(FaultPlan.NONE.withLoss(0.05))
                .withChannel(new ChannelSettings(Duration.ofMillis(100), 5));
        try (AgentHarness harness = AgentHarness.start(config)) {
            harness.awaitReady(Duration.ofSeconds(60));
            harness.assertMibsMatchTheOnus();
            long retries = harness.agent.onus().all().stream().mapToLong(onu -> onu.channel().counters().retries())
                    .sum();
            assertThat(retries).isPositive();
        }
    }

    @Test
    void duplicatedResponsesAreCountedAndDropped() throws Exception {
        var config = AgentHarness.config(directory, 1, 4).withFaults(FaultPlan.NONE.withDuplicates(0.3));
        try (AgentHarness harness = AgentHarness.start(config)) {
            harness.awaitReady(Duration.ofSeconds(30));
            harness.assertMibsMatchTheOnus();
            Thread.sleep(100);
            long duplicates = harness.agent.onus().all().stream()
                    .mapToLong(onu -> onu.channel().counters().duplicates()).sum();
            assertThat(duplicates).isPositive();
        }
    }

    @Test
    void responsesNearTheTimeoutAndLateOnesStillEndReady() throws Exception {
        var config = AgentHarness.config(directory, 1, 4)
                .withFaults(FaultPlan.latency(60).withLate(0.05, 100))
                .withChannel(new ChannelSettings(Duration.ofMillis(100), 3));
        try (AgentHarness harness = AgentHarness.start(config)) {
            harness.awaitReady(Duration.ofSeconds(60));
            harness.assertMibsMatchTheOnus();
            long late = harness.agent.onus().all().stream().mapToLong(onu -> onu.channel().counters().late()
                    + onu.channel().counters().duplicates()).sum();
            assertThat(late).isPositive();
        }
    }

    @Test
    void corruptedFramesAreDroppedAndRetried() throws Exception {
        var config = AgentHarness.config(directory, 1, 4)
                .withFaults(FaultPlan.NONE.withCorruption(0.05))
                .withChannel(new ChannelSettings(Duration.ofMillis(100), 5));
        try (AgentHarness harness = AgentHarness.start(config)) {
            harness.awaitReady(Duration.ofSeconds(60));
            harness.assertMibsMatchTheOnus();
            long malformed = harness.agent.onus().all().stream()
                    .mapToLong(onu -> onu.channel().counters().malformed()).sum();
            assertThat(malformed).isPositive();
        }
    }

    @Test
    void anOnuRebootingDuringItsMibUploadEndsReady() throws Exception {
        var config = AgentHarness.config(directory, 1, 2).withFaults(FaultPlan.latency(5)
                .withRebootKeepingMib(false));
        try (AgentHarness harness = AgentHarness.start(config)) {
            OnuAddress address = new OnuAddress(0, 2);
            Onu onu = null;
            while (onu == null || onu.state() != OnuState.UPLOADING) {
                onu = harness.agent.onus().byAddress(address);
                Thread.sleep(1);
            }
            Thread.sleep(30);
            harness.pon.reboot(address, 50);
            harness.awaitReady(Duration.ofSeconds(30));
            harness.assertMibsMatchTheOnus();
        }
    }

    @Test
    void aRestartedDaemonAuditsInsteadOfUploading() throws Exception {
        var config = AgentHarness.config(directory, 1, 8);
        try (AgentHarness first = AgentHarness.start(config)) {
            first.awaitReady(Duration.ofSeconds(30));
            Onu onu = first.agent.onus().byAddress(new OnuAddress(0, 3));
            onu.send(new io.omcid.codec.message.SetRequest(io.omcid.codec.message.Header.request(0,
                    io.omcid.codec.message.MessageType.SET, onu.messageSet(), 256, 0),
                    AttributeValues.builder().putUnsigned(7, 1, 1).build()), false).join();
            first.agent.store().flush();
        }

        try (AgentHarness second = AgentHarness.start(config)) {
            // the simulated ONUs of a new PON start fresh: their counters are 0, as after a MIB reset
            second.awaitReady(Duration.ofSeconds(30));
            second.assertMibsMatchTheOnus();
            long uploads = second.agent.onus().all().stream().filter(onu -> onu.lastUpload() != null).count();
            assertThat(uploads).as("ONUs uploaded again").isEqualTo(1);
        }
    }

    @Test
    void attributeValueChangesAndAlarmsReachTheMib() throws Exception {
        try (AgentHarness harness = AgentHarness.start(AgentHarness.config(directory, 1, 2))) {
            harness.awaitReady(Duration.ofSeconds(30));
            OnuAddress address = new OnuAddress(0, 1);
            harness.pon.attributeValueChange(address, MeKey.of(11, 0x0101),
                    AttributeValues.builder().putUnsigned(6, 1, 1).build());
            harness.pon.alarm(address, MeKey.of(11, 0x0101), 0, true);
            Onu onu = harness.agent.onus().byAddress(address);
            long deadline = System.currentTimeMillis() + 5000;
            while (onu.activeAlarms().join().isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(onu.activeAlarms().join()).containsOnlyKeys(MeKey.of(11, 0x0101));
            assertThat(onu.mib().join().get(MeKey.of(11, 0x0101)).unsigned(6)).isEqualTo(1);
            assertThat(harness.agent.alarmHistory().since(0, 10)).singleElement()
                    .satisfies(event -> assertThat(event.raised()).isTrue());
            harness.assertMibsMatchTheOnus();
        }
    }
}
