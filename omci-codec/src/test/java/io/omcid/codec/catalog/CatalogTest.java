package io.omcid.codec.catalog;

import io.omcid.codec.message.MessageType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    private final MeCatalog catalog = MeCatalog.standard();

    @Test
    void holdsTheWholeOfG988AsPublishedStacksKnowIt() {
        assertThat(catalog.classes()).hasSizeGreaterThanOrEqualTo(190);
    }

    @Test
    void holdsEveryClassAnOltNeedsToDiscoverProvisionAndSupervise() {
        int[] needed = {2, 5, 6, 7, 11, 24, 45, 47, 53, 84, 130, 131, 133, 134, 171, 256, 257, 262, 263, 264, 266,
            267, 268, 272, 277, 278, 280, 281, 309, 310, 312, 334, 425};
        for (int classId : needed) {
            assertThat(catalog.find(classId)).as("class " + classId).isNotNull();
        }
    }

    @Test
    void gemPortNetworkCtpAsG988DefinesIt() {
        MeClass ctp = catalog.find(268);
        assertThat(ctp.name()).isEqualTo("GemPortNetworkCtp");
        assertThat(ctp.supports(MessageType.CREATE)).isTrue();
        assertThat(ctp.supports(MessageType.MIB_RESET)).isFalse();
        AttributeDef portId = ctp.attribute(1);
        assertThat(portId.size()).isEqualTo(2);
        assertThat(portId.setByCreate()).isTrue();
        assertThat(portId.writable()).isTrue();
        assertThat(ctp.setByCreateSize()).isEqualTo(14);
        assertThat(ctp.setByCreateMask()).isEqualTo(0xFAC0);
    }

    @Test
    void onuGIdentifiesTheOnu() {
        MeClass onuG = catalog.find(256);
        assertThat(onuG.attribute(1).format()).isEqualTo(ValueFormat.STRING);
        assertThat(onuG.attribute(3).format()).isEqualTo(ValueFormat.BYTES);
        assertThat(onuG.attribute(3).size()).isEqualTo(8);
        assertThat(onuG.attribute(8).avc()).isTrue();
        assertThat(onuG.alarms()).contains(0, 7);
    }

    @Test
    void vendorRangesAreVendorSpecific() {
        assertThat(MeCatalog.isVendorSpecific(250)).isTrue();
        assertThat(MeCatalog.isVendorSpecific(370)).isTrue();
        assertThat(MeCatalog.isVendorSpecific(65300)).isTrue();
        assertThat(MeCatalog.isVendorSpecific(256)).isFalse();
        assertThat(catalog.find(65300)).isNull();
    }

    @Test
    void aBadCatalogLineIsRefusedWithItsNumber() {
        String text = "class 9000 Thing actions=8,9\n  1 A 0 R M uint\n";
        byte[] octets = text.getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> CatalogParser.parse(new ByteArrayInputStream(octets)))
                .hasMessageStartingWith("catalog line 2: attribute size: 0");
    }
}
