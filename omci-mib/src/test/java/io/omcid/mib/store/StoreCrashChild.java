package io.omcid.mib.store;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.message.AlarmBitmap;
import io.omcid.codec.message.AttributeValues;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import io.omcid.mib.alarm.AlarmEvent;
import io.omcid.mib.alarm.AlarmTable;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Writes numbered changes to an H2 store until it is killed, printing {@code committed N} once change N and every
 * change before it are committed. Change N sets ONU {@code N % ONUS} to a state that is a function of N alone.
 */
public final class StoreCrashChild {

    static final int ONUS = 50;

    private StoreCrashChild() {
    }

    static String onu(long n) {
        return "ONU" + (n % ONUS);
    }

    /** The snapshot change n writes. */
    static OnuWrite change(long n) {
        Mib mib = new Mib(MeCatalog.standard());
        mib.create(MeKey.of(268, 1), AttributeValues.builder().putUnsigned(1, 2, n & 0xFFFF).putUnsigned(2, 2, 0)
                .putUnsigned(3, 1, 3).putUnsigned(4, 2, (n >> 16) & 0xFFFF).putUnsigned(5, 2, 0).putUnsigned(7, 2, 0)
                .putUnsigned(9, 2, 0).putUnsigned(10, 1, 0).build());
        mib.mds((int) (n % 255) + 1);
        AlarmTable alarms = new AlarmTable();
        alarms.restore(java.util.Map.of(MeKey.of(11, 1), AlarmBitmap.ofAlarms((int) (n % 224))), (int) (n % 255) + 1);
        AlarmEvent event = new AlarmEvent(n, Instant.ofEpochMilli(n), onu(n), 11, 1, (int) (n % 224), true);
        return new OnuWrite(OnuStates.snapshot(onu(n), mib, alarms, Instant.ofEpochMilli(n)), null, List.of(event));
    }

    /** The change number a stored snapshot came from. */
    static long changeOf(OnuSnapshot snapshot) {
        Mib mib = OnuStates.mib(snapshot, new io.omcid.mib.template.TemplateRegistry(), MeCatalog.standard());
        AttributeValues gem = mib.get(MeKey.of(268, 1));
        return (gem.unsigned(4) << 16) | gem.unsigned(1);
    }

    public static void main(String[] args) throws Exception {
        try (JdbcMibStore store = JdbcMibStore.openH2(Path.of(args[0]), 1_000_000)) {
            Deque<CompletableFuture<Void>> pending = new ArrayDeque<>();
            long acknowledged = 0;
            for (long n = 1; ; n++) {
                pending.addLast(store.write(change(n)));
                while (pending.size() > 64 || (!pending.isEmpty() && pending.peekFirst().isDone())) {
                    pending.removeFirst().join();
                    acknowledged++;
                    System.out.println("committed " + acknowledged);
                }
            }
        }
    }
}
