package io.omcid.mib.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database's schema to the version this code needs: each versioned script not yet applied runs once, in
 * order, and is recorded in {@code omcid_schema}. A database newer than the code is refused. Scripts use portable
 * SQL; {@code ${binary}} becomes the dialect's binary type.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    /** The scripts, oldest first; a new schema version is a new entry here and a new resource. */
    static final List<String> SCRIPTS = List.of("V1__onu_state.sql", "V2__services.sql");

    private SchemaMigrations() {
    }

    /** The version of the newest script. */
    public static int latest() {
        return SCRIPTS.size();
    }

    /** Applies what is missing; returns the version the database is at afterwards. */
    public static int migrate(Connection connection) throws SQLException {
        return migrate(connection, SCRIPTS);
    }

    static int migrate(Connection connection, List<String> scripts) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                if (!tableExists(connection, "omcid_schema")) {
                    statement.execute("CREATE TABLE omcid_schema (version INTEGER PRIMARY KEY, "
                            + "applied_at TIMESTAMP NOT NULL)");
                    connection.commit();
                }
            }
            int current = current(connection);
            if (current > scripts.size()) {
                throw new SQLException("database schema version: " + current + " (expected: at most "
                        + scripts.size() + ", this code's newest)");
            }
            String binary = binaryType(connection.getMetaData());
            for (int version = current + 1; version <= scripts.size(); version++) {
                apply(connection, version, scripts.get(version - 1), binary);
            }
            return scripts.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM omcid_schema")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(Connection connection, int version, String script, String binary)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script, binary)) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO omcid_schema (version, applied_at) VALUES (?, ?)")) {
            insert.setInt(1, version);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        connection.commit();
        LOG.info("database schema migrated to version {} ({})", version, script);
    }

    static List<String> statements(String script, String binary) {
        String text;
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing: " + script);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line.replace("${binary}", binary)).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    static String binaryType(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName().toLowerCase();
        if (product.contains("postgres")) {
            return "BYTEA";
        }
        if (product.contains("h2")) {
            return "VARBINARY(1000000)";
        }
        return "BLOB";
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toUpperCase()}) {
            try (ResultSet rows = meta.getTables(null, null, name, null)) {
                if (rows.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
