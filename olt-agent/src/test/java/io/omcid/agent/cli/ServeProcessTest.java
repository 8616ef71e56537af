package io.omcid.agent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} as an operator runs it: a real JVM, stopped with SIGTERM, then started again on the same data. */
class ServeProcessTest {

    @TempDir
    Path directory;

    private Process serve(int onus, int grpcPort) throws Exception {
        // the daemon's own logging configuration, not the tests' quieter one
        String logging = Path.of(Main.class.getResource("/logback.xml").toURI()).toString();
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + logging,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--data", directory.resolve("data").toString(), "--onus-per-port", Integer.toString(onus),
                "--grpc-port", Integer.toString(grpcPort))
                .redirectErrorStream(true).start();
    }

    private List<String> serveUntilReadyThenTerminate(int onus) throws Exception {
        Process process = serve(onus, 0);
        List<String> lines = new ArrayList<>();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            int ready = 0;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.contains(": ready in ") && ++ready == onus) {
                    // SIGTERM through the handle: Process.destroy would also close the output being read
                    process.toHandle().destroy();
                }
            }
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit after SIGTERM").isEqualTo(143);
        return lines;
    }

    @Test
    void servesTheSimulatedPonAndStopsCleanlyOnSigterm() throws Exception {
        List<String> first = serveUntilReadyThenTerminate(4);
        assertThat(first).filteredOn(line -> line.contains(": ready in ")).hasSize(4)
                .allSatisfy(line -> assertThat(line).containsPattern("pon 0 onu [1-4] OMC[DG]0000000[1-4]: ready in "
                        + "\\d+ ms \\(MIB upload"));
        assertThat(first).anySatisfy(line -> assertThat(line).contains("olt-agent stopped"));
        assertThat(first).noneSatisfy(line -> assertThat(line).contains("ERROR"));
        assertThat(Files.size(directory.resolve("data").resolve("omcid.mv.db"))).isPositive();

        List<String> second = serveUntilReadyThenTerminate(4);
        assertThat(second).anySatisfy(line -> assertThat(line).contains("store: 4 ONUs"));
        assertThat(second).filteredOn(line -> line.contains(": ready in ")).hasSize(4)
                .allSatisfy(line -> assertThat(line).contains("audit, MIB data sync matches"));
    }

    @Test
    void aTakenPortStopsWhatStartedAndSaysWhy() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("0.0.0.0", 0));
            Process process = serve(4, taken.getLocalPort());
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();

            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("olt-agent stopped"));
            assertThat(lines).last().asString().startsWith("error: ").contains(Integer.toString(taken
                    .getLocalPort()));
            assertThat(lines).noneSatisfy(line -> assertThat(line).containsAnyOf("ERROR", "Exception"));
        }
    }
}
