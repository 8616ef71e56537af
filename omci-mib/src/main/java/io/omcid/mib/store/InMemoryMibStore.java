package io.omcid.mib.store;

import io.omcid.mib.alarm.AlarmEvent;
import io.omcid.mib.template.MibTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A store in memory, for tests and for a daemon that needs no persistence. Writes commit at once. */
public final class InMemoryMibStore implements MibStore {

    private final Map<String, MibTemplate> templates = new LinkedHashMap<>();
    private final Map<String, OnuSnapshot> onus = new LinkedHashMap<>();
    private final List<AlarmEvent> events = new ArrayList<>();
    private final Map<String, ServiceRecord> services = new LinkedHashMap<>();
    private final int historyLimit;
    private boolean closed;

    public InMemoryMibStore(int historyLimit) {
        this.historyLimit = historyLimit;
    }

    public InMemoryMibStore() {
        this(100_000);
    }

    @Override
    public synchronized StoredState load(int recentEvents) {
        check();
        int from = Math.max(0, events.size() - recentEvents);
        return new StoredState(new ArrayList<>(templates.values()), new ArrayList<>(onus.values()),
                new ArrayList<>(events.subList(from, events.size())), new ArrayList<>(services.values()));
    }

    @Override
    public synchronized CompletableFuture<Void> write(OnuWrite write) {
        check();
        if (write.template() != null) {
            templates.putIfAbsent(write.template().id(), write.template());
        }
        OnuSnapshot s = write.snapshot();
        if (s.templateId() != null && !templates.containsKey(s.templateId())) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("ONU " + s.onu() + " template: "
                    + s.templateId() + " (expected: a template written before or with it)"));
        }
        onus.put(s.onu(), new OnuSnapshot(s.onu(), s.templateId(), s.mds(), Blobs.copy(s.mib()),
                Blobs.copy(s.alarms()), s.alarmSequence(), s.updated()));
        events.addAll(write.events());
        if (events.size() > historyLimit) {
            events.subList(0, events.size() - historyLimit).clear();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<Void> remove(String onu) {
        check();
        onus.remove(onu);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<Void> putService(ServiceRecord service) {
        check();
        services.put(service.onu() + "\n" + service.name(), service);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<Void> removeService(String onu, String name) {
        check();
        services.remove(onu + "\n" + name);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized List<AlarmEvent> alarmEvents(long afterId, int limit) {
        check();
        List<AlarmEvent> out = new ArrayList<>();
        for (AlarmEvent event : events) {
            if (event.id() > afterId && out.size() < limit) {
                out.add(event);
            }
        }
        return out;
    }

    @Override
    public void flush() {
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("store: closed (expected: an open store)");
        }
    }
}
