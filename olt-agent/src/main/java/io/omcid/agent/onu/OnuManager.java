package io.omcid.agent.onu;

import io.omcid.agent.southbound.OnuAddress;
import io.omcid.agent.southbound.PonListener;
import io.omcid.mib.store.OnuSnapshot;
import io.omcid.mib.store.StoredState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All ONUs of the daemon, by serial number and by where they sit. Turns what the PON adapter reports into ONU
 * lifecycle events; an ONU seen again (even on another PON port) keeps its state and is audited.
 */
public final class OnuManager implements PonListener {

    private static final Logger LOG = LoggerFactory.getLogger(OnuManager.class);

    private final OnuContext context;
    private final Map<String, Onu> bySerial = new ConcurrentHashMap<>();
    private final Map<OnuAddress, Onu> byAddress = new ConcurrentHashMap<>();
    private final Map<String, OnuSnapshot> stored = new ConcurrentHashMap<>();

    public OnuManager(OnuContext context, StoredState state) {
        this.context = context;
        state.templates().forEach(context.templates()::register);
        context.history().restore(state.recentEvents());
        for (OnuSnapshot snapshot : state.onus()) {
            stored.put(snapshot.onu(), snapshot);
        }
        LOG.info("store: {} ONUs, {} templates, alarm events up to {}", state.onus().size(), state.templates().size(),
                state.lastAlarmEventId());
    }

    @Override
    public void onuDiscovered(OnuAddress address, String serialNumber) {
        Onu onu = bySerial.computeIfAbsent(serialNumber,
                serial -> new Onu(context, address, serial, stored.remove(serial)));
        Onu previous = byAddress.put(address, onu);
        if (previous != null && previous != onu) {
            LOG.warn("{}: replaces {} at {}", onu, previous.serialNumber(), address);
            previous.lost();
        }
        if (!onu.address().equals(address)) {
            byAddress.remove(onu.address(), onu);
        }
        onu.discovered(address);
    }

    @Override
    public void onuLost(OnuAddress address) {
        Onu onu = byAddress.get(address);
        if (onu != null) {
            onu.lost();
        }
    }

    @Override
    public void frameReceived(OnuAddress address, byte[] frame) {
        Onu onu = byAddress.get(address);
        if (onu == null) {
            LOG.warn("{}: frame from an ONU not discovered dropped", address);
            return;
        }
        onu.channel().onFrame(frame);
    }

    public Onu bySerial(String serial) {
        return bySerial.get(serial);
    }

    public Onu byAddress(OnuAddress address) {
        return byAddress.get(address);
    }

    /** Every ONU, by PON port and ONU id. */
    public List<Onu> onus() {
        List<Onu> list = new ArrayList<>(bySerial.values());
        list.sort(Comparator.comparing((Onu onu) -> onu.address().ponPort())
                .thenComparing(onu -> onu.address().onuId()));
        return list;
    }

    public Collection<Onu> all() {
        return bySerial.values();
    }

    public void stop() {
        bySerial.values().forEach(Onu::stop);
    }
}
