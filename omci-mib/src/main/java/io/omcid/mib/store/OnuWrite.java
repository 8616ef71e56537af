package io.omcid.mib.store;

import io.omcid.mib.alarm.AlarmEvent;
import io.omcid.mib.template.MibTemplate;

import java.util.List;

/**
 * One change of one ONU, written atomically: its new snapshot, the template it newly stands on (null when the
 * store has it already), and the alarm events the change raised.
 */
public record OnuWrite(OnuSnapshot snapshot, MibTemplate template, List<AlarmEvent> events) {

    public OnuWrite {
        events = List.copyOf(events);
    }

    public static OnuWrite of(OnuSnapshot snapshot) {
        return new OnuWrite(snapshot, null, List.of());
    }
}
