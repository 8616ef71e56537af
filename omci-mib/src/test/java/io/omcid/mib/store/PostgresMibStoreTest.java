package io.omcid.mib.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The store contract on a real PostgreSQL server, the shared database of several daemons. It runs in the
 * {@code postgres} Maven profile, which {@code .ci/run} turns on after it has installed and started PostgreSQL and
 * set {@code OMCID_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}.
 */
class PostgresMibStoreTest extends MibStoreContract {

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + ": not set (expected: the PostgreSQL set up by .ci/run)");
        }
        return value;
    }

    @Override
    MibStore open() throws Exception {
        try (Connection connection = DriverManager.getConnection(env("OMCID_TEST_POSTGRES_URL"),
                env("OMCID_TEST_POSTGRES_USER"), env("OMCID_TEST_POSTGRES_PASSWORD"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS omcid_service, omcid_alarm_event, omcid_onu, omcid_template, "
                    + "omcid_schema");
        }
        return reopen(null);
    }

    @Override
    MibStore reopen(MibStore closed) throws Exception {
        if (closed != null) {
            closed.close();
        }
        return JdbcMibStore.open(env("OMCID_TEST_POSTGRES_URL"), env("OMCID_TEST_POSTGRES_USER"),
                env("OMCID_TEST_POSTGRES_PASSWORD"), 1000);
    }
}
