package io.omcid.codec.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.ReferenceCountUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Frames per second through {@link OmciFrameDecoder}: a buffer of 1024 back-to-back 48-octet baseline frames is
 * split into retained slices, each released as a handler that consumed it would. One thread, so one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dio.netty.leakDetection.level=disabled")
public class FrameDecoderBenchmark {

    private static final int FRAMES = 1024;

    private final OmciFrameDecoder decoder = new OmciFrameDecoder(48, true);
    private final List<Object> out = new ArrayList<>(FRAMES);
    private ByteBuf stream;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] frame = HexFormat.of().parseHex("0001490a01000000" + "8000" + "00".repeat(30) + "00000028b38ab4f6");
        stream = Unpooled.directBuffer(frame.length * FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            stream.writeBytes(frame);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        stream.release();
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public int splitFrames() {
        stream.readerIndex(0);
        decoder.decode(null, stream, out);
        int count = out.size();
        for (int i = 0; i < count; i++) {
            ReferenceCountUtil.release(out.get(i));
        }
        out.clear();
        return count;
    }
}
