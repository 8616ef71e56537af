package io.omcid.mib;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.MibUploadNextResponse;
import io.omcid.codec.message.MibUploadRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of Create, Set and Delete: the MIB they leave, compared with an upload of the same state, gives
 * an empty difference, and any one further change gives exactly that difference.
 */
class MibComparisonTest {

    /** One change the OLT makes: on a GEM port network CTP (class 268) with an instance from 1 to 6. */
    record Change(int kind, int instance, int value) {
    }

    private static final int TRIES = 300;

    /** A random sequence of up to 40 changes; the seed names it in a failure message. */
    static List<Change> changes(long seed) {
        Random random = new Random(seed);
        List<Change> changes = new ArrayList<>();
        for (int i = random.nextInt(41); i > 0; i--) {
            changes.add(new Change(random.nextInt(3), 1 + random.nextInt(6), random.nextInt(256)));
        }
        return changes;
    }

    private static void apply(Mib mib, Change change) {
        MeKey key = MeKey.of(268, change.instance());
        switch (change.kind()) {
            case 0 -> {
                if (!mib.contains(key)) {
                    mib.create(key, MibTest.gemPort(change.value()));
                }
            }
            case 1 -> {
                if (mib.contains(key)) {
                    mib.set(key, AttributeValues.builder().putUnsigned(3, 1, change.value()).build());
                }
            }
            default -> {
                if (mib.contains(key)) {
                    mib.delete(key);
                }
            }
        }
    }

    /** What the ONU would upload of a MIB: every instance, baseline-sized pieces of at most 26 octets. */
    static Mib uploadOf(Mib mib) {
        MibUpload upload = new MibUpload(MeCatalog.standard());
        Header header = Header.request(1, MessageType.MIB_UPLOAD_NEXT, MessageSet.BASELINE, 2, 0).toResponse();
        for (MeKey key : mib.keys()) {
            AttributeValues values = mib.get(key);
            AttributeValues.Builder piece = AttributeValues.builder();
            int octets = 0;
            for (int index = 1; index <= 16; index++) {
                if (!values.has(index)) {
                    continue;
                }
                if (octets + values.length(index) > 26) {
                    upload.accept(new MibUploadNextResponse(header, List.of(new MibUploadRecord(key.classId(),
                            key.instance(), piece.build()))));
                    piece = AttributeValues.builder();
                    octets = 0;
                }
                piece.put(index, values.bytes(index));
                octets += values.length(index);
            }
            upload.accept(new MibUploadNextResponse(header, List.of(new MibUploadRecord(key.classId(), key.instance(),
                    piece.build()))));
        }
        return upload.build();
    }

    @Test
    void anUploadOfTheSameStateDiffersInNothing() {
        for (long seed = 1; seed <= TRIES; seed++) {
            List<Change> changes = changes(seed);
            Mib olt = BrcmCapture.mib();
            changes.forEach(change -> apply(olt, change));
            MibDifference difference = MibComparison.compare(olt, uploadOf(olt));
            assertThat(difference.isEmpty()).as("seed " + seed + ": " + difference).isTrue();
        }
    }

    @Test
    void oneMoreChangeIsExactlyTheDifference() {
        for (long seed = 1; seed <= TRIES; seed++) {
            oneMoreChange(changes(seed));
        }
    }

    /** The differences but the sync counter's: ONU data attribute 1 moves with every change (G.988 9.1.3). */
    private static List<MibDifference.AttributeDifference> beyondCounter(MibDifference difference) {
        return difference.attributes().stream().filter(d -> !d.key().equals(MeKey.of(2, 0))).toList();
    }

    private static void oneMoreChange(List<Change> changes) {
        Mib olt = BrcmCapture.mib();
        changes.forEach(change -> apply(olt, change));
        Mib onu = uploadOf(olt);

        List<MeKey> present = new ArrayList<>(olt.keys(268));
        MeKey fresh = MeKey.of(268, 100);
        if (present.isEmpty() || changes.size() % 3 == 0) {
            onu.create(fresh, MibTest.gemPort(5));
            MibDifference difference = MibComparison.compare(olt, onu);
            assertThat(difference.extra()).containsExactly(fresh);
            assertThat(difference.missing()).isEmpty();
            assertThat(beyondCounter(difference)).isEmpty();
        } else if (changes.size() % 3 == 1) {
            MeKey gone = present.get(0);
            onu.delete(gone);
            MibDifference difference = MibComparison.compare(olt, onu);
            assertThat(difference.missing()).containsExactly(gone);
            assertThat(difference.extra()).isEmpty();
            assertThat(beyondCounter(difference)).isEmpty();
        } else {
            MeKey changed = present.get(present.size() - 1);
            int old = (int) olt.get(changed).unsigned(3);
            onu.set(changed, AttributeValues.builder().putUnsigned(3, 1, (old + 1) & 0xFF).build());
            MibDifference difference = MibComparison.compare(olt, onu);
            assertThat(difference.missing()).isEmpty();
            assertThat(difference.extra()).isEmpty();
            assertThat(beyondCounter(difference)).containsExactly(new MibDifference.AttributeDifference(changed, 3,
                    new byte[] {(byte) old}, new byte[] {(byte) (old + 1)}));
        }
    }
}
