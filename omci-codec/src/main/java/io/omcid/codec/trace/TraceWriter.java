package io.omcid.codec.trace;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/** Writes trace records one at a time; closing flushes and closes the stream. */
public interface TraceWriter extends Closeable {

    void write(TraceRecord record) throws IOException;

    void flush() throws IOException;

    static TraceWriter open(OutputStream out, TraceFormat format) throws IOException {
        return switch (format) {
            case HEX -> new HexTraceWriter(out);
            case PCAP -> new PcapWriter(out);
            case PCAPNG -> new PcapngWriter(out);
        };
    }
}
