package io.omcid.mib.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigrationsTest {

    @TempDir
    Path directory;

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("db"), "sa", "");
    }

    @Test
    void aNewDatabaseGetsTheWholeSchemaOnceAndOnlyOnce() throws SQLException {
        try (Connection connection = connect()) {
            assertThat(SchemaMigrations.migrate(connection)).isEqualTo(SchemaMigrations.latest());
            assertThat(SchemaMigrations.migrate(connection)).isEqualTo(SchemaMigrations.latest());
            assertThat(SchemaMigrations.current(connection)).isEqualTo(2);
            try (Statement statement = connection.createStatement()) {
                statement.executeQuery("SELECT onu, template_id, mds, mib, alarms FROM omcid_onu").close();
                statement.executeQuery("SELECT COUNT(*) FROM omcid_schema").close();
            }
        }
    }

    @Test
    void aDatabaseNewerThanTheCodeIsRefused() throws SQLException {
        try (Connection connection = connect()) {
            SchemaMigrations.migrate(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO omcid_schema (version, applied_at) VALUES (7, CURRENT_TIMESTAMP)");
            }
            assertThatThrownBy(() -> SchemaMigrations.migrate(connection))
                    .hasMessage("database schema version: 7 (expected: at most 2, this code's newest)");
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithTheDialectsBinaryType() {
        assertThat(SchemaMigrations.statements("V1__onu_state.sql", "BYTEA"))
                .hasSize(3)
                .allSatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE").doesNotContain("${binary}"))
                .anySatisfy(sql -> assertThat(sql).contains("mib BYTEA NOT NULL"));
    }
}
