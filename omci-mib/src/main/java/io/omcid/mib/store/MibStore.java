package io.omcid.mib.store;

import io.omcid.mib.alarm.AlarmEvent;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where ONU state outlives the daemon. Each write is one transaction: after a crash the store holds every write
 * whose future completed, and no part of any other. Writes from many ONUs are committed together in batches.
 * Implementations are thread-safe.
 */
public interface MibStore extends AutoCloseable {

    /** Everything stored, with at most {@code recentEvents} of the latest alarm events. */
    StoredState load(int recentEvents);

    /** Writes one ONU's change; completes once committed, exceptionally if it could not be. */
    CompletableFuture<Void> write(OnuWrite write);

    /** Forgets an ONU. */
    CompletableFuture<Void> remove(String onu);

    /** Writes (or replaces) a service; completes once committed. */
    CompletableFuture<Void> putService(ServiceRecord service);

    /** Forgets a service. */
    CompletableFuture<Void> removeService(String onu, String name);

    /** Alarm events after {@code afterId}, oldest first. */
    List<AlarmEvent> alarmEvents(long afterId, int limit);

    /** Waits for every write handed over so far to be committed. */
    void flush();

    @Override
    void close();
}
