package io.omcid.agent.cli;

import io.omcid.codec.trace.TraceDiff;
import io.omcid.codec.trace.TraceReader;
import io.omcid.codec.trace.TraceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Compares two traces by OMCI meaning; exits 1 when they differ, as diff does. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two traces by OMCI meaning (TCIs ignored): requests missing (-) or added (+), "
                + "responses that differ (~).")
final class TraceDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FIRST")
    private Path first;

    @Parameters(index = "1", paramLabel = "SECOND")
    private Path second;

    @Override
    public Integer call() throws IOException {
        List<String> differences = new TraceDiff().diff(read(first), read(second));
        differences.forEach(System.out::println);
        System.out.println(differences.isEmpty() ? "the traces mean the same"
                : differences.size() + " difference(s)");
        return differences.isEmpty() ? 0 : 1;
    }

    private static List<TraceRecord> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); TraceReader reader = TraceReader.open(in)) {
            return reader.readAll();
        }
    }
}
