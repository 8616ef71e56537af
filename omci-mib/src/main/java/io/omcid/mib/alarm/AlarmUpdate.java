package io.omcid.mib.alarm;

import java.util.List;

/**
 * What an alarm notification or a Get all alarms sequence changed: the alarms raised and cleared, and how many
 * notifications the sequence numbers say were lost (0 when none; the agent then resynchronises).
 */
public record AlarmUpdate(List<AlarmChange> changes, int lostNotifications) {

    public AlarmUpdate {
        changes = List.copyOf(changes);
    }

    public boolean lost() {
        return lostNotifications > 0;
    }
}
