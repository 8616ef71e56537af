package io.omcid.codec.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Writes one frame per line in lowercase hex; a record's comment goes on the line before it, after a #. */
final class HexTraceWriter implements TraceWriter {

    private final Writer writer;

    HexTraceWriter(OutputStream out) {
        this.writer = new OutputStreamWriter(out, StandardCharsets.US_ASCII);
    }

    @Override
    public void write(TraceRecord record) throws IOException {
        if (!record.isValid()) {
            return;
        }
        if (record.comment() != null) {
            writer.write("# " + record.comment().replace('\n', ' ') + "\n");
        }
        writer.write(HexFormat.of().formatHex(record.frame()));
        writer.write('\n');
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
