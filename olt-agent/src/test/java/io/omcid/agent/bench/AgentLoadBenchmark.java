package io.omcid.agent.bench;

import io.omcid.agent.OltAgent;
import io.omcid.agent.config.AgentConfig;
import io.omcid.agent.onu.Onu;
import io.omcid.agent.onu.OnuState;
import io.omcid.agent.sim.FaultPlan;
import io.omcid.agent.sim.SimulatedPon;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageType;
import io.omcid.mib.model.OnuModel;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The olt-agent load benchmark: the daemon and the simulated PON on the same machine, with a real H2 file.
 *
 * <ul>
 *   <li>{@code latency}: 256 ONUs answering after 5 ms, discovery to ready, against the ideal where every ONU
 *   runs in parallel and only its own chain of round trips counts;</li>
 *   <li>{@code scale}: 16 x 256 = 4,096 ONUs answering after 1 ms, discovery to ready, timeouts and heap;</li>
 *   <li>{@code transactions}: zero-latency ONUs, every ready ONU sending Gets back to back, transactions per
 *   second.</li>
 * </ul>
 */
public final class AgentLoadBenchmark {

    private AgentLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        if (mode.equals("latency") || mode.equals("all")) {
            latency();
        }
        if (mode.equals("scale") || mode.equals("all")) {
            scale();
        }
        if (mode.equals("transactions") || mode.equals("all")) {
            transactions();
        }
    }

    private static AgentConfig config(int ports, int onus, long latency, List<OnuModel> models) throws Exception {
        Path data = Files.createTempDirectory("omcid-load");
        return AgentConfig.defaults().withDataDirectory(data).withPon(ports, onus).withModels(models)
                .withFaults(latency == 0 ? FaultPlan.NONE : FaultPlan.latency(latency))
                .withAudit(Duration.ZERO, Duration.ofSeconds(5));
    }

    private static OltAgent start(AgentConfig config, SimulatedPon pon) throws Exception {
        return OltAgent.start(config, pon, List.of());
    }

    private static SimulatedPon pon(AgentConfig config) {
        return new SimulatedPon(config.ponPorts(), config.onusPerPort(), config.models(), config.faults(),
                MeCatalog.standard(), 2);
    }

    private static long awaitReady(OltAgent agent, int expected, Duration within) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < within.toNanos()) {
            Collection<Onu> onus = agent.onus().all();
            if (onus.size() == expected && onus.stream().allMatch(onu -> onu.state() == OnuState.READY)) {
                return System.nanoTime() - start;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("ONUs not ready within " + within);
    }

    /** From the first discovery to the last ONU ready. */
    private static long discoveryToReady(OltAgent agent) {
        long first = agent.onus().all().stream().mapToLong(Onu::discoveredNanos).min().orElseThrow();
        long last = agent.onus().all().stream().mapToLong(Onu::readyNanos).max().orElseThrow();
        return last - first;
    }

    private static void latency() throws Exception {
        for (int run = 0; run < 3; run++) {
            latency(OnuModel.XGS_4PORT, run == 0);
            latency(OnuModel.GPON_1PORT, run == 0);
        }
    }

    private static void latency(OnuModel model, boolean warmUp) throws Exception {
        {
            AgentConfig config = config(1, 256, 5, List.of(model));
            SimulatedPon pon = pon(config);
            try (OltAgent agent = start(config, pon)) {
                awaitReady(agent, 256, Duration.ofMinutes(5));
                if (warmUp) {
                    return;
                }
                long wall = discoveryToReady(agent);
                long chain = agent.onus().all().stream().mapToLong(onu -> onu.channel().counters().requests()).max()
                        .orElseThrow();
                double ideal = chain * 5.0;
                long[] own = agent.onus().all().stream().mapToLong(onu -> onu.readyNanos() - onu.discoveredNanos())
                        .sorted().toArray();
                long firstSeen = agent.onus().all().stream().mapToLong(Onu::discoveredNanos).min().orElseThrow();
                long lastSeen = agent.onus().all().stream().mapToLong(Onu::discoveredNanos).max().orElseThrow();
                System.out.printf("  each ONU's own time: min %.0f ms, median %.0f ms, max %.0f ms; discoveries "
                        + "spread over %.0f ms%n", own[0] / 1e6, own[own.length / 2] / 1e6, own[own.length - 1] / 1e6,
                        (lastSeen - firstSeen) / 1e6);
                System.out.printf("latency, 256 %s ONUs at 5 ms: %.0f ms to ready, longest chain %d round trips, "
                        + "ideal %.0f ms, ratio %.2f%n", model.equipmentId(), wall / 1e6, chain, ideal,
                        wall / 1e6 / ideal);
            }
        }
    }

    private static void scale() throws Exception {
        AgentConfig config = config(16, 256, 1, List.of(OnuModel.XGS_4PORT, OnuModel.GPON_1PORT));
        SimulatedPon pon = pon(config);
        try (OltAgent agent = start(config, pon)) {
            awaitReady(agent, 4096, Duration.ofMinutes(10));
            long wall = discoveryToReady(agent);
            long timeouts = agent.onus().all().stream().mapToLong(onu -> onu.channel().counters().timeouts()).sum();
            long requests = agent.onus().all().stream().mapToLong(onu -> onu.channel().counters().requests()).sum();
            agent.store().flush();
            long heap = usedHeap();
            System.out.printf("scale, 16 x 256 ONUs at 1 ms: %.2f s to ready, %d transactions, %d timeouts, "
                    + "heap after collection %d MiB (daemon and simulator together)%n", wall / 1e9, requests,
                    timeouts, heap >> 20);
        }
    }

    private static void transactions() throws Exception {
        AgentConfig config = config(4, 256, 0, List.of(OnuModel.XGS_4PORT, OnuModel.GPON_1PORT));
        SimulatedPon pon = pon(config);
        try (OltAgent agent = start(config, pon)) {
            awaitReady(agent, 1024, Duration.ofMinutes(5));
            for (int round = 0; round < 3; round++) {
                AtomicLong done = new AtomicLong();
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                List<CompletableFuture<Void>> loops = agent.onus().all().stream()
                        .map(onu -> loop(onu, deadline, done)).toList();
                long start = System.nanoTime();
                CompletableFuture.allOf(loops.toArray(new CompletableFuture[0])).join();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("transactions, 1024 zero-latency ONUs, one outstanding each: %.0f per second%n",
                        done.get() / seconds);
            }
        }
    }

    private static CompletableFuture<Void> loop(Onu onu, long deadline, AtomicLong done) {
        if (System.nanoTime() >= deadline) {
            return CompletableFuture.completedFuture(null);
        }
        GetRequest get = new GetRequest(Header.request(0, MessageType.GET, onu.messageSet(), 256, 0), 0x0200);
        return onu.channel().request(get, false).thenCompose(response -> {
            done.incrementAndGet();
            return loop(onu, deadline, done);
        });
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
