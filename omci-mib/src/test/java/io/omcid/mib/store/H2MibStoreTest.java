package io.omcid.mib.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on a real H2 file; a restart closes the database and opens the file again. */
class H2MibStoreTest extends MibStoreContract {

    @TempDir
    Path directory;

    @Override
    MibStore open() throws Exception {
        return JdbcMibStore.openH2(directory, 1000);
    }

    @Override
    MibStore reopen(MibStore closed) throws Exception {
        closed.close();
        assertThat(Files.exists(directory.resolve("omcid.mv.db"))).isTrue();
        return JdbcMibStore.openH2(directory, 1000);
    }
}
