package io.omcid.agent.api;

import io.omcid.agent.onu.Onu;
import io.omcid.agent.onu.OnuListener;
import io.omcid.agent.onu.OnuState;
import io.omcid.mib.alarm.AlarmEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Hands ONU state changes and alarm events to the streams that watch them. */
public final class EventHub implements OnuListener {

    private final List<Consumer<Onu>> onuWatchers = new CopyOnWriteArrayList<>();
    private final List<Runnable> alarmWatchers = new CopyOnWriteArrayList<>();

    @Override
    public void stateChanged(Onu onu, OnuState previous, OnuState state) {
        onuWatchers.forEach(watcher -> watcher.accept(onu));
    }

    @Override
    public void alarmEvents(Onu onu, List<AlarmEvent> events) {
        alarmWatchers.forEach(Runnable::run);
    }

    Runnable watchOnus(Consumer<Onu> watcher) {
        onuWatchers.add(watcher);
        return () -> onuWatchers.remove(watcher);
    }

    /** The watcher is told that new alarm events are in the history. */
    Runnable watchAlarms(Runnable watcher) {
        alarmWatchers.add(watcher);
        return () -> alarmWatchers.remove(watcher);
    }
}
