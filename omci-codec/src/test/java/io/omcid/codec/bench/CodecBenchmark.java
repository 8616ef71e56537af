package io.omcid.codec.bench;

import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Typed decode and encode of single frames: a Get response with attributes, a MIB upload next response, and a
 * Create of a GEM port network CTP. Run as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {

    private static final HexFormat HEX = HexFormat.of();

    /** Get response of ONU-G: vendor id, version, serial number, traffic management option (29 octets). */
    private final byte[] getResponse = HEX.parseHex("035e290a01000000" + "00" + "f000"
            + "42524344" + "56312e302e30" + "00".repeat(8) + "4252434412345678" + "02" + "00".repeat(2)
            + "00000028");

    /** MIB upload next response: a priority queue with twelve attributes (real Broadcom ONU capture). */
    private final byte[] mibUploadNext = HEX.parseHex(
            "02862e0a0002000001150000fff0000000000000000000010100000000010000000000000000000000000028");

    private final CreateRequest createGemPort = new CreateRequest(
            Header.request(12, MessageType.CREATE, MessageSet.BASELINE, 268, 256),
            AttributeValues.builder().putUnsigned(1, 2, 1024).putUnsigned(2, 2, 0x8000).putUnsigned(3, 1, 3)
                    .putUnsigned(4, 2, 0x100).putUnsigned(5, 2, 0).putUnsigned(7, 2, 0).putUnsigned(9, 2, 0)
                    .putUnsigned(10, 1, 0).build());

    private final OmciDecoder decoder = new OmciDecoder();
    private final OmciEncoder encoder = new OmciEncoder(FrameFormat.LENGTH_ONLY);

    /** Refuses to measure frames that do not decode: a failure is cheaper than a decode. */
    @Setup
    public void check() {
        for (byte[] frame : new byte[][] {getResponse, mibUploadNext}) {
            if (!(decoder.decode(frame) instanceof DecodeResult.Decoded)) {
                throw new IllegalStateException("benchmark frame does not decode: " + decoder.decode(frame));
            }
        }
    }

    @Benchmark
    public DecodeResult decodeGetResponse() {
        return decoder.decode(getResponse);
    }

    @Benchmark
    public DecodeResult decodeMibUploadNextResponse() {
        return decoder.decode(mibUploadNext);
    }

    @Benchmark
    public byte[] encodeCreateGemPortNetworkCtp() {
        return encoder.encode(createGemPort);
    }
}
