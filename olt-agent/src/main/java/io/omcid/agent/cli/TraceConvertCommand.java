package io.omcid.agent.cli;

import io.omcid.codec.trace.TraceFormat;
import io.omcid.codec.trace.TraceReader;
import io.omcid.codec.trace.TraceRecord;
import io.omcid.codec.trace.TraceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Converts a trace between hex text, pcap and pcapng, each told by its file extension. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a trace between hex text, pcap and pcapng (by file extension: .pcap, .pcapng, "
                + "anything else is hex text).")
final class TraceConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT")
    private Path output;

    @Override
    public Integer call() throws IOException {
        int frames = 0;
        int skipped = 0;
        try (InputStream in = Files.newInputStream(input);
             TraceReader reader = TraceReader.open(in);
             OutputStream out = Files.newOutputStream(output);
             TraceWriter writer = TraceWriter.open(out, TraceFormat.ofFile(output))) {
            for (TraceRecord record = reader.next(); record != null; record = reader.next()) {
                if (!record.isValid()) {
                    skipped++;
                    System.err.println("skipped, not hex: " + record.invalid());
                    continue;
                }
                writer.write(record);
                frames++;
            }
        }
        System.err.println(frames + " frame(s) written to " + output + (skipped > 0 ? ", " + skipped + " skipped"
                : ""));
        return skipped > 0 ? 1 : 0;
    }
}
