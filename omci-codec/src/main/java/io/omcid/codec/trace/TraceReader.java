package io.omcid.codec.trace;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads trace records one at a time. */
public interface TraceReader extends Closeable {

    /** The next record, or null at the end of the trace. */
    TraceRecord next() throws IOException;

    /** A reader of the given format. */
    static TraceReader open(InputStream in, TraceFormat format) throws IOException {
        return switch (format) {
            case HEX -> new HexTraceReader(in);
            case PCAP -> new PcapReader(in);
            case PCAPNG -> new PcapngReader(in);
        };
    }

    /** A reader of whatever format the stream's first octets show. */
    static TraceReader open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        return open(buffered, TraceFormat.sniff(head));
    }

    /** Every record left. */
    default List<TraceRecord> readAll() throws IOException {
        List<TraceRecord> records = new ArrayList<>();
        for (TraceRecord record = next(); record != null; record = next()) {
            records.add(record);
        }
        return records;
    }
}
