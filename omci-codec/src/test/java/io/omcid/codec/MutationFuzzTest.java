package io.omcid.codec;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.netty.LeakCheck;
import io.omcid.codec.netty.OmciFrameDecoder;
import io.omcid.codec.netty.OmciMessageDecoder;
import io.omcid.codec.text.OmciJson;
import io.omcid.codec.catalog.MeCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Mutated copies of real frames: bit flips, truncations, lying length fields, wrong device identifiers, other
 * message types and classes. Only the codec's own failure may come out, a decoded message must survive encoding
 * and decoding again unchanged, and no buffer may leak.
 */
@ExtendWith(LeakCheck.class)
class MutationFuzzTest {

    private static final int MUTANTS = 100_000;
    private static final OmciJson JSON = new OmciJson(MeCatalog.standard());

    private final List<byte[]> seeds = Corpus.all().stream().map(Corpus.Frame::bytes).toList();
    private final OmciDecoder decoder = new OmciDecoder();

    @Test
    void mutatedFramesGiveOnlyDecodedMessagesOrTheCodecsOwnFailure() {
        Random random = new Random(988L);
        int decoded = 0;
        int failed = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
            DecodeResult result;
            try {
                result = decoder.decode(mutant);
            } catch (RuntimeException e) {
                throw new AssertionError("decoder threw for " + HexFormat.of().formatHex(mutant), e);
            }
            if (result instanceof DecodeResult.Failure failure) {
                assertThat(failure.reason()).contains("(expected: ");
                assertThat(failure.frame()).isEqualTo(mutant);
                failed++;
            } else {
                reencodes((DecodeResult.Decoded) result, mutant);
                decoded++;
            }
        }
        assertThat(decoded + failed).isEqualTo(MUTANTS);
        assertThat(decoded).as("mutants that still decode").isGreaterThan(MUTANTS / 10);
        assertThat(failed).as("mutants that fail").isGreaterThan(MUTANTS / 10);
    }

    /** What decoded must encode, and the encoding must decode to the same message. */
    private void reencodes(DecodeResult.Decoded decoded, byte[] mutant) {
        byte[] again;
        try {
            again = new OmciEncoder(FrameFormat.LENGTH_ONLY).encode(decoded.message());
        } catch (IllegalArgumentException e) {
            throw new AssertionError("decoded but cannot encode " + HexFormat.of().formatHex(mutant), e);
        }
        DecodeResult second = decoder.decode(again);
        if (!(second instanceof DecodeResult.Decoded redecoded)) {
            fail("re-encoding of " + HexFormat.of().formatHex(mutant) + " does not decode: " + second);
            return;
        }
        String first = JSON.render(decoded).replaceFirst("\"hex\":\"[0-9a-f]*\"", "")
                .replaceFirst(",\"trailer\":\"[a-z]*\"", "");
        String next = JSON.render(redecoded).replaceFirst("\"hex\":\"[0-9a-f]*\"", "")
                .replaceFirst(",\"trailer\":\"[a-z]*\"", "");
        if (!first.equals(next)) {
            fail("round trip of " + HexFormat.of().formatHex(mutant) + "\n  " + first + "\n  " + next);
        }
    }

    @Test
    void mutatedStreamsThroughThePipelineNeverThrowNorLeak() {
        Random random = new Random(42);
        EmbeddedChannel channel = new EmbeddedChannel(new OmciFrameDecoder(44, true), new OmciMessageDecoder());
        int results = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
            channel.writeInbound(Unpooled.wrappedBuffer(mutant));
            for (Object out = channel.readInbound(); out != null; out = channel.readInbound()) {
                assertThat(out).isInstanceOf(DecodeResult.class);
                results++;
            }
            assertThat(channel.isActive()).isTrue();
        }
        channel.checkException();
        channel.finishAndReleaseAll();
        assertThat(results).isGreaterThan(10_000);
    }

    static byte[] mutate(byte[] seed, Random random) {
        byte[] frame = seed.clone();
        switch (random.nextInt(8)) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    int bit = random.nextInt(frame.length * 8);
                    frame[bit >> 3] ^= (byte) (1 << (bit & 7));
                }
            }
            case 1 -> frame = Arrays.copyOf(frame, random.nextInt(frame.length + 1));
            case 2 -> {
                // a length field that lies: the extended contents length, or the baseline SDU length
                if (frame.length > 9 && frame[3] == 0x0B) {
                    int length = random.nextBoolean() ? random.nextInt(0x10000) : random.nextInt(frame.length);
                    frame[8] = (byte) (length >> 8);
                    frame[9] = (byte) length;
                } else if (frame.length >= 44) {
                    frame[42] = (byte) random.nextInt(256);
                    frame[43] = (byte) random.nextInt(256);
                }
            }
            case 3 -> frame[3] = (byte) (random.nextBoolean() ? random.nextInt(256) : frame[3] ^ 0x01);
            case 4 -> frame[2] = (byte) random.nextInt(256);
            case 5 -> {
                frame[4] = (byte) random.nextInt(2);
                frame[5] = (byte) random.nextInt(256);
            }
            case 6 -> {
                for (int i = 8; i < Math.min(frame.length, 40); i++) {
                    if (random.nextInt(4) == 0) {
                        frame[i] = (byte) random.nextInt(256);
                    }
                }
            }
            default -> {
                byte[] longer = Arrays.copyOf(frame, frame.length + 1 + random.nextInt(40));
                for (int i = frame.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                frame = longer;
            }
        }
        return frame;
    }
}
