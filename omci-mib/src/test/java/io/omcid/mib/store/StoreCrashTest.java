package io.omcid.mib.store;

import io.omcid.mib.alarm.AlarmEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A separate JVM writing to the H2 file is killed with SIGKILL in the middle of its batches. Reopened, the store
 * holds every change that was acknowledged, and every ONU is exactly in the state of one whole change, its alarm
 * events with it: nothing half written.
 */
class StoreCrashTest {

    @TempDir
    Path directory;

    @Test
    void aKilledWriterLosesNothingCommittedAndLeavesNothingHalfDone() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreCrashChild.class.getName(), directory.toString())
                .redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("committed ")) {
                    acknowledged = Long.parseLong(line.substring(10));
                }
                if (acknowledged >= 3000) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(acknowledged).isGreaterThanOrEqualTo(3000);

        try (JdbcMibStore store = JdbcMibStore.openH2(directory, 1_000_000)) {
            StoredState state = store.load(0);
            assertThat(state.onus()).hasSize(StoreCrashChild.ONUS);

            Map<String, Long> lastChange = new HashMap<>();
            for (OnuSnapshot snapshot : state.onus()) {
                long n = StoreCrashChild.changeOf(snapshot);
                assertThat(StoreCrashChild.onu(n)).isEqualTo(snapshot.onu());
                // the whole snapshot is the one change n wrote
                assertThat(snapshot).isEqualTo(StoreCrashChild.change(n).snapshot());
                lastChange.put(snapshot.onu(), n);
            }

            long newest = lastChange.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(newest).as("acknowledged changes are all there").isGreaterThanOrEqualTo(acknowledged);
            for (long n = Math.max(1, acknowledged - StoreCrashChild.ONUS); n <= acknowledged; n++) {
                assertThat(lastChange.get(StoreCrashChild.onu(n))).isGreaterThanOrEqualTo(n);
            }

            List<AlarmEvent> events = store.alarmEvents(0, Integer.MAX_VALUE);
            assertThat(events).hasSizeGreaterThanOrEqualTo((int) acknowledged);
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).id()).as("no hole in the committed events").isEqualTo(i + 1);
            }
            long lastEvent = events.get(events.size() - 1).id();
            assertThat(lastEvent).as("events and snapshots were committed together").isEqualTo(newest);
        }
    }
}
