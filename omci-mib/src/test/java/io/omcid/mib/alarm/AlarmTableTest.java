package io.omcid.mib.alarm;

import io.omcid.codec.message.AlarmBitmap;
import io.omcid.codec.message.AlarmRecord;
import io.omcid.mib.MeKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlarmTableTest {

    private static final MeKey UNI = MeKey.of(11, 257);

    @Test
    void raisesAndClearsFollowTheBitmaps() {
        AlarmTable table = new AlarmTable();
        AlarmUpdate raised = table.onNotification(UNI, AlarmBitmap.ofAlarms(0), 1);
        assertThat(raised.changes()).containsExactly(new AlarmChange(UNI, 0, true));
        assertThat(raised.lost()).isFalse();

        AlarmUpdate cleared = table.onNotification(UNI, AlarmBitmap.clear(), 2);
        assertThat(cleared.changes()).containsExactly(new AlarmChange(UNI, 0, false));
        assertThat(table.active()).isEmpty();
    }

    @Test
    void aGapInSequenceNumbersIsReportedAsLostNotifications() {
        AlarmTable table = new AlarmTable();
        table.onNotification(UNI, AlarmBitmap.ofAlarms(0), 1);
        assertThat(table.onNotification(UNI, AlarmBitmap.clear(), 4).lostNotifications()).isEqualTo(2);
        assertThat(table.onNotification(UNI, AlarmBitmap.ofAlarms(0), 5).lost()).isFalse();
    }

    @Test
    void sequenceNumbersWrapFrom255To1() {
        AlarmTable table = new AlarmTable();
        table.restore(java.util.Map.of(), 254);
        assertThat(table.onNotification(UNI, AlarmBitmap.ofAlarms(1), 255).lost()).isFalse();
        assertThat(table.onNotification(UNI, AlarmBitmap.clear(), 1).lost()).isFalse();
        assertThat(table.onNotification(UNI, AlarmBitmap.ofAlarms(1), 3).lostNotifications()).isEqualTo(1);
    }

    @Test
    void getAllAlarmsReplacesTheActiveSetAndRestartsTheCount() {
        AlarmTable table = new AlarmTable();
        table.onNotification(UNI, AlarmBitmap.ofAlarms(0), 1);
        MeKey ani = MeKey.of(263, 0);
        AlarmUpdate update = table.replaceAll(List.of(new AlarmRecord(263, 0, AlarmBitmap.ofAlarms(2, 3))));
        assertThat(update.changes()).containsExactly(new AlarmChange(UNI, 0, false), new AlarmChange(ani, 2, true),
                new AlarmChange(ani, 3, true));
        assertThat(table.active()).containsOnlyKeys(ani);
        assertThat(table.onNotification(ani, AlarmBitmap.clear(), 1).lost()).isFalse();
    }

    @Test
    void historyGivesIdsInOrderAndForgetsTheOldest() {
        AlarmHistory history = new AlarmHistory(3, 10);
        List<AlarmEvent> events = history.append("ONU1", Instant.EPOCH, List.of(new AlarmChange(UNI, 0, true),
                new AlarmChange(UNI, 1, true), new AlarmChange(UNI, 2, true), new AlarmChange(UNI, 3, true)));
        assertThat(events).extracting(AlarmEvent::id).containsExactly(11L, 12L, 13L, 14L);
        assertThat(history.since(0, 10)).extracting(AlarmEvent::id).containsExactly(12L, 13L, 14L);
        assertThat(history.since(12, 10)).extracting(AlarmEvent::id).containsExactly(13L, 14L);
        assertThat(history.since(12, 1)).extracting(AlarmEvent::id).containsExactly(13L);
        assertThat(history.lastId()).isEqualTo(14);
    }
}
