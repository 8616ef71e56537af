package io.omcid.agent.provisioning;

import io.omcid.mib.store.MibStore;
import io.omcid.mib.store.ServiceRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The services applied to each ONU, with the slot their entities are numbered by; kept in the store. Thread-safe. */
public final class ServiceRegistry {

    /** A service and its slot. */
    public record Entry(ServiceIntent intent, int slot) {
    }

    private final MibStore store;
    private final Map<String, Map<String, Entry>> byOnu = new ConcurrentHashMap<>();

    public ServiceRegistry(MibStore store, List<ServiceRecord> stored) {
        this.store = store;
        for (ServiceRecord record : stored) {
            services(record.onu()).put(record.name(), new Entry(ServiceCodec.decode(record.spec()), record.slot()));
        }
    }

    private Map<String, Entry> services(String onu) {
        return byOnu.computeIfAbsent(onu, key -> new TreeMap<>());
    }

    public synchronized Entry get(String onu, String name) {
        return services(onu).get(name);
    }

    /** The services of one ONU, or of all when {@code onu} is null, by ONU then name. */
    public synchronized List<Entry> list(String onu) {
        List<Entry> list = new ArrayList<>();
        if (onu != null) {
            list.addAll(services(onu).values());
            return list;
        }
        new TreeMap<>(byOnu).values().forEach(services -> list.addAll(services.values()));
        return list;
    }

    /** The slot of a service, or the lowest one its ONU has free. */
    public synchronized int slotFor(String onu, String name) {
        Entry existing = services(onu).get(name);
        if (existing != null) {
            return existing.slot();
        }
        boolean[] used = new boolean[256];
        services(onu).values().forEach(entry -> used[entry.slot()] = true);
        for (int slot = 1; slot < 256; slot++) {
            if (!used[slot]) {
                return slot;
            }
        }
        throw new ProvisioningException(ProvisioningException.Kind.CONFLICT, "services of ONU " + onu
                + ": 255 (expected: at most 255)");
    }

    synchronized void put(ServiceIntent intent, int slot) {
        services(intent.serial()).put(intent.name(), new Entry(intent, slot));
        store.putService(new ServiceRecord(intent.serial(), intent.name(), slot, ServiceCodec.encode(intent),
                Instant.now()));
    }

    synchronized void remove(String onu, String name) {
        services(onu).remove(name);
        store.removeService(onu, name);
    }
}
