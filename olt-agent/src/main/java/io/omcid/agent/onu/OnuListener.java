package io.omcid.agent.onu;

import io.omcid.mib.alarm.AlarmEvent;

import java.util.List;

/** Hears what happens to ONUs: state changes and alarm events. Called on the ONU's executor; must not block. */
public interface OnuListener {

    default void stateChanged(Onu onu, OnuState previous, OnuState state) {
    }

    default void alarmEvents(Onu onu, List<AlarmEvent> events) {
    }
}
