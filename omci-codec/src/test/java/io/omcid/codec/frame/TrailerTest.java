package io.omcid.codec.frame;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.ResultResponse;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The G-PON CRC-32 and the XG(S)-PON MIC, computed, checked strictly and leniently. */
class TrailerTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] KEY = HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c");
    private static final GetRequest GET_ONU_G =
            new GetRequest(Header.request(1, MessageType.GET, MessageSet.BASELINE, 256, 0), 0x8000);

    @Test
    void crcOfTheWorkedExample() {
        byte[] frame = HEX.parseHex("0001490a01000000" + "8000" + "00".repeat(30) + "00000028");
        assertThat(Integer.toHexString(Crc32Aal5.compute(frame, 0, 44))).isEqualTo("b38ab4f6");
    }

    @Test
    void cmacMatchesRfc4493() {
        OmciMic mic = new OmciMic(KEY);
        assertThat(HEX.formatHex(mic.cmac(new byte[0]))).isEqualTo("bb1d6929e95937287fa37d129b756746");
        assertThat(HEX.formatHex(mic.cmac(HEX.parseHex("6bc1bee22e409f96e93d7e117393172a"))))
                .isEqualTo("070a16b46b4d4144f79bdd9dd04a287c");
        assertThat(HEX.formatHex(mic.cmac(HEX.parseHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e"
                + "5130c81c46a35ce411")))).isEqualTo("dfa66747de9ae63030ca32611497c827");
    }

    @Test
    void aFrameWithItsCrcDecodesAsValidAndAFlippedOneAsInvalid() {
        byte[] frame = new OmciEncoder(FrameFormat.CRC).encode(GET_ONU_G);
        assertThat(decodeLenient(frame).trailer()).isEqualTo(TrailerStatus.VALID);

        frame[47] ^= 1;
        DecodeResult.Decoded lenient = decodeLenient(frame);
        assertThat(lenient.trailer()).isEqualTo(TrailerStatus.INVALID);
        assertThat(lenient.message()).isEqualTo(GET_ONU_G);

        DecodeResult strict = new OmciDecoder(MeCatalog.standard(), TrailerCheck.strictCrc()).decode(frame);
        assertThat(strict).isInstanceOf(DecodeResult.Failure.class);
        assertThat(((DecodeResult.Failure) strict).reason()).isEqualTo("CRC-32: 0xb38ab4f7 (expected: 0xb38ab4f6)");
    }

    @Test
    void micCoversTheDirectionAndTheWholeMessage() {
        OmciEncoder encoder = new OmciEncoder(FrameFormat.mic(KEY));
        OmciDecoder decoder = new OmciDecoder(MeCatalog.standard(), TrailerCheck.mic(KEY, true));

        byte[] request = encoder.encode(GET_ONU_G);
        assertThat(request).hasSize(48);
        assertThat(decoder.decode(request)).isInstanceOf(DecodeResult.Decoded.class);
        int expected = new OmciMic(KEY).compute(Direction.DOWNSTREAM, request, 0, 44);
        assertThat(HEX.formatHex(request, 44, 48)).isEqualTo(String.format("%08x", expected));

        ResultResponse response = new ResultResponse(
                Header.request(2, MessageType.REBOOT, MessageSet.EXTENDED, 256, 0).toResponse(), 0);
        byte[] upstream = encoder.encode(response);
        assertThat(upstream).hasSize(10 + 1 + 4);
        assertThat(((DecodeResult.Decoded) decoder.decode(upstream)).trailer()).isEqualTo(TrailerStatus.VALID);

        // the same octets with the downstream direction octet give another MIC
        int downstream = new OmciMic(KEY).compute(Direction.DOWNSTREAM, upstream, 0, 11);
        int upstreamMic = new OmciMic(KEY).compute(Direction.UPSTREAM, upstream, 0, 11);
        assertThat(downstream).isNotEqualTo(upstreamMic);

        upstream[5] ^= 1;
        assertThat(decoder.decode(upstream)).isInstanceOf(DecodeResult.Failure.class);
    }

    @Test
    void shorterBaselineFramesCarryNoTrailer() {
        assertThat(new OmciEncoder(FrameFormat.NO_TRAILER).encode(GET_ONU_G)).hasSize(40);
        byte[] cut = new OmciEncoder(FrameFormat.LENGTH_ONLY).encode(GET_ONU_G);
        assertThat(HEX.formatHex(cut, 40, 44)).isEqualTo("00000028");
        assertThat(decodeLenient(cut).trailer()).isEqualTo(TrailerStatus.ABSENT);
    }

    private static DecodeResult.Decoded decodeLenient(byte[] frame) {
        return (DecodeResult.Decoded) new OmciDecoder().decode(frame);
    }
}
