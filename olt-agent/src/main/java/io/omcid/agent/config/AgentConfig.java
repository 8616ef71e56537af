package io.omcid.agent.config;

import io.omcid.agent.channel.ChannelSettings;
import io.omcid.agent.sim.FaultPlan;
import io.omcid.mib.model.OnuModel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The daemon's settings, with the defaults a first run on a laptop wants: the simulated PON of 1 port x 8 ONUs, H2
 * under {@code ./data}, 3 s timeout with 2 retries, audits every 300 s.
 *
 * @param dataDirectory  where the H2 file lives
 * @param storeUrl       a JDBC URL instead of the H2 file (PostgreSQL when daemons share state), or null
 * @param storeUser      its user
 * @param storePassword  its password
 * @param ponPorts       simulated PON ports
 * @param onusPerPort    simulated ONUs per port
 * @param models         simulated ONU models, handed out in turn
 * @param faults         simulated ONU faults
 * @param channel        OMCI timeout and retries
 * @param auditInterval  how often a ready ONU's MIB and alarms are audited; zero for never
 * @param retryDelay     how long a failed synchronisation waits before it is tried again
 * @param workers        threads that run ONU work
 * @param alarmHistory   alarm events kept
 */
public record AgentConfig(Path dataDirectory, String storeUrl, String storeUser, String storePassword, int ponPorts,
                          int onusPerPort, List<OnuModel> models, FaultPlan faults, ChannelSettings channel,
                          Duration auditInterval, Duration retryDelay, int workers, int alarmHistory) {

    public AgentConfig {
        models = List.copyOf(models);
        if (workers < 1) {
            throw new IllegalArgumentException("workers: " + workers + " (expected: 1 or more)");
        }
        if (alarmHistory < 1) {
            throw new IllegalArgumentException("alarm history: " + alarmHistory + " (expected: 1 or more)");
        }
    }

    public static AgentConfig defaults() {
        return new AgentConfig(Path.of("data"), null, "sa", "", 1, 8,
                List.of(OnuModel.XGS_4PORT, OnuModel.GPON_1PORT), FaultPlan.NONE, ChannelSettings.DEFAULT,
                Duration.ofSeconds(300), Duration.ofSeconds(5), Math.max(2, Runtime.getRuntime().availableProcessors()),
                100_000);
    }

    public AgentConfig withPon(int ports, int onus) {
        return new AgentConfig(dataDirectory, storeUrl, storeUser, storePassword, ports, onus, models, faults, channel,
                auditInterval, retryDelay, workers, alarmHistory);
    }

    public AgentConfig withDataDirectory(Path directory) {
        return new AgentConfig(directory, storeUrl, storeUser, storePassword, ponPorts, onusPerPort, models, faults,
                channel, auditInterval, retryDelay, workers, alarmHistory);
    }

    public AgentConfig withStore(String url, String user, String password) {
        return new AgentConfig(dataDirectory, url, user, password, ponPorts, onusPerPort, models, faults, channel,
                auditInterval, retryDelay, workers, alarmHistory);
    }

    public AgentConfig withModels(List<OnuModel> onuModels) {
        return new AgentConfig(dataDirectory, storeUrl, storeUser, storePassword, ponPorts, onusPerPort, onuModels,
                faults, channel, auditInterval, retryDelay, workers, alarmHistory);
    }

    public AgentConfig withFaults(FaultPlan plan) {
        return new AgentConfig(dataDirectory, storeUrl, storeUser, storePassword, ponPorts, onusPerPort, models, plan,
                channel, auditInterval, retryDelay, workers, alarmHistory);
    }

    public AgentConfig withChannel(ChannelSettings settings) {
        return new AgentConfig(dataDirectory, storeUrl, storeUser, storePassword, ponPorts, onusPerPort, models, faults,
                settings, auditInterval, retryDelay, workers, alarmHistory);
    }

    public AgentConfig withAudit(Duration interval, Duration retry) {
        return new AgentConfig(dataDirectory, storeUrl, storeUser, storePassword, ponPorts, onusPerPort, models, faults,
                channel, interval, retry, workers, alarmHistory);
    }

    public AgentConfig withWorkers(int threads) {
        return new AgentConfig(dataDirectory, storeUrl, storeUser, storePassword, ponPorts, onusPerPort, models, faults,
                channel, auditInterval, retryDelay, threads, alarmHistory);
    }
}
