package io.omcid.mib.store;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.message.AlarmBitmap;
import io.omcid.codec.message.AttributeValues;
import io.omcid.mib.BrcmCapture;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import io.omcid.mib.alarm.AlarmChange;
import io.omcid.mib.alarm.AlarmEvent;
import io.omcid.mib.alarm.AlarmHistory;
import io.omcid.mib.alarm.AlarmTable;
import io.omcid.mib.alarm.AlarmUpdate;
import io.omcid.mib.template.MibTemplate;
import io.omcid.mib.template.TemplateRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store must do; run against each implementation. */
abstract class MibStoreContract {

    protected MibStore store;

    /** A fresh, empty store. */
    abstract MibStore open() throws Exception;

    /** The same store after the daemon stopped and started again. */
    abstract MibStore reopen(MibStore closed) throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void aWrittenOnuReadsBackExactly() {
        Mib mib = BrcmCapture.mib();
        mib.create(MeKey.of(268, 1), AttributeValues.builder().putUnsigned(1, 2, 1024).putUnsigned(2, 2, 0x8001)
                .putUnsigned(3, 1, 3).putUnsigned(4, 2, 0).putUnsigned(5, 2, 0).putUnsigned(7, 2, 0)
                .putUnsigned(9, 2, 0).putUnsigned(10, 1, 0).build());
        AlarmTable alarms = new AlarmTable();
        alarms.onNotification(MeKey.of(11, 257), AlarmBitmap.ofAlarms(0), 1);
        OnuSnapshot snapshot = OnuStates.snapshot("BRCM12345678", mib, alarms, now());

        store.write(OnuWrite.of(snapshot)).join();

        StoredState state = store.load(10);
        assertThat(state.onus()).containsExactly(snapshot);
        Mib back = OnuStates.mib(state.onus().get(0), new TemplateRegistry(), MeCatalog.standard());
        assertThat(back.sameContent(mib)).isTrue();
        assertThat(back.mds()).isEqualTo(1);
        assertThat(OnuStates.alarms(state.onus().get(0)).active()).isEqualTo(alarms.active());
    }

    @Test
    void everythingSurvivesARestart() throws Exception {
        TemplateRegistry registry = new TemplateRegistry();
        AlarmHistory history = new AlarmHistory(1000, 0);
        List<Mib> mibs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Mib mib = BrcmCapture.mib();
            mib.applyAttributeValueChange(MeKey.of(256, 0), AttributeValues.builder()
                    .putUnsigned(3, 8, 0x4252434d00000000L + i).build());
            MibTemplate template = registry.adopt(mib);
            AlarmTable alarms = new AlarmTable();
            AlarmUpdate update = alarms.onNotification(MeKey.of(263, 0), AlarmBitmap.ofAlarms(i % 4), 1);
            List<AlarmEvent> events = history.append("ONU" + i, now(), update.changes());
            store.write(new OnuWrite(OnuStates.snapshot("ONU" + i, mib, alarms, now()), template, events));
            mibs.add(mib);
        }
        store.flush();
        StoredState before = store.load(1000);

        store = reopen(store);
        StoredState after = store.load(1000);

        assertThat(after.onus()).containsExactlyElementsOf(before.onus());
        assertThat(after.templates()).extracting(MibTemplate::id).containsExactly(mibs.get(0).template().id());
        assertThat(after.recentEvents()).isEqualTo(before.recentEvents());
        assertThat(after.lastAlarmEventId()).isEqualTo(20);

        TemplateRegistry restored = new TemplateRegistry();
        after.templates().forEach(restored::register);
        for (int i = 0; i < 20; i++) {
            OnuSnapshot snapshot = after.onus().stream().filter(s -> s.onu().equals("ONU" + mibs.indexOf(mibs.get(0))))
                    .findFirst().orElseThrow();
            assertThat(snapshot).isNotNull();
        }
        for (OnuSnapshot snapshot : after.onus()) {
            int i = Integer.parseInt(snapshot.onu().substring(3));
            assertThat(OnuStates.mib(snapshot, restored, MeCatalog.standard()).sameContent(mibs.get(i))).isTrue();
            assertThat(OnuStates.alarms(snapshot).bitmap(MeKey.of(263, 0)).active()).containsExactly(i % 4);
        }
    }

    @Test
    void alarmEventsReadBackInOrderAfterAnId() {
        AlarmHistory history = new AlarmHistory(100, 0);
        AlarmTable alarms = new AlarmTable();
        Mib mib = new Mib(MeCatalog.standard());
        for (int i = 1; i <= 5; i++) {
            List<AlarmChange> changes = alarms.onNotification(MeKey.of(11, 1),
                    i % 2 == 1 ? AlarmBitmap.ofAlarms(0) : AlarmBitmap.clear(), i).changes();
            store.write(new OnuWrite(OnuStates.snapshot("ONU", mib, alarms, now()), null,
                    history.append("ONU", now(), changes)));
        }
        store.flush();
        assertThat(store.alarmEvents(2, 10)).extracting(AlarmEvent::id).containsExactly(3L, 4L, 5L);
        assertThat(store.alarmEvents(0, 2)).extracting(AlarmEvent::raised).containsExactly(true, false);
    }

    @Test
    void manyOnusWritingAtOnceAreAllCommitted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        Mib mib = new Mib(MeCatalog.standard());
        AlarmTable alarms = new AlarmTable();
        for (int i = 0; i < 400; i++) {
            String onu = "ONU" + (i % 100);
            int mds = i / 100 + 1;
            done.add(CompletableFuture.supplyAsync(() -> {
                Mib own = mib.copy();
                own.mds(mds);
                return store.write(OnuWrite.of(OnuStates.snapshot(onu, own, alarms, now())));
            }, pool).thenCompose(f -> f));
        }
        CompletableFuture.allOf(done.toArray(new CompletableFuture[0])).join();
        pool.shutdown();
        assertThat(store.load(0).onus()).hasSize(100);
    }

    @Test
    void servicesAreKeptReplacedAndRemovedAcrossARestart() throws Exception {
        ServiceRecord internet = new ServiceRecord("ONU1", "internet", 1, new byte[] {1, 2}, now());
        ServiceRecord voice = new ServiceRecord("ONU1", "voice", 2, new byte[] {3}, now());
        store.putService(internet);
        store.putService(voice);
        store.putService(new ServiceRecord("ONU1", "internet", 1, new byte[] {9}, now()));
        store.removeService("ONU1", "voice");
        store.flush();

        store = reopen(store);
        assertThat(store.load(0).services()).singleElement().satisfies(service -> {
            assertThat(service.name()).isEqualTo("internet");
            assertThat(service.spec()).containsExactly(9);
        });
    }

    @Test
    void aRemovedOnuIsGone() {
        store.write(OnuWrite.of(OnuStates.snapshot("GONE", new Mib(MeCatalog.standard()), new AlarmTable(), now())));
        store.remove("GONE").join();
        assertThat(store.load(0).onus()).isEmpty();
    }

    @Test
    void aSnapshotOnAnUnknownTemplateIsRefusedAndChangesNothing() {
        Mib mib = BrcmCapture.mib();
        new TemplateRegistry().adopt(mib);
        CompletableFuture<Void> write = store.write(OnuWrite.of(OnuStates.snapshot("X", mib, new AlarmTable(), now())));
        org.assertj.core.api.Assertions.assertThatThrownBy(write::join)
                .isInstanceOf(java.util.concurrent.CompletionException.class);
        assertThat(store.load(0).onus()).isEmpty();
    }
}
