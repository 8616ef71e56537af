package io.omcid.agent.capture;

import io.omcid.agent.southbound.OnuAddress;
import io.omcid.codec.frame.Direction;
import io.omcid.codec.trace.TraceFormat;
import io.omcid.codec.trace.TraceRecord;
import io.omcid.codec.trace.TraceWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records the OMCI frames of chosen ONUs (or all) to pcapng files in the 0x88B5 Ethernet encapsulation, each frame
 * with its time, its direction in the packet flags, and {@code pon P onu N SERIAL} in its comment. A file is
 * closed and the next one begun when it reaches its size or its age. Frames are written by a thread of its own, so
 * ONUs never wait on the disk; when the queue is full, frames are dropped and counted. Thread-safe.
 */
public final class FrameRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FrameRecorder.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Path directory;
    private final long maxBytes;
    private final Duration maxAge;
    private final BlockingQueue<TraceRecord> queue = new ArrayBlockingQueue<>(65_536);
    private volatile Set<String> serials = Set.of();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    private volatile boolean all;
    private volatile boolean closing;
    private volatile Path file;
    private CountingStream stream;
    private TraceWriter writer;
    private Instant opened;
    private int files;

    public FrameRecorder(Path directory, long maxBytes, Duration maxAge) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
        this.thread = new Thread(this::run, "omcid-capture");
        thread.setDaemon(true);
        thread.start();
    }

    /** Captures every ONU, or one serial number more. */
    public synchronized void start(String serial) {
        if (serial == null || serial.isEmpty()) {
            all = true;
        } else {
            Set<String> more = new TreeSet<>(serials);
            more.add(serial);
            serials = Set.copyOf(more);
        }
        LOG.info("capture of {} started, into {}", serial == null || serial.isEmpty() ? "all ONUs" : serial, directory);
    }

    /** Stops capturing every ONU, or one serial number. */
    public synchronized void stop(String serial) {
        if (serial == null || serial.isEmpty()) {
            all = false;
            serials = Set.of();
        } else {
            Set<String> fewer = new TreeSet<>(serials);
            fewer.remove(serial);
            serials = Set.copyOf(fewer);
        }
        LOG.info("capture of {} stopped", serial == null || serial.isEmpty() ? "all ONUs" : serial);
    }

    public boolean capturesAll() {
        return all;
    }

    public Set<String> serials() {
        return new TreeSet<>(serials);
    }

    /** The file being written, or null before the first frame. */
    public Path file() {
        return file;
    }

    public long written() {
        return written.get();
    }

    public long dropped() {
        return dropped.get();
    }

    private boolean wanted(String serial) {
        return all || serials.contains(serial);
    }

    /** Hands a frame to the recorder if its ONU is captured. */
    public void record(OnuAddress address, String serial, Direction direction, byte[] frame) {
        if (closing || serial == null || !wanted(serial)) {
            return;
        }
        TraceRecord record = TraceRecord.of(Instant.now(), direction, frame.clone(), address + " " + serial);
        if (!queue.offer(record)) {
            dropped.incrementAndGet();
        }
    }

    /** Waits until what was handed over so far is on disk. */
    public void flush() {
        long deadline = System.currentTimeMillis() + 5000;
        while (!queue.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        synchronized (this) {
            try {
                if (writer != null) {
                    writer.flush();
                }
            } catch (IOException e) {
                LOG.warn("capture: flush of {} failed: {}", file, e.getMessage());
            }
        }
    }

    private void run() {
        while (!closing || !queue.isEmpty()) {
            try {
                TraceRecord record = queue.poll(100, TimeUnit.MILLISECONDS);
                if (record != null) {
                    write(record);
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                LOG.error("capture: writing {} failed: {}", file, e.getMessage());
            }
        }
    }

    private synchronized void write(TraceRecord record) throws IOException {
        if (writer == null || stream.count >= maxBytes || Duration.between(opened,
                Instant.now()).compareTo(maxAge) > 0) {
            rotate();
        }
        writer.write(record);
        // each frame reaches the file at once: the size is known for rotation, and a crash leaves whole frames
        writer.flush();
        written.incrementAndGet();
    }

    private void rotate() throws IOException {
        if (writer != null) {
            writer.close();
            LOG.info("capture: {} closed, {} octets", file, stream.count);
        }
        Files.createDirectories(directory);
        opened = Instant.now();
        file = directory.resolve("omci-" + NAME.format(opened) + "-" + (++files) + ".pcapng");
        stream = new CountingStream(Files.newOutputStream(file));
        writer = TraceWriter.open(stream, TraceFormat.PCAPNG);
    }

    @Override
    public void close() {
        closing = true;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                if (writer != null) {
                    writer.close();
                }
            } catch (IOException e) {
                LOG.warn("capture: close of {} failed: {}", file, e.getMessage());
            }
        }
    }

    /** Counts the octets that reach the file, for rotation by size. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
