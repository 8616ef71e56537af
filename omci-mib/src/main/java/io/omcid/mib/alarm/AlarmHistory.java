package io.omcid.mib.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A bounded history of alarm raises and clears across all ONUs, with ids that grow by one. The oldest events
 * fall off when it is full. Thread-safe.
 */
public final class AlarmHistory {

    private final AlarmEvent[] ring;
    private long nextId;
    private int count;

    /**
     * @param capacity how many events it keeps
     * @param lastId   the id of the last event ever given (0 for none), so ids continue after a restart
     */
    public AlarmHistory(int capacity, long lastId) {
        if (capacity < 1) {
            throw new IllegalArgumentException("alarm history capacity: " + capacity + " (expected: 1 or more)");
        }
        this.ring = new AlarmEvent[capacity];
        this.nextId = lastId + 1;
    }

    /** Records the changes of one ONU at one time and gives them their ids. */
    public synchronized List<AlarmEvent> append(String onu, Instant time, List<AlarmChange> changes) {
        List<AlarmEvent> events = new ArrayList<>(changes.size());
        for (AlarmChange change : changes) {
            AlarmEvent event = new AlarmEvent(nextId++, time, onu, change.key().classId(), change.key().instance(),
                    change.alarm(), change.raised());
            add(event);
            events.add(event);
        }
        notifyAll();
        return events;
    }

    /** Puts back events read from a store, oldest first. */
    public synchronized void restore(List<AlarmEvent> events) {
        for (AlarmEvent event : events) {
            add(event);
            nextId = Math.max(nextId, event.id() + 1);
        }
    }

    private void add(AlarmEvent event) {
        ring[(int) (event.id() % ring.length)] = event;
        count = Math.min(count + 1, ring.length);
    }

    public synchronized long lastId() {
        return nextId - 1;
    }

    /** The id of the oldest event still held, or the next id when none is. */
    public synchronized long firstId() {
        return count == 0 ? nextId : nextId - count;
    }

    /** Events after {@code afterId}, oldest first, at most {@code max} of them. */
    public synchronized List<AlarmEvent> since(long afterId, int max) {
        List<AlarmEvent> events = new ArrayList<>();
        long from = Math.max(afterId + 1, firstId());
        for (long id = from; id < nextId && events.size() < max; id++) {
            AlarmEvent event = ring[(int) (id % ring.length)];
            if (event != null && event.id() == id) {
                events.add(event);
            }
        }
        return events;
    }

    /** Waits up to {@code millis} for an event after {@code afterId}. */
    public synchronized boolean await(long afterId, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (lastId() <= afterId) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
