package io.omcid.agent;

import io.netty.util.HashedWheelTimer;
import io.omcid.agent.config.AgentConfig;
import io.omcid.agent.onu.OnuContext;
import io.omcid.agent.onu.OnuListener;
import io.omcid.agent.onu.OnuManager;
import io.omcid.agent.provisioning.Provisioner;
import io.omcid.agent.provisioning.ServiceRegistry;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.TrailerCheck;
import io.omcid.mib.alarm.AlarmHistory;
import io.omcid.mib.store.JdbcMibStore;
import io.omcid.mib.store.MibStore;
import io.omcid.mib.store.StoredState;
import io.omcid.mib.template.TemplateRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon: a store, a PON adapter, and the ONUs it reaches. Started once, stopped once: stopping takes no new
 * work, fails what is in flight, flushes the store and closes the adapter.
 */
public final class OltAgent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OltAgent.class);

    private final AgentConfig config;
    private final PonAdapter adapter;
    private final MibStore store;
    private final ExecutorService pool;
    private final HashedWheelTimer timer;
    private final AlarmHistory history;
    private final OnuManager onus;
    private final Provisioner provisioner;
    private boolean stopped;

    private OltAgent(AgentConfig config, PonAdapter adapter, MibStore store, List<OnuListener> listeners) {
        this.config = config;
        this.adapter = adapter;
        this.store = store;
        this.pool = Executors.newFixedThreadPool(config.workers(), threads("omcid-onu"));
        this.timer = new HashedWheelTimer(threads("omcid-timer"), 10, TimeUnit.MILLISECONDS);
        StoredState state = store.load(config.alarmHistory());
        this.history = new AlarmHistory(config.alarmHistory(), state.lastAlarmEventId());
        MeCatalog catalog = MeCatalog.standard();
        // frames that carry their CRC are checked strictly: a corrupted frame must not pass as a message
        TrailerCheck check = adapter.frameFormat() == FrameFormat.CRC ? TrailerCheck.strictCrc()
                : TrailerCheck.lenient();
        OnuContext context = new OnuContext(catalog, new OmciDecoder(catalog, check), adapter, store,
                new TemplateRegistry(), history, pool, timer, config.channel(), config.auditInterval(),
                config.retryDelay(), listeners);
        this.onus = new OnuManager(context, state);
        this.provisioner = new Provisioner(onus, new ServiceRegistry(store, state.services()), catalog);
    }

    /** Opens the store the configuration names and starts the adapter. */
    public static OltAgent start(AgentConfig config, PonAdapter adapter, List<OnuListener> listeners)
            throws Exception {
        MibStore store = openStore(config);
        OltAgent agent = new OltAgent(config, adapter, store, listeners);
        adapter.start(agent.onus);
        LOG.info("olt-agent started: {}, store {}", adapter.name(),
                config.storeUrl() != null ? config.storeUrl() : config.dataDirectory().toAbsolutePath());
        return agent;
    }

    static MibStore openStore(AgentConfig config) throws Exception {
        if (config.storeUrl() != null) {
            return JdbcMibStore.open(config.storeUrl(), config.storeUser(), config.storePassword(),
                    config.alarmHistory());
        }
        Files.createDirectories(config.dataDirectory());
        return JdbcMibStore.openH2(config.dataDirectory(), config.alarmHistory());
    }

    public OnuManager onus() {
        return onus;
    }

    public Provisioner provisioner() {
        return provisioner;
    }

    public AlarmHistory alarmHistory() {
        return history;
    }

    public MibStore store() {
        return store;
    }

    public PonAdapter adapter() {
        return adapter;
    }

    public AgentConfig config() {
        return config;
    }

    /** Stops cleanly: no new work, in-flight transactions failed, the store flushed, the adapter closed. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        LOG.info("olt-agent stopping");
        onus.stop();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("olt-agent: ONU work still running after 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the timer outlives the ONU work: a task still queued before an ONU's stop may start a timeout
        timer.stop();
        store.flush();
        store.close();
        adapter.close();
        LOG.info("olt-agent stopped");
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
