package io.omcid.agent.onu;

import io.netty.util.Timer;
import io.omcid.agent.channel.ChannelSettings;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.mib.alarm.AlarmHistory;
import io.omcid.mib.store.MibStore;
import io.omcid.mib.template.TemplateRegistry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/** What every ONU of the daemon shares: catalog, codec, store, templates, alarm history, threads and settings. */
public record OnuContext(MeCatalog catalog, OmciDecoder decoder, PonAdapter adapter, MibStore store,
                         TemplateRegistry templates, AlarmHistory history, Executor pool, Timer timer,
                         ChannelSettings channel, Duration auditInterval, Duration retryDelay,
                         List<OnuListener> listeners) {

    public OnuContext {
        listeners = List.copyOf(listeners);
    }
}
