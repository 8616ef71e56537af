package io.omcid.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.frame.TrailerStatus;
import io.omcid.codec.text.OmciJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reference frame the reference decoder accepts decodes to exactly its fields, and re-encodes to the same
 * header and contents (and trailer, where the frame's own trailer is valid).
 */
class ReferenceCorpusTest {

    private final OmciDecoder decoder = new OmciDecoder();
    private final OmciJson json = new OmciJson(MeCatalog.standard());

    @Test
    void everyAcceptedFrameDecodesToTheReferenceFields() throws Exception {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Corpus.Frame frame : Corpus.all()) {
            if (!frame.ok()) {
                continue;
            }
            JsonNode ours = Corpus.JSON.readTree(json.render(decoder.decode(frame.bytes())));
            List<String> differences = ReferenceComparison.differences(frame.reference(), ours);
            if (!differences.isEmpty()) {
                disagreements.add(frame + "\n    " + String.join("\n    ", differences));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(600);
        assertThat(disagreements).as("frames that disagree with the reference").isEmpty();
    }

    @Test
    void everyAcceptedFrameReencodesToTheSameOctets() {
        List<String> mismatches = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        for (Corpus.Frame frame : Corpus.all()) {
            if (!frame.ok()) {
                continue;
            }
            byte[] bytes = frame.bytes();
            DecodeResult result = decoder.decode(bytes);
            assertThat(result).as(frame.toString()).isInstanceOf(DecodeResult.Decoded.class);
            DecodeResult.Decoded decoded = (DecodeResult.Decoded) result;

            boolean extended = bytes[3] == 0x0B;
            FrameFormat format = extended || bytes.length < 44 ? FrameFormat.NO_TRAILER
                    : decoded.trailer() == TrailerStatus.VALID ? FrameFormat.CRC : FrameFormat.LENGTH_ONLY;
            byte[] encoded = new OmciEncoder(format).encode(decoded.message());
            int compare = extended ? 10 + (((bytes[8] & 0xFF) << 8) | (bytes[9] & 0xFF))
                    : bytes.length < 44 ? 40 : format == FrameFormat.CRC ? 48 : 44;
            byte[] expected = Arrays.copyOf(bytes, compare);
            byte[] actual = Arrays.copyOf(encoded, compare);
            if (!extended && compare >= 44) {
                // CPCS-UU and CPI are not the message's; the decoder does not keep them (G.988 A.1)
                expected[40] = 0;
                expected[41] = 0;
            }
            if (!Arrays.equals(expected, actual)) {
                mismatches.add(frame + "\n    encoded " + hex.formatHex(encoded));
            }
        }
        assertThat(mismatches).as("frames that do not re-encode to the same octets").isEmpty();
    }
}
