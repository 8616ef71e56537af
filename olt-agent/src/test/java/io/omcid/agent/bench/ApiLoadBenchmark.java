package io.omcid.agent.bench;

import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.omcid.agent.OltAgent;
import io.omcid.agent.api.ApiContext;
import io.omcid.agent.api.ApiServer;
import io.omcid.agent.api.EventHub;
import io.omcid.agent.config.AgentConfig;
import io.omcid.agent.onu.Onu;
import io.omcid.agent.onu.OnuState;
import io.omcid.agent.sim.FaultPlan;
import io.omcid.agent.sim.SimulatedPon;
import io.omcid.api.v1.AlarmEvent;
import io.omcid.api.v1.AlarmServiceGrpc;
import io.omcid.api.v1.GemPort;
import io.omcid.api.v1.OnuRef;
import io.omcid.api.v1.OnuServiceGrpc;
import io.omcid.api.v1.ProvisioningServiceGrpc;
import io.omcid.api.v1.ServiceRef;
import io.omcid.api.v1.ServiceSpec;
import io.omcid.api.v1.ServiceStatus;
import io.omcid.api.v1.Upstream;
import io.omcid.api.v1.VlanTreatment;
import io.omcid.api.v1.WatchAlarmsRequest;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.mib.MeKey;
import io.omcid.mib.model.OnuModel;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The API load benchmark, daemon, simulated PON (zero-latency ONUs) and clients in one JVM over loopback:
 * provisioning RPCs at 1,000 per second, alarm delivery at 1,000 alarms per second, and read-only RPCs against
 * the health check as a bare echo service.
 */
public final class ApiLoadBenchmark {

    private static final int MAX_WARM_UP_ROUNDS = Integer.getInteger("warmUpRounds", 20);
    /** A warm-up round (about 6 s) in which the JIT compilers work less than this leaves the JIT quiet enough. */
    private static final long QUIET_JIT_MILLIS = 150;
    private static final Duration SLICE = Duration.ofMillis(500);
    private static final int MEASURED_ROUNDS = Integer.getInteger("measuredRounds", 5);

    private ApiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        wakeUps();
        AgentConfig config = AgentConfig.defaults().withDataDirectory(Files.createTempDirectory("omcid-api"))
                .withPon(4, 256).withModels(List.of(OnuModel.XGS_4PORT)).withFaults(FaultPlan.NONE)
                .withAudit(Duration.ZERO, Duration.ofSeconds(5));
        SimulatedPon pon = new SimulatedPon(4, 256, config.models(), config.faults(), MeCatalog.standard(), 1);
        EventHub events = new EventHub();
        try (OltAgent agent = OltAgent.start(config, pon, List.of(events));
             ApiServer server = new ApiServer(new ApiContext(agent, MeCatalog.standard(), events, pon), "127.0.0.1",
                     0, null)) {
            while (agent.onus().all().size() < 1024
                    || !agent.onus().all().stream().allMatch(onu -> onu.state() == OnuState.READY)) {
                Thread.sleep(50);
            }
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
            List<Onu> onus = agent.onus().onus();
            // the first service of each ONU sets up its bridge; then apply and remove cycles until the JIT is quiet
            provisioning(channel, onus, "warm-up", 0, 1, true);
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
                long compiling = jit.getTotalCompilationTime();
                provisioning(channel, onus, "warm-up", 1, 4, true);
                provisioning(channel, onus, "warm-up removal", 1, 4, false);
                compiling = jit.getTotalCompilationTime() - compiling;
                System.out.printf("warm-up round %d: %d ms compiling%n", round, compiling);
                if (compiling < QUIET_JIT_MILLIS) {
                    break;
                }
            }
            // measured: apply and remove rounds, every call counted, so that a stall of a few milliseconds shows in
            // the p99 as often as it happens and not by the luck of one short window
            List<Sample> measured = new ArrayList<>();
            for (int round = 1; round <= MEASURED_ROUNDS; round++) {
                measured.add(provisioning(channel, onus, "measured", 1, 4, true));
                measured.add(provisioning(channel, onus, "measured", 1, 4, false));
            }
            Sample all = Sample.of(measured);
            System.out.printf("provisioning (measured, %d rounds): %d ApplyService and RemoveService calls at 1,000/s, "
                    + "%d failed; latency p50 %.2f ms p99 %.2f ms; beyond the OMCI round trips p50 %.2f ms p99 %.2f "
                    + "ms%n", MEASURED_ROUNDS, all.latency.length, all.failures, percentile(all.latency, 50),
                    percentile(all.latency, 99), percentile(all.overhead, 50), percentile(all.overhead, 99));
            alarms(channel, pon, onus);
            readOnly(channel, onus);
            channel.shutdownNow();
        }
    }

    /** The calls of one run: latency and latency beyond the OMCI round trips, in nanoseconds. */
    private record Sample(long[] latency, long[] overhead, int failures) {

        static Sample of(List<Sample> samples) {
            long[] latency = samples.stream().flatMapToLong(sample -> Arrays.stream(sample.latency)).toArray();
            long[] overhead = samples.stream().flatMapToLong(sample -> Arrays.stream(sample.overhead)).toArray();
            return new Sample(latency, overhead, samples.stream().mapToInt(Sample::failures).sum());
        }
    }

    private static Sample provisioning(ManagedChannel channel, List<Onu> onus, String label, int firstService,
                                       int services, boolean apply) throws Exception {
        ProvisioningServiceGrpc.ProvisioningServiceStub stub = ProvisioningServiceGrpc.newStub(channel);
        int calls = onus.size() * (services - firstService);
        long[] overhead = new long[calls];
        long[] latency = new long[calls];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(calls);
        long start = System.nanoTime();
        int call = 0;
        for (int service = firstService; service < services; service++) {
            for (Onu onu : onus) {
                // open loop: call i leaves at i milliseconds, 1,000 per second
                pace(start + call * 1_000_000L);
                int index = call++;
                long sent = System.nanoTime();
                StreamObserver<ServiceStatus> observer = new StreamObserver<>() {
                    @Override
                    public void onNext(ServiceStatus status) {
                        long took = System.nanoTime() - sent;
                        latency[index] = took;
                        overhead[index] = took - status.getOmciNanos();
                    }

                    @Override
                    public void onError(Throwable t) {
                        failures.incrementAndGet();
                        done.countDown();
                    }

                    @Override
                    public void onCompleted() {
                        done.countDown();
                    }
                };
                if (apply) {
                    stub.applyService(spec(onu.serialNumber(), service), observer);
                } else {
                    stub.removeService(ServiceRef.newBuilder().setSerialNumber(onu.serialNumber())
                            .setName("svc" + service).build(), observer);
                }
            }
        }
        done.await(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("provisioning (%s): %d %s calls in %.2f s (%.0f/s), %d failed; latency p50 %.2f "
                + "ms p99 %.2f ms; beyond the OMCI round trips p50 %.2f ms p99 %.2f ms%n", label, calls,
                apply ? "ApplyService" : "RemoveService", seconds,
                calls / seconds, failures.get(), percentile(latency, 50), percentile(latency, 99),
                percentile(overhead, 50), percentile(overhead, 99));
        return new Sample(latency, overhead, failures.get());
    }

    private static ServiceSpec spec(String serial, int service) {
        return ServiceSpec.newBuilder().setSerialNumber(serial).setName("svc" + service).setUni(1 + service % 4)
                .setUpstream(Upstream.newBuilder().setAllocId(1024 + service).setPirKbps(100_000))
                .addGemPorts(GemPort.newBuilder().setPortId(1024 + service).addPbits(0).addPbits(1).setQueue(0))
                .setVlan(VlanTreatment.newBuilder().setMode(VlanTreatment.Mode.SINGLE_TAGGED).setCVlan(100 + service))
                .build();
    }

    private static void alarms(ManagedChannel channel, SimulatedPon pon, List<Onu> onus) throws Exception {
        int count = 5000;
        AtomicLongArray sent = new AtomicLongArray(count);
        long[] delay = new long[count];
        AtomicInteger received = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        AlarmServiceGrpc.newStub(channel).watchAlarms(WatchAlarmsRequest.getDefaultInstance(), new StreamObserver<>() {
            @Override
            public void onNext(AlarmEvent event) {
                int index = received.getAndIncrement();
                if (index < count) {
                    delay[index] = System.nanoTime() - sent.get(index);
                }
                if (index + 1 == count) {
                    done.countDown();
                }
            }

            @Override
            public void onError(Throwable t) {
                done.countDown();
            }

            @Override
            public void onCompleted() {
            }
        });
        Thread.sleep(200);
        long start = System.nanoTime();
        boolean[] raised = new boolean[onus.size()];
        for (int i = 0; i < count; i++) {
            pace(start + i * 1_000_000L);
            int which = i % onus.size();
            raised[which] = !raised[which];
            sent.set(i, System.nanoTime());
            pon.alarm(onus.get(which).address(), MeKey.of(11, 0x0101), 0, raised[which]);
        }
        done.await(30, TimeUnit.SECONDS);
        System.out.printf("alarm delivery: %d alarms at 1,000/s, %d streamed; frame to stream p50 %.2f ms p99 %.2f "
                + "ms max %.2f ms%n", count, Math.min(received.get(), count), percentile(delay, 50),
                percentile(delay, 99), percentile(delay, 100));
    }

    private static void readOnly(ManagedChannel channel, List<Onu> onus) throws Exception {
        for (int round = 0; round < 3; round++) {
            // the two calls take turns in half-second slices, so a slower or busier second of the host falls on
            // both alike instead of on one of them
            double echo = 0;
            double getOnu = 0;
            for (int slice = 0; slice < 6; slice++) {
                echo += closedLoop(channel, 32, SLICE, stubIndex -> HealthGrpc.newBlockingStub(channel)
                        .check(HealthCheckRequest.getDefaultInstance())) / 6;
                getOnu += closedLoop(channel, 32, SLICE, stubIndex -> OnuServiceGrpc.newBlockingStub(channel)
                        .getOnu(OnuRef.newBuilder().setSerialNumber(onus.get(stubIndex % onus.size())
                                .serialNumber()).build())) / 6;
            }
            System.out.printf("read-only: GetOnu %.0f calls/s, health check (bare echo) %.0f calls/s, ratio %.2f%n",
                    getOnu, echo, getOnu / echo);
        }
    }

    private static double closedLoop(ManagedChannel channel, int callers, Duration length,
                                     java.util.function.IntConsumer call) throws InterruptedException {
        AtomicLong calls = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            int caller = i;
            Thread thread = new Thread(() -> {
                int n = caller;
                while (System.nanoTime() < end) {
                    call.accept(n);
                    n += callers;
                    calls.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return calls.get() / (length.toNanos() / 1e9);
    }

    /** How late a thread wakes from a 1 ms park on the machine before anything else runs: its scheduling floor. */
    private static void wakeUps() {
        long[] late = new long[2000];
        for (int i = 0; i < late.length; i++) {
            long start = System.nanoTime();
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            late[i] = System.nanoTime() - start - 1_000_000;
        }
        System.out.printf("scheduler: a 1 ms park on the idle machine wakes late by p50 %.2f ms p99 %.2f ms%n",
                percentile(late, 50), percentile(late, 99));
    }

    /** Waits until {@code due} without spinning: the harness must not take a core from what it measures. */
    private static void pace(long due) {
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            java.util.concurrent.locks.LockSupport.parkNanos(left);
        }
    }

    private static double percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
