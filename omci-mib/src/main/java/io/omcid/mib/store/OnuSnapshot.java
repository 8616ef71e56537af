package io.omcid.mib.store;

import java.time.Instant;

/**
 * All the store keeps of one ONU, in stored form: the template its MIB stands on (or null), the MIB data sync
 * counter, the MIB overlay, the active alarms and the last alarm sequence number. One snapshot is written in one
 * transaction, so the store never holds half a change.
 */
public record OnuSnapshot(String onu, String templateId, int mds, byte[] mib, byte[] alarms, int alarmSequence,
                          Instant updated) {

    public OnuSnapshot {
        if (onu == null || onu.isEmpty() || onu.length() > 64) {
            throw new IllegalArgumentException("ONU key: " + onu + " (expected: 1 to 64 characters)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnuSnapshot other && onu.equals(other.onu)
                && java.util.Objects.equals(templateId, other.templateId) && mds == other.mds
                && java.util.Arrays.equals(mib, other.mib) && java.util.Arrays.equals(alarms, other.alarms)
                && alarmSequence == other.alarmSequence;
    }

    @Override
    public int hashCode() {
        return onu.hashCode() * 31 + mds;
    }
}
