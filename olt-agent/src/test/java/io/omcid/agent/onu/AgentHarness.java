package io.omcid.agent.onu;

import io.omcid.agent.OltAgent;
import io.omcid.agent.config.AgentConfig;
import io.omcid.agent.sim.FaultPlan;
import io.omcid.agent.sim.SimulatedOnu;
import io.omcid.agent.sim.SimulatedPon;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.mib.Mib;
import io.omcid.mib.MibComparison;
import io.omcid.mib.MibDifference;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A daemon on a simulated PON, with an H2 file in a test folder. */
public final class AgentHarness implements AutoCloseable {

    public final AgentConfig config;
    public final SimulatedPon pon;
    public final OltAgent agent;

    private AgentHarness(AgentConfig config, SimulatedPon pon, OltAgent agent) {
        this.config = config;
        this.pon = pon;
        this.agent = agent;
    }

    public static AgentConfig config(Path directory, int ports, int onus) {
        return AgentConfig.defaults().withDataDirectory(directory).withPon(ports, onus)
                .withAudit(Duration.ZERO, Duration.ofMillis(200));
    }

    public static AgentHarness start(AgentConfig config, List<OnuListener> listeners) throws Exception {
        SimulatedPon pon = new SimulatedPon(config.ponPorts(), config.onusPerPort(), config.models(), config.faults(),
                MeCatalog.standard(), 2);
        return new AgentHarness(config, pon, OltAgent.start(config, pon, listeners));
    }

    public static AgentHarness start(AgentConfig config) throws Exception {
        return start(config, List.of());
    }

    /** Waits until every simulated ONU is ready in the daemon. */
    public void awaitReady(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int expected = config.ponPorts() * config.onusPerPort();
        while (System.nanoTime() < deadline) {
            long ready = agent.onus().all().stream().filter(onu -> onu.state() == OnuState.READY).count();
            if (ready == expected) {
                return;
            }
            Thread.sleep(20);
        }
        String states = agent.onus().onus().stream().map(onu -> onu + "=" + onu.state())
                .collect(Collectors.joining(", "));
        throw new AssertionError("ONUs not all ready within " + within + ": " + states);
    }

    /** Every ONU's MIB in the daemon equals the simulated ONU's own, counter included. */
    public void assertMibsMatchTheOnus() {
        List<String> problems = new ArrayList<>();
        for (SimulatedOnu simulated : pon.onus()) {
            Onu onu = agent.onus().bySerial(simulated.serialNumber());
            if (onu == null) {
                problems.add(simulated + ": unknown to the daemon");
                continue;
            }
            Mib olt = onu.mib().join();
            Mib own = simulated.mib();
            MibDifference difference = MibComparison.compare(olt, own);
            MibDifference reverse = MibComparison.compare(own, olt);
            if (!difference.isEmpty() || !reverse.isEmpty() || olt.mds() != own.mds()) {
                problems.add(simulated + ": " + difference + " / " + reverse + " mds " + olt.mds() + " vs "
                        + own.mds());
            }
        }
        assertThat(problems).isEmpty();
    }

    public FaultPlan faults() {
        return config.faults();
    }

    @Override
    public void close() {
        agent.close();
    }
}
