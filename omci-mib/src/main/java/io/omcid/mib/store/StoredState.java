package io.omcid.mib.store;

import io.omcid.mib.alarm.AlarmEvent;
import io.omcid.mib.template.MibTemplate;

import java.util.List;

/** Everything a store holds, as read at start: templates, ONU snapshots, the latest alarm events, services. */
public record StoredState(List<MibTemplate> templates, List<OnuSnapshot> onus, List<AlarmEvent> recentEvents,
                          List<ServiceRecord> services) {

    public StoredState {
        templates = List.copyOf(templates);
        onus = List.copyOf(onus);
        recentEvents = List.copyOf(recentEvents);
        services = List.copyOf(services);
    }

    public long lastAlarmEventId() {
        return recentEvents.isEmpty() ? 0 : recentEvents.get(recentEvents.size() - 1).id();
    }
}
