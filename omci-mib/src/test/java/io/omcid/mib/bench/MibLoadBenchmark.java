package io.omcid.mib.bench;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.mib.Mib;
import io.omcid.mib.alarm.AlarmTable;
import io.omcid.mib.model.MibFactory;
import io.omcid.mib.model.OnuModel;
import io.omcid.mib.store.JdbcMibStore;
import io.omcid.mib.store.OnuStates;
import io.omcid.mib.store.OnuWrite;
import io.omcid.mib.template.MibTemplate;
import io.omcid.mib.template.TemplateRegistry;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The omci-mib load benchmark: heap per ONU with and without templates, complete MIBs persisted per second into an
 * H2 file, and H2 file size per ONU at rest, with MIBs shaped like a four-port XGS-PON ONU (221 managed entities).
 * Run as docs/benchmarks.md says; prints one line per measure.
 */
public final class MibLoadBenchmark {

    private static final int ONUS = 4096;

    private MibLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int onus = args.length > 0 ? Integer.parseInt(args[0]) : ONUS;
        MibFactory factory = new MibFactory(MeCatalog.standard());
        System.out.printf("MIB: %d managed entities per ONU, %d ONUs%n",
                factory.build(OnuModel.XGS_4PORT, 0).size(), onus);

        heap(factory, onus, false);
        heap(factory, onus, true);
        persist(factory, onus, false);
        persist(factory, onus, true);
    }

    private static void heap(MibFactory factory, int onus, boolean templates) {
        TemplateRegistry registry = new TemplateRegistry();
        long before = usedHeap();
        List<Mib> mibs = new ArrayList<>(onus);
        for (int i = 0; i < onus; i++) {
            Mib mib = factory.build(OnuModel.XGS_4PORT, i);
            if (templates) {
                registry.adopt(mib);
            }
            mibs.add(mib);
        }
        long after = usedHeap();
        System.out.printf("heap per ONU, %s: %.0f bytes (%d ONUs held)%n",
                templates ? "with templates" : "without templates", (after - before) / (double) onus, mibs.size());
    }

    private static void persist(MibFactory factory, int onus, boolean templates) throws Exception {
        Path directory = Files.createTempDirectory("omcid-bench");
        TemplateRegistry registry = new TemplateRegistry();
        List<OnuWrite> writes = new ArrayList<>(onus);
        for (int i = 0; i < onus; i++) {
            Mib mib = factory.build(OnuModel.XGS_4PORT, i);
            MibTemplate template = templates ? registry.adopt(mib) : null;
            writes.add(new OnuWrite(OnuStates.snapshot(String.format("OMCD%08X", i), mib, new AlarmTable(),
                    Instant.now()), template, List.of()));
        }

        long start;
        long elapsed;
        try (JdbcMibStore store = JdbcMibStore.openH2(directory, 10_000)) {
            start = System.nanoTime();
            List<CompletableFuture<Void>> done = new ArrayList<>(onus);
            for (OnuWrite write : writes) {
                done.add(store.write(write));
            }
            CompletableFuture.allOf(done.toArray(new CompletableFuture[0])).join();
            elapsed = System.nanoTime() - start;
        }
        long size = Files.size(directory.resolve("omcid.mv.db"));
        String kind = templates ? "with templates" : "without templates";
        System.out.printf("persist complete MIBs into H2, %s: %.0f MIBs/s (%d in %.2f s)%n", kind,
                onus / (elapsed / 1e9), onus, elapsed / 1e9);
        System.out.printf("H2 file per ONU at rest, %s: %.0f bytes (%d bytes for %d ONUs)%n", kind,
                size / (double) onus, size, onus);
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
