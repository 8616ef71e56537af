package io.omcid.mib.store;

import io.omcid.mib.alarm.AlarmEvent;
import io.omcid.mib.template.MibTemplate;
import io.omcid.mib.template.TemplateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The store on any JDBC database: an H2 file by default, PostgreSQL where several daemons share state. One row per
 * ONU holds its whole state, so every change is one row written in one transaction; a writer thread gathers the
 * changes of many ONUs and commits them together (group commit), completing each write's future after the commit.
 */
public final class JdbcMibStore implements MibStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcMibStore.class);
    private static final int BATCH = 512;
    private static final long LINGER_NANOS = 20_000_000;

    private final Connection writer;
    private final Connection reader;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(16_384);
    private final Set<String> storedTemplates = new HashSet<>();
    private final int historyLimit;
    private final Thread thread;
    private volatile boolean closing;
    private long eventsSincePrune;

    private record Pending(OnuWrite write, String removal, ServiceRecord service, String[] serviceRemoval,
                           CompletableFuture<Void> done) {
        Pending(OnuWrite write, String removal, CompletableFuture<Void> done) {
            this(write, removal, null, null, done);
        }
    }

    private JdbcMibStore(Connection writer, Connection reader, int historyLimit) throws SQLException {
        this.writer = writer;
        this.reader = reader;
        this.historyLimit = historyLimit;
        writer.setAutoCommit(false);
        try (Statement statement = writer.createStatement();
             ResultSet rows = statement.executeQuery("SELECT template_id FROM omcid_template")) {
            while (rows.next()) {
                storedTemplates.add(rows.getString(1));
            }
        }
        writer.commit();
        this.thread = new Thread(this::run, "omcid-store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Opens (and creates or migrates) the store at a JDBC URL.
     *
     * @param historyLimit how many alarm events to keep
     */
    public static JdbcMibStore open(String url, String user, String password, int historyLimit) throws SQLException {
        Connection writer = DriverManager.getConnection(url, user, password);
        try {
            SchemaMigrations.migrate(writer);
            Connection reader = DriverManager.getConnection(url, user, password);
            return new JdbcMibStore(writer, reader, historyLimit);
        } catch (SQLException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /**
     * The embedded default: an H2 database in a file under {@code directory}. {@code WRITE_DELAY=0} makes every
     * commit reach the file before it is acknowledged (H2 otherwise holds commits up to half a second), so a killed
     * process loses nothing it acknowledged; group commit keeps that affordable. {@code COMPRESS=TRUE} stores pages
     * compressed: MIB records are mostly zeros, and the file shrinks about fourfold. {@code DB_CLOSE_ON_EXIT=FALSE}
     * leaves closing to the daemon, which flushes its last changes first.
     */
    public static JdbcMibStore openH2(java.nio.file.Path directory, int historyLimit) throws SQLException {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("omcid") + ";WRITE_DELAY=0;COMPRESS=TRUE"
                + ";DB_CLOSE_ON_EXIT=FALSE";
        return open(url, "sa", "", historyLimit);
    }

    @Override
    public StoredState load(int recentEvents) {
        try {
            synchronized (reader) {
                List<MibTemplate> templates = new ArrayList<>();
                try (Statement statement = reader.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT template_id, vendor_id, equipment_id, "
                             + "software_version, mib FROM omcid_template")) {
                    while (rows.next()) {
                        MibTemplate template = Blobs.template(new TemplateKey(rows.getString(2), rows.getString(3),
                                rows.getString(4)), rows.getBytes(5));
                        if (!template.id().equals(rows.getString(1))) {
                            throw new IllegalStateException("stored template " + rows.getString(1) + ": content id "
                                    + template.id() + " (expected: the id it was stored under)");
                        }
                        templates.add(template);
                    }
                }
                List<OnuSnapshot> onus = new ArrayList<>();
                try (Statement statement = reader.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT onu, template_id, mds, mib, alarms, "
                             + "alarm_sequence, updated_at FROM omcid_onu ORDER BY onu")) {
                    while (rows.next()) {
                        onus.add(new OnuSnapshot(rows.getString(1), rows.getString(2), rows.getInt(3),
                                rows.getBytes(4), rows.getBytes(5), rows.getInt(6), rows.getTimestamp(7).toInstant()));
                    }
                }
                List<AlarmEvent> events = new ArrayList<>();
                try (PreparedStatement select = reader.prepareStatement("SELECT event_id, event_time, onu, class_id, "
                        + "instance_id, alarm, raised FROM omcid_alarm_event ORDER BY event_id DESC "
                        + "FETCH FIRST ? ROWS ONLY")) {
                    select.setInt(1, recentEvents);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            events.add(event(rows));
                        }
                    }
                }
                Collections.reverse(events);
                List<ServiceRecord> services = new ArrayList<>();
                try (Statement statement = reader.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT onu, name, slot, spec, updated_at FROM "
                             + "omcid_service ORDER BY onu, name")) {
                    while (rows.next()) {
                        services.add(new ServiceRecord(rows.getString(1), rows.getString(2), rows.getInt(3),
                                rows.getBytes(4), rows.getTimestamp(5).toInstant()));
                    }
                }
                return new StoredState(templates, onus, events, services);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("store: cannot read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public List<AlarmEvent> alarmEvents(long afterId, int limit) {
        try {
            synchronized (reader) {
                List<AlarmEvent> events = new ArrayList<>();
                try (PreparedStatement select = reader.prepareStatement("SELECT event_id, event_time, onu, class_id, "
                        + "instance_id, alarm, raised FROM omcid_alarm_event WHERE event_id > ? ORDER BY event_id "
                        + "FETCH FIRST ? ROWS ONLY")) {
                    select.setLong(1, afterId);
                    select.setInt(2, limit);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            events.add(event(rows));
                        }
                    }
                }
                return events;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("store: cannot read alarm events (" + e.getMessage() + ")", e);
        }
    }

    private static AlarmEvent event(ResultSet rows) throws SQLException {
        return new AlarmEvent(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3), rows.getInt(4),
                rows.getInt(5), rows.getInt(6), rows.getBoolean(7));
    }

    @Override
    public CompletableFuture<Void> write(OnuWrite write) {
        return enqueue(new Pending(write, null, new CompletableFuture<>()));
    }

    @Override
    public CompletableFuture<Void> remove(String onu) {
        return enqueue(new Pending(null, onu, new CompletableFuture<>()));
    }

    @Override
    public CompletableFuture<Void> putService(ServiceRecord service) {
        return enqueue(new Pending(null, null, service, null, new CompletableFuture<>()));
    }

    @Override
    public CompletableFuture<Void> removeService(String onu, String name) {
        return enqueue(new Pending(null, null, null, new String[] {onu, name}, new CompletableFuture<>()));
    }

    private CompletableFuture<Void> enqueue(Pending pending) {
        if (closing) {
            return CompletableFuture.failedFuture(new IllegalStateException("store: closing (expected: an open "
                    + "store)"));
        }
        try {
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
        return pending.done();
    }

    /** Waits for every write handed over so far; a failed one was logged where it failed. */
    @Override
    public void flush() {
        CompletableFuture<Void> barrier = enqueue(new Pending(null, null, new CompletableFuture<>()));
        try {
            barrier.join();
        } catch (java.util.concurrent.CompletionException e) {
            LOG.warn("store: flush incomplete: {}", e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                // linger a moment for more: every commit rewrites the pages it touches, so fewer, fuller commits
                // cost the database far less than many small ones
                long deadline = System.nanoTime() + LINGER_NANOS;
                while (batch.size() < BATCH && !closing) {
                    queue.drainTo(batch, BATCH - batch.size());
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || batch.size() >= BATCH) {
                        break;
                    }
                    Pending more = queue.poll(left, TimeUnit.NANOSECONDS);
                    if (more == null) {
                        break;
                    }
                    batch.add(more);
                }
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /** Commits a batch; if it fails, each change is tried alone so that one bad change fails only itself. */
    private void commit(List<Pending> batch) {
        try {
            Set<String> newTemplates = writeBatch(batch);
            writer.commit();
            storedTemplates.addAll(newTemplates);
            batch.forEach(pending -> pending.done().complete(null));
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (batch.size() == 1) {
                LOG.error("store: change not committed: {}", e.getMessage());
                batch.get(0).done().completeExceptionally(e);
                return;
            }
            for (Pending pending : batch) {
                commit(List.of(pending));
            }
        }
    }

    private void rollback(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException rollback) {
            cause.addSuppressed(rollback);
        }
    }

    /** Writes a batch in the open transaction; returns the ids of the templates it inserted. */
    private Set<String> writeBatch(List<Pending> batch) throws SQLException {
        Map<String, OnuSnapshot> latest = new LinkedHashMap<>();
        List<MibTemplate> templates = new ArrayList<>();
        List<AlarmEvent> events = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        List<Pending> serviceChanges = new ArrayList<>();
        for (Pending pending : batch) {
            if (pending.service() != null || pending.serviceRemoval() != null) {
                serviceChanges.add(pending);
            } else if (pending.removal() != null) {
                latest.remove(pending.removal());
                removals.add(pending.removal());
            } else if (pending.write() != null) {
                OnuWrite write = pending.write();
                if (write.template() != null && !storedTemplates.contains(write.template().id())) {
                    templates.add(write.template());
                }
                latest.put(write.snapshot().onu(), write.snapshot());
                removals.remove(write.snapshot().onu());
                events.addAll(write.events());
            }
        }

        Set<String> added = insertTemplates(templates);
        upsertOnus(latest);
        deleteOnus(removals);
        insertEvents(events);
        writeServices(serviceChanges);
        return added;
    }

    /** Services in the order they came: each a delete, and for a put an insert after it. */
    private void writeServices(List<Pending> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = writer.prepareStatement("DELETE FROM omcid_service WHERE onu = ? AND name = ?");
             PreparedStatement insert = writer.prepareStatement("INSERT INTO omcid_service (onu, name, slot, spec, "
                     + "updated_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Pending change : changes) {
                ServiceRecord service = change.service();
                delete.setString(1, service != null ? service.onu() : change.serviceRemoval()[0]);
                delete.setString(2, service != null ? service.name() : change.serviceRemoval()[1]);
                delete.executeUpdate();
                if (service != null) {
                    insert.setString(1, service.onu());
                    insert.setString(2, service.name());
                    insert.setInt(3, service.slot());
                    insert.setBytes(4, service.spec());
                    insert.setTimestamp(5, Timestamp.from(service.updated() == null ? Instant.now()
                            : service.updated()));
                    insert.executeUpdate();
                }
            }
        }
    }

    private Set<String> insertTemplates(List<MibTemplate> templates) throws SQLException {
        Set<String> added = new HashSet<>();
        if (templates.isEmpty()) {
            return added;
        }
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO omcid_template (template_id, vendor_id, "
                + "equipment_id, software_version, mib) VALUES (?, ?, ?, ?, ?)")) {
            for (MibTemplate template : templates) {
                if (!added.add(template.id())) {
                    continue;
                }
                insert.setString(1, template.id());
                insert.setString(2, template.key().vendorId());
                insert.setString(3, template.key().equipmentId());
                insert.setString(4, template.key().softwareVersion());
                insert.setBytes(5, Blobs.template(template));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return added;
    }

    private void upsertOnus(Map<String, OnuSnapshot> snapshots) throws SQLException {
        if (snapshots.isEmpty()) {
            return;
        }
        List<OnuSnapshot> list = new ArrayList<>(snapshots.values());
        int[] updated;
        try (PreparedStatement update = writer.prepareStatement("UPDATE omcid_onu SET template_id = ?, mds = ?, "
                + "mib = ?, alarms = ?, alarm_sequence = ?, updated_at = ? WHERE onu = ?")) {
            for (OnuSnapshot s : list) {
                bind(update, s, 1);
                update.setString(7, s.onu());
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO omcid_onu (template_id, mds, mib, "
                + "alarms, alarm_sequence, updated_at, onu) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (int i = 0; i < list.size(); i++) {
                if (updated[i] == 0) {
                    bind(insert, list.get(i), 1);
                    insert.setString(7, list.get(i).onu());
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement statement, OnuSnapshot s, int first) throws SQLException {
        statement.setString(first, s.templateId());
        statement.setInt(first + 1, s.mds());
        statement.setBytes(first + 2, s.mib());
        statement.setBytes(first + 3, s.alarms());
        statement.setInt(first + 4, s.alarmSequence());
        statement.setTimestamp(first + 5, Timestamp.from(s.updated() == null ? Instant.now() : s.updated()));
    }

    private void deleteOnus(List<String> removals) throws SQLException {
        if (removals.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = writer.prepareStatement("DELETE FROM omcid_onu WHERE onu = ?")) {
            for (String onu : removals) {
                delete.setString(1, onu);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private void insertEvents(List<AlarmEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO omcid_alarm_event (event_id, event_time, "
                + "onu, class_id, instance_id, alarm, raised) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (AlarmEvent event : events) {
                insert.setLong(1, event.id());
                insert.setTimestamp(2, Timestamp.from(event.time()));
                insert.setString(3, event.onu());
                insert.setInt(4, event.classId());
                insert.setInt(5, event.instance());
                insert.setInt(6, event.alarm());
                insert.setBoolean(7, event.raised());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        eventsSincePrune += events.size();
        if (eventsSincePrune >= Math.max(1, historyLimit / 10)) {
            long newest = events.get(events.size() - 1).id();
            String sql = "DELETE FROM omcid_alarm_event WHERE event_id <= ?";
            try (PreparedStatement prune = writer.prepareStatement(sql)) {
                prune.setLong(1, newest - historyLimit);
                prune.executeUpdate();
            }
            eventsSincePrune = 0;
        }
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            reader.close();
            writer.close();
        } catch (SQLException e) {
            LOG.warn("store: close failed: {}", e.getMessage());
        }
    }
}
