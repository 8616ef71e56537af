package io.omcid.mib.store;

import io.omcid.mib.alarm.AlarmEvent;
import io.omcid.mib.template.MibTemplate;

import java.util.List;

/** Everything a store holds, as read at start: templates, ONU snapshots and the most recent alarm events. */
public record StoredState(List<MibTemplate> templates, List<OnuSnapshot> onus, List<AlarmEvent> recentEvents) {

    public StoredState {
        templates = List.copyOf(templates);
        onus = List.copyOf(onus);
        recentEvents = List.copyOf(recentEvents);
    }

    public long lastAlarmEventId() {
        return recentEvents.isEmpty() ? 0 : recentEvents.get(recentEvents.size() - 1).id();
    }
}
