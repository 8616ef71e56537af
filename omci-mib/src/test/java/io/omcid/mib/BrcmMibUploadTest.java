package io.omcid.mib;

import io.omcid.codec.message.AttributeValues;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The MIB built from the 258 MIB upload next responses of a real Broadcom ONU. */
class BrcmMibUploadTest {

    private final Mib mib = BrcmCapture.mib();

    @Test
    void holdsEveryInstanceTheOnuReported() {
        assertThat(BrcmCapture.responses()).hasSize(258);
        assertThat(mib.size()).isEqualTo(161);
        Map<Integer, Integer> perClass = new TreeMap<>();
        mib.keys().forEach(key -> perClass.merge(key.classId(), 1, Integer::sum));
        assertThat(perClass).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry(2, 1), Map.entry(5, 3), Map.entry(6, 3), Map.entry(7, 2), Map.entry(131, 1),
                Map.entry(133, 1), Map.entry(134, 1), Map.entry(256, 1), Map.entry(257, 1), Map.entry(262, 8),
                Map.entry(263, 1), Map.entry(264, 1), Map.entry(277, 72), Map.entry(278, 64), Map.entry(329, 1))));
    }

    @Test
    void identifiesTheOnu() {
        AttributeValues onuG = mib.get(MeKey.of(256, 0));
        assertThat(onuG.string(1)).isEqualTo("BRCM");
        assertThat(HexFormat.of().formatHex(onuG.bytes(3))).isEqualTo("4252434d12345678");
        assertThat(onuG.unsigned(13)).isEqualTo(3);
        assertThat(mib.get(MeKey.of(257, 0)).string(1)).isEqualTo("BVM4K00BRA0915-0083");
        assertThat(mib.get(MeKey.of(7, 0)).string(1)).isEqualTo("5022GWO2662003");
        assertThat(mib.get(MeKey.of(7, 0)).unsigned(3)).isEqualTo(1);
        assertThat(mib.get(MeKey.of(7, 1)).unsigned(3)).isZero();
    }

    @Test
    void gathersAnInstanceReportedInSeveralPieces() {
        AttributeValues circuitPack = mib.get(MeKey.of(6, 257));
        assertThat(circuitPack.knownMask()).isEqualTo(0xFFFC);
        assertThat(circuitPack.unsigned(1)).isEqualTo(0x2f);
        assertThat(circuitPack.string(5)).isEqualTo("BRCM");
        assertThat(circuitPack.unsigned(14)).isZero();
    }

    @Test
    void takesTheSyncCounterFromOnuData() {
        assertThat(mib.mds()).isZero();
    }
}
