package io.omcid.mib.alarm;

import io.omcid.codec.message.AlarmBitmap;
import io.omcid.codec.message.AlarmRecord;
import io.omcid.mib.MeKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The active alarms of one ONU: a bitmap per alarmed managed entity, and the sequence number of the last alarm
 * notification. G.988 clause A.3.16 numbers notifications 1 to 255, wrapping to 1, and a Get all alarms restarts
 * the count; a number that skips ahead means notifications were lost. Not thread-safe: owned by the ONU's executor.
 */
public final class AlarmTable {

    private final TreeMap<MeKey, AlarmBitmap> active = new TreeMap<>();
    private int lastSequence;

    public int lastSequence() {
        return lastSequence;
    }

    /** The alarmed entities and their bitmaps, in key order. */
    public Map<MeKey, AlarmBitmap> active() {
        return Collections.unmodifiableMap(new TreeMap<>(active));
    }

    public AlarmBitmap bitmap(MeKey key) {
        return active.getOrDefault(key, AlarmBitmap.clear());
    }

    /** An alarm notification: the entity's new bitmap and its sequence number. */
    public AlarmUpdate onNotification(MeKey key, AlarmBitmap bitmap, int sequence) {
        if (sequence < 1 || sequence > 255) {
            throw new IllegalArgumentException("alarm sequence number: " + sequence + " (expected: 1 to 255)");
        }
        int expected = lastSequence >= 255 ? 1 : lastSequence + 1;
        int lost = sequence == expected ? 0 : Math.floorMod(sequence - expected, 255);
        lastSequence = sequence;

        List<AlarmChange> changes = new ArrayList<>();
        replace(key, bitmap, changes);
        return new AlarmUpdate(changes, lost);
    }

    /** The whole active set from a Get all alarms sequence; the notification count restarts. */
    public AlarmUpdate replaceAll(List<AlarmRecord> records) {
        List<AlarmChange> changes = new ArrayList<>();
        TreeMap<MeKey, AlarmBitmap> reported = new TreeMap<>();
        for (AlarmRecord record : records) {
            reported.put(MeKey.of(record.classId(), record.instance()), record.bitmap());
        }
        for (MeKey key : new ArrayList<>(active.keySet())) {
            if (!reported.containsKey(key)) {
                replace(key, AlarmBitmap.clear(), changes);
            }
        }
        reported.forEach((key, bitmap) -> replace(key, bitmap, changes));
        lastSequence = 0;
        return new AlarmUpdate(changes, 0);
    }

    /** Restores what the store kept. */
    public void restore(Map<MeKey, AlarmBitmap> bitmaps, int sequence) {
        active.clear();
        bitmaps.forEach((key, bitmap) -> {
            if (!bitmap.isClear()) {
                active.put(key, bitmap);
            }
        });
        lastSequence = sequence;
    }

    private void replace(MeKey key, AlarmBitmap bitmap, List<AlarmChange> changes) {
        AlarmBitmap before = active.getOrDefault(key, AlarmBitmap.clear());
        for (int alarm : before.active()) {
            if (!bitmap.isActive(alarm)) {
                changes.add(new AlarmChange(key, alarm, false));
            }
        }
        for (int alarm : bitmap.active()) {
            if (!before.isActive(alarm)) {
                changes.add(new AlarmChange(key, alarm, true));
            }
        }
        if (bitmap.isClear()) {
            active.remove(key);
        } else {
            active.put(key, bitmap);
        }
    }
}
