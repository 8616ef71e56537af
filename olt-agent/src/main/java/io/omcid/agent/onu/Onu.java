package io.omcid.agent.onu;

import io.netty.util.Timeout;
import io.omcid.agent.channel.ChannelClosedException;
import io.omcid.agent.channel.OmciChannel;
import io.omcid.agent.channel.SerialExecutor;
import io.omcid.agent.southbound.OnuAddress;
import io.omcid.codec.message.AlarmNotification;
import io.omcid.codec.message.AlarmRecord;
import io.omcid.codec.message.AttributeValueChange;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.OmciMessage;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import io.omcid.mib.MibComparison;
import io.omcid.mib.MibDifference;
import io.omcid.mib.MibException;
import io.omcid.mib.alarm.AlarmEvent;
import io.omcid.mib.alarm.AlarmTable;
import io.omcid.mib.alarm.AlarmUpdate;
import io.omcid.mib.store.OnuSnapshot;
import io.omcid.mib.store.OnuStates;
import io.omcid.mib.store.OnuWrite;
import io.omcid.mib.template.MibTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * One ONU as the daemon manages it: its OMCI channel, its MIB and alarms, and its lifecycle. Discovered, it is
 * synchronised (MIB reset and upload, or, when the store knows it, an audit of the sync counter with an upload only
 * if it differs), then its alarms are read, and it is ready. Audits repeat periodically; an alarm sequence gap
 * triggers an alarm resynchronisation; attribute value changes update the MIB. All its state changes on its own
 * executor.
 */
public final class Onu {

    private static final Logger LOG = LoggerFactory.getLogger(Onu.class);
    private static final long WRITE_BEHIND_MILLIS = 10;

    private final OnuContext context;
    private final String serial;
    private final SerialExecutor executor;
    private final OmciChannel channel;
    private volatile OnuAddress address;
    private volatile OnuState state = OnuState.DISCOVERED;
    private volatile String name;
    private Mib mib;
    private final AlarmTable alarms = new AlarmTable();
    private OnuSnapshot stored;
    private volatile Instant lastAudit;
    private volatile Instant lastUpload;
    private volatile long discoveredNanos;
    private volatile long readyNanos;
    private int generation;
    private Timeout auditTimer;
    private boolean alarmResyncRunning;

    Onu(OnuContext context, OnuAddress address, String serial, OnuSnapshot stored) {
        this.context = context;
        this.address = address;
        this.serial = serial;
        this.name = address + " " + serial;
        this.stored = stored;
        this.executor = new SerialExecutor(context.pool(), name);
        this.channel = new OmciChannel(address, name, executor, context.timer(), context.adapter(), context.decoder(),
                context.channel(), this::autonomous);
        channel.close("not yet discovered");
    }

    public String serialNumber() {
        return serial;
    }

    public OnuAddress address() {
        return address;
    }

    public OnuState state() {
        return state;
    }

    public MessageSet messageSet() {
        return channel.messageSet();
    }

    public OmciChannel channel() {
        return channel;
    }

    public Executor executor() {
        return executor;
    }

    public Instant lastAudit() {
        return lastAudit;
    }

    /** {@link System#nanoTime()} of the last discovery, for measuring. */
    public long discoveredNanos() {
        return discoveredNanos;
    }

    /** {@link System#nanoTime()} of the last time it became ready, for measuring. */
    public long readyNanos() {
        return readyNanos;
    }

    /** When the ONU's MIB was last uploaded by this daemon, or null. */
    public Instant lastUpload() {
        return lastUpload;
    }

    /** A copy of the OLT's MIB of this ONU, read on its executor; null before the first synchronisation. */
    public CompletableFuture<Mib> mib() {
        return CompletableFuture.supplyAsync(() -> mib == null ? null : mib.copy(), executor);
    }

    /**
     * Reads the MIB on the ONU's executor without copying it: cheaper than {@link #mib()} for a few values. The
     * reader gets null before the first upload and must not keep the MIB.
     */
    public <T> CompletableFuture<T> readMib(java.util.function.Function<Mib, T> reader) {
        return CompletableFuture.supplyAsync(() -> reader.apply(mib), executor);
    }

    /** The active alarms, read on the ONU's executor. */
    public CompletableFuture<java.util.Map<MeKey, io.omcid.codec.message.AlarmBitmap>> activeAlarms() {
        return CompletableFuture.supplyAsync(alarms::active, executor);
    }

    @Override
    public String toString() {
        return name;
    }

    // lifecycle

    /** The ONU (re)appeared at an address: synchronise it. */
    void discovered(OnuAddress at) {
        executor.execute(() -> {
            if (!at.equals(address)) {
                LOG.info("{}: moved to {}", name, at);
                address = at;
                name = at + " " + serial;
            }
            discoveredNanos = System.nanoTime();
            channel.reopen();
            synchronise();
        });
    }

    /** The ONU went away: stop what is under way; its MIB and alarms stay for the audit when it returns. */
    void lost() {
        executor.execute(() -> {
            generation++;
            cancelAudit();
            channel.close("ONU lost (expected: an ONU that is up)");
            setState(OnuState.LOST);
            LOG.info("{}: lost", name);
        });
    }

    void stop() {
        executor.execute(() -> {
            generation++;
            cancelAudit();
            channel.close("daemon stopping");
            writeIfDirty();
        });
    }

    private void synchronise() {
        int run = ++generation;
        cancelAudit();
        setState(OnuState.DISCOVERED);
        long start = System.nanoTime();
        MibSync.messageSet(channel)
                .thenCompose(set -> {
                    channel.messageSet(set);
                    return stored == null && mib == null ? upload(run) : audit(run);
                })
                .thenCompose(how -> alarmSync(run).thenApply(done -> how))
                .whenComplete((how, failure) -> {
                    if (run != generation) {
                        return;
                    }
                    if (failure != null) {
                        failed(run, failure);
                        return;
                    }
                    lastAudit = Instant.now();
                    readyNanos = System.nanoTime();
                    setState(OnuState.READY);
                    LOG.info("{}: ready in {} ms ({}, {} message set, MIB data sync {})", name,
                            (readyNanos - start) / 1_000_000, how, channel.messageSet().name().toLowerCase(),
                            mib.mds());
                    scheduleAudit(run);
                });
    }

    /** MIB reset and upload: the ONU's MIB becomes the OLT's. */
    private CompletableFuture<String> upload(int run) {
        setState(OnuState.UPLOADING);
        return MibSync.resetAndUpload(channel, channel.messageSet(), context.catalog()).thenApply(uploaded -> {
            ensureCurrent(run);
            adopt(uploaded);
            return "MIB upload";
        });
    }

    /** The counter decides: equal, the stored MIB stands; different, upload and reconcile. */
    private CompletableFuture<String> audit(int run) {
        setState(OnuState.AUDITING);
        if (mib == null) {
            mib = OnuStates.mib(stored, context.templates(), context.catalog());
            alarms.restore(OnuStates.alarms(stored).active(), stored.alarmSequence());
        }
        return MibSync.readMds(channel, channel.messageSet()).thenCompose(onuMds -> {
            ensureCurrent(run);
            if (onuMds == mib.mds()) {
                return CompletableFuture.completedFuture("audit, MIB data sync matches");
            }
            setState(OnuState.UPLOADING);
            return MibSync.upload(channel, channel.messageSet(), context.catalog()).thenApply(uploaded -> {
                ensureCurrent(run);
                MibDifference difference = MibComparison.compare(mib, uploaded);
                LOG.info("{}: MIB data sync {} on the ONU, {} on the OLT; reconciled {} missing, {} extra, {} "
                        + "attribute differences", name, onuMds, mib.mds(), difference.missing().size(),
                        difference.extra().size(), difference.attributes().size());
                adopt(uploaded);
                return "audit, MIB re-uploaded";
            });
        });
    }

    private void adopt(Mib uploaded) {
        MibTemplate template = context.templates().adopt(uploaded);
        mib = uploaded;
        lastUpload = Instant.now();
        persist(template, List.of());
    }

    private CompletableFuture<Void> alarmSync(int run) {
        setState(OnuState.ALARM_SYNC);
        return MibSync.alarms(channel, channel.messageSet()).thenAccept(records -> {
            ensureCurrent(run);
            applyAlarms(records);
        });
    }

    private void applyAlarms(List<AlarmRecord> records) {
        AlarmUpdate update = alarms.replaceAll(records);
        List<AlarmEvent> events = context.history().append(serial, Instant.now(), update.changes());
        persist(null, events);
        publish(events);
    }

    private void failed(int run, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ChannelClosedException || state == OnuState.LOST) {
            return;
        }
        setState(OnuState.FAILED);
        LOG.warn("{}: synchronisation failed, again in {} s: {}", name, context.retryDelay().toSeconds(),
                cause.getMessage());
        context.timer().newTimeout(t -> executor.execute(() -> {
            if (run == generation && state == OnuState.FAILED) {
                synchronise();
            }
        }), context.retryDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void ensureCurrent(int run) {
        if (run != generation) {
            throw new CompletionException(new ChannelClosedException(name + ": superseded"));
        }
    }

    // periodic audits

    private void scheduleAudit(int run) {
        Duration every = context.auditInterval();
        if (every.isZero()) {
            return;
        }
        auditTimer = context.timer().newTimeout(t -> executor.execute(() -> periodicAudit(run)), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void cancelAudit() {
        if (auditTimer != null) {
            auditTimer.cancel();
            auditTimer = null;
        }
    }

    /** Forces a resynchronisation: an audit of the counter, an upload if it differs, then the alarms. */
    public void resync() {
        executor.execute(() -> {
            if (state == OnuState.READY || state == OnuState.FAILED) {
                synchronise();
            }
        });
    }

    private void periodicAudit(int run) {
        if (run != generation || state != OnuState.READY) {
            return;
        }
        audit(run).thenCompose(how -> alarmSync(run)).whenComplete((done, failure) -> {
            if (run != generation) {
                return;
            }
            if (failure != null) {
                failed(run, failure);
                return;
            }
            lastAudit = Instant.now();
            setState(OnuState.READY);
            scheduleAudit(run);
        });
    }

    // autonomous messages

    private void autonomous(OmciMessage message) {
        if (mib == null) {
            return;
        }
        MeKey key = MeKey.of(message.header().classId(), message.header().instance());
        if (message instanceof AttributeValueChange change) {
            try {
                mib.applyAttributeValueChange(key, change.values());
                persist(null, List.of());
            } catch (MibException e) {
                LOG.warn("{}: attribute value change of {} ignored: {}", name, key, e.getMessage());
            }
        } else if (message instanceof AlarmNotification alarm) {
            if (alarm.sequence() < 1) {
                LOG.warn("{}: alarm of {} with sequence number 0 ignored (expected: 1 to 255)", name, key);
                return;
            }
            AlarmUpdate update = alarms.onNotification(key, alarm.bitmap(), alarm.sequence());
            List<AlarmEvent> events = context.history().append(serial, Instant.now(), update.changes());
            persist(null, events);
            publish(events);
            if (update.lost()) {
                LOG.warn("{}: {} alarm notification(s) lost, resynchronising alarms", name, update.lostNotifications());
                resyncAlarms();
            }
        }
    }

    private void resyncAlarms() {
        if (alarmResyncRunning || state != OnuState.READY) {
            return;
        }
        alarmResyncRunning = true;
        int run = generation;
        MibSync.alarms(channel, channel.messageSet()).whenComplete((records, failure) -> {
            alarmResyncRunning = false;
            if (run != generation) {
                return;
            }
            if (failure != null) {
                LOG.warn("{}: alarm resynchronisation failed: {}", name, failure.getMessage());
                return;
            }
            applyAlarms(records);
        });
    }

    // changes made by provisioning and operators

    /**
     * Sends a request, and applies it to the MIB if the ONU confirms it changed its MIB (Create, Delete, Set).
     * Runs on the ONU's executor; completes with the response.
     */
    public CompletableFuture<OmciMessage> send(OmciMessage request, boolean highPriority) {
        return channel.request(request, highPriority).thenApply(response -> {
            if (mib != null && mib.applyConfirmed(request, response)) {
                persist(null, List.of());
            }
            return response;
        });
    }

    // persistence and events

    /**
     * Stores the ONU's state. A change with alarm events or a new template is written at once; other MIB changes
     * mark the state dirty and are written a moment later ({@link #WRITE_BEHIND_MILLIS}), so the run of commands
     * of one provisioning request becomes one or two writes instead of one per command. Every write is a whole,
     * consistent state; a crash between a change and its write leaves the stored counter behind the ONU's, and the
     * ONU is then uploaded again. Stopping writes what is still dirty.
     */
    private void persist(MibTemplate template, List<AlarmEvent> events) {
        if (template == null && events.isEmpty()) {
            if (!dirty) {
                dirty = true;
                context.timer().newTimeout(timeout -> executor.execute(this::writeIfDirty), WRITE_BEHIND_MILLIS,
                        TimeUnit.MILLISECONDS);
            }
            return;
        }
        write(template, events);
    }

    private boolean dirty;

    private void writeIfDirty() {
        if (dirty) {
            write(null, List.of());
        }
    }

    private void write(MibTemplate template, List<AlarmEvent> events) {
        dirty = false;
        OnuSnapshot snapshot = OnuStates.snapshot(serial, mib, alarms, Instant.now());
        stored = snapshot;
        context.store().write(new OnuWrite(snapshot, template, events)).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.error("{}: state not stored: {}", name, failure.getMessage());
            }
        });
    }

    private void publish(List<AlarmEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        for (OnuListener listener : context.listeners()) {
            listener.alarmEvents(this, events);
        }
    }

    private void setState(OnuState next) {
        OnuState previous = state;
        state = next;
        if (previous != next) {
            for (OnuListener listener : context.listeners()) {
                listener.stateChanged(this, previous, next);
            }
        }
    }
}
