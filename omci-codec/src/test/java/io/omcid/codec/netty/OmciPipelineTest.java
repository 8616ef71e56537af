package io.omcid.codec.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.omcid.codec.Corpus;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.text.OmciJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The Netty handlers in an {@link EmbeddedChannel}: framing, decoding, encoding, bad input, and no leaks. */
@ExtendWith(LeakCheck.class)
class OmciPipelineTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final OmciJson JSON = new OmciJson(MeCatalog.standard());

    /** The accepted corpus frames of 44 octets: what the openolt API and many OLT chips carry. */
    private static List<byte[]> frames44() {
        List<byte[]> frames = new ArrayList<>();
        for (Corpus.Frame frame : Corpus.load("omci-lib-go-vectors.jsonl")) {
            byte[] bytes = frame.bytes();
            if (bytes.length == 44 && frame.ok()) {
                frames.add(bytes);
            }
        }
        return frames;
    }

    private static EmbeddedChannel pipeline() {
        return pipeline(48);
    }

    private static EmbeddedChannel pipeline(int baselineLength) {
        return new EmbeddedChannel(new OmciFrameDecoder(baselineLength, true), new OmciMessageDecoder());
    }

    private static List<String> drain(EmbeddedChannel channel) {
        List<String> out = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            assertThat(message).isInstanceOf(DecodeResult.class);
            out.add(JSON.render((DecodeResult) message));
        }
        return out;
    }

    private static byte[] concat(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frames.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Test
    void wholeByteByByteAndRandomFragmentsGiveTheSameMessages() {
        List<byte[]> frames = frames44();
        assertThat(frames).hasSizeGreaterThan(300);
        byte[] all = concat(frames);

        EmbeddedChannel whole = pipeline(44);
        whole.writeInbound(Unpooled.wrappedBuffer(all));
        List<String> expected = drain(whole);
        assertThat(expected).hasSize(frames.size());
        assertThat(whole.finish()).isFalse();

        EmbeddedChannel bytewise = pipeline(44);
        for (byte b : all) {
            bytewise.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        assertThat(drain(bytewise)).isEqualTo(expected);
        assertThat(bytewise.finish()).isFalse();

        Random random = new Random(7);
        for (int run = 0; run < 20; run++) {
            EmbeddedChannel fragmented = pipeline(44);
            int at = 0;
            while (at < all.length) {
                int size = Math.min(all.length - at, 1 + random.nextInt(100));
                ByteBuf piece = Unpooled.buffer(size).writeBytes(all, at, size);
                fragmented.writeInbound(piece);
                at += size;
            }
            assertThat(drain(fragmented)).isEqualTo(expected);
            assertThat(fragmented.finish()).isFalse();
        }
    }

    @Test
    void extendedFramesAreFramedByTheirLengthField() {
        byte[] extended = HEX.parseHex("1008490b010000000002800001020304");
        byte[] baseline = HEX.parseHex("0107280a01000000" + "00".repeat(32) + "00000028" + "00000000");
        EmbeddedChannel channel = pipeline();
        channel.writeInbound(Unpooled.wrappedBuffer(concat(List.of(extended, baseline, extended))));
        List<String> out = drain(channel);
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).contains("\"type\":9,\"ar\":true").contains("\"attributeMask\":32768");
        assertThat(out.get(1)).contains("\"type\":8,\"ar\":false,\"ak\":true").contains("\"result\":0");
        assertThat(out.get(2)).isEqualTo(out.get(0));
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void aBadDeviceIdentifierIsReportedAndTheChannelGoesOn() {
        byte[] good = frames44().get(0);
        byte[] bad = good.clone();
        bad[3] = 0x0C;
        EmbeddedChannel channel = pipeline(44);
        channel.writeInbound(Unpooled.wrappedBuffer(concat(List.of(good, bad, good))));

        Object first = channel.readInbound();
        Object second = channel.readInbound();
        Object third = channel.readInbound();
        assertThat(first).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(second).isInstanceOf(DecodeResult.Failure.class);
        DecodeResult.Failure failure = (DecodeResult.Failure) second;
        assertThat(failure.reason()).isEqualTo("device identifier: 0xc (expected: 0x0a baseline or 0x0b extended)");
        assertThat(failure.frame()).isEqualTo(bad);
        assertThat(third).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(channel.isActive()).isTrue();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void anExtendedLengthBeyondTheLimitIsSkipped() {
        byte[] lying = HEX.parseHex("1008490b01000000ffff");
        byte[] good = frames44().get(0);
        EmbeddedChannel channel = pipeline(44);
        channel.writeInbound(Unpooled.wrappedBuffer(concat(List.of(lying, good))));
        DecodeResult.Failure failure = channel.readInbound();
        assertThat(failure.reason()).isEqualTo("extended contents length: 65535 (expected: at most 1966)");
        assertThat((Object) channel.readInbound()).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void aMalformedFrameBecomesAFailureWithItsOctetsAndReason() {
        byte[] frame = HEX.parseHex("1005490a01000000" + "8000" + "00".repeat(30) + "00000000" + "00000000");
        EmbeddedChannel channel = pipeline();
        channel.writeInbound(Unpooled.wrappedBuffer(frame));
        DecodeResult.Failure failure = channel.readInbound();
        assertThat(failure.reason()).isEqualTo("baseline CPCS-SDU length: 0 (expected: 40)");
        assertThat(failure.frame()).isEqualTo(frame);
        assertThat(channel.isActive()).isTrue();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void theEncoderWritesFramesThatTheDecoderReadsBack() {
        OmciMessage get = new GetRequest(Header.request(1, MessageType.GET, MessageSet.BASELINE, 256, 0), 0x8000);
        EmbeddedChannel out = new EmbeddedChannel(new OmciMessageEncoder(new OmciEncoder(FrameFormat.CRC)));
        assertThat(out.writeOutbound(get)).isTrue();
        ByteBuf frame = out.readOutbound();
        byte[] bytes = new byte[frame.readableBytes()];
        frame.readBytes(bytes);
        frame.release();
        // G.988 A.1 with the CRC of the worked example: Get ONU-G, attribute 1
        assertThat(HEX.formatHex(bytes)).isEqualTo("0001490a01000000" + "8000" + "00".repeat(30) + "00000028"
                + "b38ab4f6");

        EmbeddedChannel in = pipeline();
        in.writeInbound(Unpooled.wrappedBuffer(bytes));
        DecodeResult.Decoded decoded = in.readInbound();
        assertThat(decoded.message()).isEqualTo(get);
        assertThat(out.finish()).isFalse();
        assertThat(in.finish()).isFalse();
    }

    @Test
    void theLeakCheckSeesAnUnreleasedBuffer() {
        ByteBuf leaked = Unpooled.directBuffer(16).writeLong(1);
        assertThat(leaked.refCnt()).isEqualTo(1);
        leaked = null;
        List<String> leaks = LeakRecorder.drain();
        assertThat(leaks).as("the recorder must report a buffer dropped without release").isNotEmpty();
    }
}
