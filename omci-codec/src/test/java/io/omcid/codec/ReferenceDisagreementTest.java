package io.omcid.codec;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.RequestValidator;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.message.GetAllAlarmsNextResponse;
import io.omcid.codec.message.GetResponse;
import io.omcid.codec.message.SetRequest;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frames where this codec follows G.988 and the reference decoder does not. The reference rejects all three;
 * this codec decodes them, keeps every octet, and leaves judging a request to {@link RequestValidator}.
 */
class ReferenceDisagreementTest {

    private final OmciDecoder decoder = new OmciDecoder();

    private DecodeResult.Decoded decode(String hex) {
        DecodeResult result = decoder.decode(HexFormat.of().parseHex(hex));
        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        return (DecodeResult.Decoded) result;
    }

    /** G.988 clause 11.1.6 lets newer editions add attributes; their octets must survive, not fail the frame. */
    @Test
    void aMaskBitTheCatalogDoesNotDefineIsKeptAsUnknownData() {
        GetResponse response = (GetResponse) decode("2005290a01000000000001ff"
                + "00".repeat(28) + "00000028").message();
        assertThat(response.values().mask()).isEqualTo(0x0001);
        assertThat(response.values().unknownMask()).isEqualTo(0x0001);
        assertThat(HexFormat.of().formatHex(response.values().unknownData())).startsWith("ff");
    }

    /** A Set of a read-only attribute is well formed on the wire; refusing it is the sender's check,
            not the codec's. */
    @Test
    void aSetOfAReadOnlyAttributeDecodesAndTheValidatorRefusesIt() {
        SetRequest set = (SetRequest) decode("3003480a01000000800041424344" + "00".repeat(26) + "00000028").message();
        assertThat(set.values().string(1)).isEqualTo("ABCD");
        assertThat(new RequestValidator(MeCatalog.standard(), false).problems(set))
                .containsExactly("attribute 1 (VendorId) of OnuG: read-only (expected: a writable attribute)");
    }

    /** G.988 C.2.40: extended records are 32 octets each, whatever the alarmed class id is. */
    @Test
    void anExtendedGetAllAlarmsNextForAniGDecodes() {
        GetAllAlarmsNextResponse response = (GetAllAlarmsNextResponse) decode(
                "60022c0b0002000000200107000040" + "00".repeat(27)).message();
        assertThat(response.records()).singleElement().satisfies(record -> {
            assertThat(record.classId()).isEqualTo(263);
            assertThat(record.bitmap().active()).containsExactly(1);
        });
    }
}
