package io.omcid.mib.template;

import io.omcid.codec.message.AttributeValues;
import io.omcid.mib.BrcmCapture;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import io.omcid.mib.MibComparison;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTest {

    private static Mib onuWithSerial(String serialHex) {
        Mib mib = BrcmCapture.mib();
        mib.applyAttributeValueChange(MeKey.of(256, 0),
                AttributeValues.builder().put(3, HexFormat.of().parseHex(serialHex)).build());
        return mib;
    }

    @Test
    void onusOfOneModelShareOneTemplateAndKeepOnlyTheirDifferences() {
        TemplateRegistry registry = new TemplateRegistry();
        Mib first = onuWithSerial("4252434d00000001");
        Mib second = onuWithSerial("4252434d00000002");
        Mib firstCopy = first.copy();
        Mib secondCopy = second.copy();

        MibTemplate a = registry.adopt(first);
        MibTemplate b = registry.adopt(second);

        assertThat(b).isSameAs(a);
        assertThat(a.key()).isEqualTo(new TemplateKey("BRCM", "BVM4K00BRA0915-0083", "5022GWO2662003,5022GWO2662003"));
        assertThat(first.overlaySize()).isZero();
        assertThat(second.overlaySize()).isEqualTo(1);
        assertThat(first.sameContent(firstCopy)).isTrue();
        assertThat(second.sameContent(secondCopy)).isTrue();
        assertThat(MibComparison.compare(second, secondCopy).isEmpty()).isTrue();
    }

    @Test
    void visitingOneClassMergesTemplateAndOverlayLikeTheWholeVisit() {
        TemplateRegistry registry = new TemplateRegistry();
        Mib mib = BrcmCapture.mib();
        registry.adopt(mib);
        int deleted = mib.keys(278).get(1).instance();
        mib.delete(MeKey.of(278, deleted));
        mib.applyAttributeValueChange(MeKey.of(278, 0xFFF0), AttributeValues.builder().putUnsigned(4, 1, 1).build());
        mib.applyAttributeValueChange(MeKey.of(278, mib.keys(278).get(0).instance()), AttributeValues.builder()
                .putUnsigned(4, 1, 9).build());

        for (int classId : new int[] {2, 256, 277, 278, 65535}) {
            java.util.List<String> whole = new java.util.ArrayList<>();
            mib.forEach((packed, record) -> {
                if (packed >>> 16 == classId) {
                    whole.add(MeKey.unpack(packed) + "=" + HexFormat.of().formatHex(record));
                }
            });
            java.util.List<String> one = new java.util.ArrayList<>();
            mib.forEach(classId, (packed, record) -> one.add(MeKey.unpack(packed) + "=" + HexFormat.of()
                    .formatHex(record)));
            assertThat(one).as("class %d", classId).isEqualTo(whole);
        }
        assertThat(mib.keys(278)).contains(MeKey.of(278, 0xFFF0)).doesNotContain(MeKey.of(278, deleted));
    }

    @Test
    void changesAfterAdoptionStayInTheOverlayAndLeaveTheTemplateAlone() {
        TemplateRegistry registry = new TemplateRegistry();
        Mib one = BrcmCapture.mib();
        Mib two = BrcmCapture.mib();
        MibTemplate template = registry.adopt(one);
        registry.adopt(two);
        int before = template.size();

        two.delete(MeKey.of(278, two.keys(278).get(0).instance()));
        two.set(MeKey.of(256, 0), AttributeValues.builder().putUnsigned(7, 1, 1).build());

        assertThat(template.size()).isEqualTo(before);
        // the deleted scheduler, ONU-G, and ONU data whose attribute 1 follows the sync counter
        assertThat(two.overlaySize()).isEqualTo(3);
        assertThat(two.size()).isEqualTo(one.size() - 1);
        assertThat(one.get(MeKey.of(256, 0)).unsigned(7)).isZero();
        assertThat(two.get(MeKey.of(256, 0)).unsigned(7)).isEqualTo(1);
    }

    @Test
    void theSameContentGivesTheSameTemplateId() {
        assertThat(BrcmCapture.mib().toTemplate(new TemplateKey("a", "b", "c")).id())
                .isEqualTo(BrcmCapture.mib().toTemplate(new TemplateKey("a", "b", "c")).id());
    }
}
