package io.omcid.agent.provisioning;

import io.omcid.agent.onu.AgentHarness;
import io.omcid.agent.onu.Onu;
import io.omcid.agent.sim.SimulatedOnu;
import io.omcid.agent.southbound.OnuAddress;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.MessageType;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import io.omcid.mib.MibComparison;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Services applied to simulated ONUs, checked on the ONUs' own MIBs. */
class ProvisioningTest {

    private static final OnuAddress XGS = new OnuAddress(0, 1);

    @TempDir
    Path directory;

    private AgentHarness harness;
    private SimulatedOnu onu;
    private String serial;

    @BeforeEach
    void start() throws Exception {
        harness = AgentHarness.start(AgentHarness.config(directory, 1, 2));
        harness.awaitReady(Duration.ofSeconds(30));
        onu = harness.pon.onu(XGS);
        serial = onu.serialNumber();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private ServiceIntent internet(String name, int port, ServiceIntent.Mode mode) {
        return new ServiceIntent(serial, name, 1, 1024, 10_000, 100_000,
                List.of(new ServiceIntent.GemPortIntent(port, List.of(0, 1, 2, 3), 1),
                        new ServiceIntent.GemPortIntent(port + 1, List.of(4, 5, 6, 7), 0)),
                new ServiceIntent.VlanIntent(mode, 100, 200, 5, 10));
    }

    private Provisioner.Outcome apply(ServiceIntent intent) {
        return harness.agent.provisioner().apply(intent, () -> false).join();
    }

    /** The same MIB but for the sync counter, which every change moves (ONU data attribute 1). */
    private static boolean sameButCounter(Mib one, Mib other) {
        var forth = MibComparison.compare(one, other);
        var back = MibComparison.compare(other, one);
        return forth.missing().isEmpty() && forth.extra().isEmpty() && back.missing().isEmpty()
                && forth.attributes().stream().allMatch(d -> d.key().equals(MeKey.of(2, 0)))
                && back.attributes().stream().allMatch(d -> d.key().equals(MeKey.of(2, 0)));
    }

    private static String hex(AttributeValues values, int index) {
        return HexFormat.of().formatHex(values.bytes(index));
    }

    @Test
    void theOnuHoldsExactlyWhatTheIntentImplies() {
        Mib before = onu.mib();
        Provisioner.Outcome outcome = apply(internet("internet", 1024, ServiceIntent.Mode.SINGLE_TAGGED));
        Mib after = onu.mib();

        var difference = MibComparison.compare(before, after);
        assertThat(difference.missing()).isEmpty();
        assertThat(difference.extra()).containsExactlyInAnyOrder(MeKey.of(45, 0x0801), MeKey.of(47, 0x0801),
                MeKey.of(47, 0x0901), MeKey.of(84, 0x0901), MeKey.of(130, 0x0801), MeKey.of(171, 0x0801),
                MeKey.of(266, 1024), MeKey.of(266, 1025), MeKey.of(268, 1024), MeKey.of(268, 1025),
                MeKey.of(272, 1), MeKey.of(280, 0x0801));
        assertThat(difference.attributes().stream().filter(d -> !d.key().equals(MeKey.of(2, 0))))
                .singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo(MeKey.of(262, 0x8000));
            assertThat(change.onu()).containsExactly(0x04, 0x00);
        });
        assertThat(outcome.commandsSent()).isEqualTo(15);

        AttributeValues descriptor = after.get(MeKey.of(280, 0x0801));
        assertThat(descriptor.unsigned(1)).isEqualTo(10_000 * 125);
        assertThat(descriptor.unsigned(2)).isEqualTo(100_000 * 125);
        AttributeValues gem = after.get(MeKey.of(268, 1024));
        assertThat(gem.unsigned(1)).isEqualTo(1024);
        assertThat(gem.unsigned(2)).as("T-CONT pointer").isEqualTo(0x8000);
        assertThat(gem.unsigned(4)).as("upstream queue of priority 1").isEqualTo(after.keys(277).stream()
                .filter(q -> after.get(q).unsigned(6) == ((0x8000L << 16) | 1)).findFirst().orElseThrow().instance());
        AttributeValues mapper = after.get(MeKey.of(130, 0x0801));
        for (int pbit = 0; pbit < 8; pbit++) {
            assertThat(mapper.unsigned(2 + pbit)).as("p-bit " + pbit).isEqualTo(pbit < 4 ? 1024 : 1025);
        }
        assertThat(after.get(MeKey.of(266, 1025)).unsigned(3)).as("service profile: the mapper").isEqualTo(0x0801);
        assertThat(after.get(MeKey.of(47, 0x0801)).unsigned(4)).as("UNI port points at the PPTP").isEqualTo(0x0101);
        assertThat(after.get(MeKey.of(47, 0x0901)).unsigned(3)).as("ANI port is a mapper").isEqualTo(3);
        assertThat(hex(after.get(MeKey.of(84, 0x0901)), 1)).startsWith("a064");
        // untagged in, C-VLAN 100 with p-bits 5 and TPID 0x8100 added
        assertThat(hex(after.get(MeKey.of(171, 0x0801)), 6)).isEqualTo("f8000000f8000000000f000000050324");
        harness.assertMibsMatchTheOnus();
    }

    @Test
    void applyingTheSameServiceTwiceSendsNothingTheSecondTime() {
        ServiceIntent intent = internet("internet", 1024, ServiceIntent.Mode.DOUBLE_TAGGED);
        assertThat(apply(intent).commandsSent()).isPositive();
        int mds = onu.mds();
        assertThat(apply(intent).commandsSent()).isZero();
        assertThat(onu.mds()).isEqualTo(mds);
    }

    @Test
    void aChangedIntentSendsOnlyTheDifference() {
        apply(internet("internet", 1024, ServiceIntent.Mode.SINGLE_TAGGED));
        ServiceIntent faster = new ServiceIntent(serial, "internet", 1, 1024, 10_000, 200_000,
                internet("x", 1024, ServiceIntent.Mode.SINGLE_TAGGED).gemPorts(),
                new ServiceIntent.VlanIntent(ServiceIntent.Mode.SINGLE_TAGGED, 100, 0, 5, 0));
        assertThat(apply(faster).commandsSent()).as("a Set of the traffic descriptor's peak rate").isEqualTo(1);
        assertThat(onu.mib().get(MeKey.of(280, 0x0801)).unsigned(2)).isEqualTo(200_000 * 125);
        harness.assertMibsMatchTheOnus();
    }

    @Test
    void removalLeavesNoResidue() {
        Mib before = onu.mib();
        apply(internet("internet", 1024, ServiceIntent.Mode.TRANSLATED));
        harness.agent.provisioner().remove(serial, "internet", () -> false).join();
        assertThat(sameButCounter(before, onu.mib())).isTrue();
        assertThat(harness.agent.provisioner().registry().list(serial)).isEmpty();
        harness.assertMibsMatchTheOnus();
    }

    @Test
    void aRefusalAtAnyStepIsUndoneCleanly() {
        Mib before = onu.mib();
        List<Object[]> steps = List.of(new Object[] {280, MessageType.CREATE}, new Object[] {262, MessageType.SET},
                new Object[] {272, MessageType.CREATE}, new Object[] {130, MessageType.CREATE},
                new Object[] {268, MessageType.CREATE}, new Object[] {266, MessageType.CREATE},
                new Object[] {130, MessageType.SET}, new Object[] {45, MessageType.CREATE},
                new Object[] {47, MessageType.CREATE}, new Object[] {84, MessageType.CREATE},
                new Object[] {171, MessageType.CREATE}, new Object[] {171, MessageType.SET});
        for (Object[] step : steps) {
            onu.refuseNext((int) step[0], (MessageType) step[1], 3);
            assertThatThrownBy(() -> apply(internet("internet", 1024, ServiceIntent.Mode.SINGLE_TAGGED)))
                    .isInstanceOf(CompletionException.class).cause().isInstanceOf(ProvisioningException.class)
                    .satisfies(e -> {
                        ProvisioningException refused = (ProvisioningException) e;
                        assertThat(refused.kind()).isEqualTo(ProvisioningException.Kind.REFUSED);
                        assertThat(refused.result()).isEqualTo(3);
                        assertThat(refused.entity().classId()).isEqualTo(step[0]);
                    });
            assertThat(sameButCounter(before, onu.mib())).as("after refusing " + step[0]).isTrue();
            harness.assertMibsMatchTheOnus();
        }
        assertThat(harness.agent.provisioner().registry().list(serial)).isEmpty();
        assertThat(apply(internet("internet", 1024, ServiceIntent.Mode.SINGLE_TAGGED)).commandsSent()).isEqualTo(15);
    }

    @Test
    void badIntentsAreRefusedBeforeAnythingIsSent() {
        Onu daemonOnu = harness.agent.onus().bySerial(serial);
        long requests = daemonOnu.channel().counters().requests();
        ServiceIntent badVlan = new ServiceIntent(serial, "internet", 1, 1024, 0, 1000,
                List.of(new ServiceIntent.GemPortIntent(1024, List.of(0), 0)),
                new ServiceIntent.VlanIntent(ServiceIntent.Mode.SINGLE_TAGGED, 4095, 0, 0, 0));
        assertRefused(badVlan, ProvisioningException.Kind.INVALID, "C-VLAN: 4095 (expected: 1 to 4094)");

        ServiceIntent duplicate = new ServiceIntent(serial, "internet", 1, 1024, 0, 1000,
                List.of(new ServiceIntent.GemPortIntent(1024, List.of(0), 0),
                        new ServiceIntent.GemPortIntent(1024, List.of(1), 0)),
                new ServiceIntent.VlanIntent(ServiceIntent.Mode.UNTAGGED, 0, 0, 0, 0));
        assertRefused(duplicate, ProvisioningException.Kind.INVALID, "GEM port id: 1024 twice");

        ServiceIntent noSuchUni = new ServiceIntent(serial, "internet", 9, 1024, 0, 1000,
                List.of(new ServiceIntent.GemPortIntent(1024, List.of(0), 0)),
                new ServiceIntent.VlanIntent(ServiceIntent.Mode.UNTAGGED, 0, 0, 0, 0));
        assertRefused(noSuchUni, ProvisioningException.Kind.INVALID, "uni: 9 (expected: 1 to 4 on ONU");

        apply(internet("internet", 1024, ServiceIntent.Mode.SINGLE_TAGGED));
        long afterFirst = daemonOnu.channel().counters().requests();
        assertRefused(internet("video", 1025, ServiceIntent.Mode.SINGLE_TAGGED), ProvisioningException.Kind.INVALID,
                "GEM port id: 1025 used by service internet");
        assertThat(daemonOnu.channel().counters().requests()).isEqualTo(afterFirst);

        ServiceIntent unknownOnu = new ServiceIntent("NONE00000000", "internet", 1, 1024, 0, 1000,
                List.of(new ServiceIntent.GemPortIntent(1024, List.of(0), 0)),
                new ServiceIntent.VlanIntent(ServiceIntent.Mode.UNTAGGED, 0, 0, 0, 0));
        assertRefused(unknownOnu, ProvisioningException.Kind.NOT_FOUND, "ONU NONE00000000: unknown");
        assertThat(requests).isLessThan(afterFirst);
    }

    private void assertRefused(ServiceIntent intent, ProvisioningException.Kind kind, String message) {
        assertThatThrownBy(() -> apply(intent)).cause().isInstanceOf(ProvisioningException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ProvisioningException) e).kind()).isEqualTo(kind));
    }

    @Test
    void servicesSurviveADaemonRestart() throws Exception {
        apply(internet("internet", 1024, ServiceIntent.Mode.SINGLE_TAGGED));
        harness.agent.store().flush();
        harness.close();
        harness = AgentHarness.start(AgentHarness.config(directory, 1, 2));
        harness.awaitReady(Duration.ofSeconds(30));
        assertThat(harness.agent.provisioner().registry().list(serial)).singleElement()
                .satisfies(entry -> assertThat(entry.intent()).isEqualTo(internet("internet", 1024,
                        ServiceIntent.Mode.SINGLE_TAGGED)));
    }
}
