package io.omcid.mib;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.CreateResponse;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.SetRequest;
import io.omcid.codec.message.SetResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MibTest {

    private static final MeKey GEM = MeKey.of(268, 1);
    private Mib mib;

    static AttributeValues gemPort(int portId) {
        return AttributeValues.builder().putUnsigned(1, 2, portId).putUnsigned(2, 2, 0x8001).putUnsigned(3, 1, 3)
                .putUnsigned(4, 2, 0).putUnsigned(5, 2, 0).putUnsigned(7, 2, 0).putUnsigned(9, 2, 0)
                .putUnsigned(10, 1, 0).build();
    }

    @BeforeEach
    void uploadedMib() {
        mib = BrcmCapture.mib();
    }

    @Test
    void createSetAndDeleteEachCountOnce() {
        mib.create(GEM, gemPort(1024));
        assertThat(mib.mds()).isEqualTo(1);
        assertThat(mib.get(GEM).unsigned(1)).isEqualTo(1024);

        mib.set(GEM, AttributeValues.builder().putUnsigned(3, 1, 1).build());
        assertThat(mib.mds()).isEqualTo(2);
        assertThat(mib.get(GEM).unsigned(3)).isEqualTo(1);
        assertThat(mib.get(GEM).unsigned(1)).isEqualTo(1024);

        mib.delete(GEM);
        assertThat(mib.mds()).isEqualTo(3);
        assertThat(mib.contains(GEM)).isFalse();
    }

    @Test
    void onuDataAttribute1FollowsTheCounterWithoutTouchingCopies() {
        MeKey onuData = MeKey.of(2, 0);
        Mib before = mib.copy();

        mib.create(GEM, gemPort(1024));
        mib.set(GEM, AttributeValues.builder().putUnsigned(3, 1, 1).build());

        assertThat(mib.get(onuData).unsigned(1)).isEqualTo(2);
        assertThat(mib.unsigned(onuData, 1)).isEqualTo(2);
        assertThat(before.get(onuData).unsigned(1)).isZero();
        assertThat(before.mds()).isZero();
    }

    @Test
    void numbersAreReadStraightFromTheRecords() {
        mib.create(GEM, gemPort(1024));
        mib.create(MeKey.of(268, 7), gemPort(2048));

        assertThat(mib.unsigned(GEM, 1)).isEqualTo(1024);
        assertThat(mib.unsigned(GEM, 2)).isEqualTo(0x8001);
        assertThat(mib.unsigned(GEM, 6)).as("an attribute the instance lacks").isEqualTo(-1);
        assertThat(mib.unsigned(MeKey.of(268, 9), 1)).as("an instance the MIB lacks").isEqualTo(-1);

        java.util.Map<Integer, Long> ports = new java.util.LinkedHashMap<>();
        mib.forEachUnsigned(268, 1, ports::put);
        assertThat(ports).containsExactly(java.util.Map.entry(1, 1024L), java.util.Map.entry(7, 2048L));
    }

    @Test
    void theCounterWrapsFrom255To1() {
        mib.mds(254);
        mib.create(GEM, gemPort(1));
        assertThat(mib.mds()).isEqualTo(255);
        mib.delete(GEM);
        assertThat(mib.mds()).isEqualTo(1);
        mib.reset();
        assertThat(mib.mds()).isZero();
        assertThat(mib.size()).isZero();
    }

    @Test
    void attributeValueChangesUpdateWithoutCounting() {
        mib.applyAttributeValueChange(MeKey.of(256, 0), AttributeValues.builder().putUnsigned(8, 1, 1).build());
        assertThat(mib.get(MeKey.of(256, 0)).unsigned(8)).isEqualTo(1);
        assertThat(mib.get(MeKey.of(256, 0)).string(1)).isEqualTo("BRCM");
        assertThat(mib.mds()).isZero();
    }

    @Test
    void badChangesAreRefusedAndChangeNothing() {
        mib.create(GEM, gemPort(1024));
        Mib before = mib.copy();

        assertRefused(() -> mib.create(GEM, gemPort(1)), "create of 268/1: instance exists (expected: a new instance)");
        assertRefused(() -> mib.set(MeKey.of(268, 9), AttributeValues.builder().putUnsigned(3, 1, 1).build()),
                "set of 268/9: no such instance (expected: an instance of the MIB)");
        assertRefused(() -> mib.delete(MeKey.of(268, 9)), "delete of 268/9: no such instance (expected: an instance "
                + "of the MIB)");
        assertRefused(() -> mib.set(MeKey.of(256, 0), AttributeValues.builder().putString(1, 4, "ABCD").build()),
                "attribute 1 (VendorId) of 256/0: read-only (expected: a writable attribute)");
        assertRefused(() -> mib.set(GEM, AttributeValues.builder().putUnsigned(3, 2, 1).build()),
                "attribute 3 (Direction) of 268/1: 2 octets (expected: 1)");
        assertRefused(() -> mib.create(MeKey.of(65300, 1), AttributeValues.builder().putUnsigned(1, 1, 1).build()),
                "create of 65300/1: class 65300 unknown (expected: a class of the catalog)");
        assertRefused(() -> mib.create(MeKey.of(256, 1), AttributeValues.empty()),
                "create of 256/1: class OnuG does not accept it (expected: one of [set, get, test, synchronize time, "
                        + "reboot])");

        assertThat(mib.sameContent(before)).isTrue();
        assertThat(mib.mds()).isEqualTo(before.mds());
    }

    @Test
    void confirmedRequestsApplyOnlyWhatTheOnuDid() {
        Header create = Header.request(1, MessageType.CREATE, MessageSet.BASELINE, 268, 1);
        assertThat(mib.applyConfirmed(new CreateRequest(create, gemPort(7)),
                new CreateResponse(create.toResponse(), 3, 0x8000))).isFalse();
        assertThat(mib.contains(GEM)).isFalse();
        assertThat(mib.applyConfirmed(new CreateRequest(create, gemPort(7)),
                new CreateResponse(create.toResponse(), 0, 0))).isTrue();

        Header set = Header.request(2, MessageType.SET, MessageSet.BASELINE, 268, 1);
        AttributeValues two = AttributeValues.builder().putUnsigned(3, 1, 2).putUnsigned(4, 2, 0x8000).build();
        assertThat(mib.applyConfirmed(new SetRequest(set, two), new SetResponse(set.toResponse(), 9, 0, 0x1000)))
                .isTrue();
        assertThat(mib.get(GEM).unsigned(3)).isEqualTo(2);
        assertThat(mib.get(GEM).unsigned(4)).isZero();
        assertThat(mib.mds()).isEqualTo(2);
    }

    @Test
    void unknownClassesFromTheOnuAreKeptRaw() {
        Mib lenient = new Mib(MeCatalog.standard(), false);
        lenient.putUploaded(MeKey.of(65300, 1), AttributeValues.unknownClass(0x8000, new byte[] {1, 2, 3}));
        lenient.putUploaded(MeKey.of(65300, 1), AttributeValues.unknownClass(0x4000, new byte[] {4}));
        AttributeValues values = lenient.get(MeKey.of(65300, 1));
        assertThat(values.isUnknownClass()).isTrue();
        assertThat(values.mask()).isEqualTo(0xC000);
        assertThat(values.unknownData()).containsExactly(1, 2, 3, 4);
    }

    private static void assertRefused(Runnable change, String message) {
        assertThatThrownBy(change::run).isInstanceOf(MibException.class).hasMessage(message);
    }
}
