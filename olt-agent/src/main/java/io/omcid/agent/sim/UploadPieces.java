package io.omcid.agent.sim;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MibUploadRecord;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;

import java.util.ArrayList;
import java.util.List;

/** How a simulated ONU cuts its MIB into MIB upload next responses (G.988 A.2.16 and C.2.16). */
final class UploadPieces {

    private static final int BASELINE_UPLOAD_VALUES = 26;

    private UploadPieces() {
    }

    /**
     * Cuts a MIB into upload responses: one piece of at most 26 octets each (baseline), or packed (extended). Table
     * attributes are left out, as G.988 clause I.1.2 has it: the OLT reads tables with Get next.
     */
    static List<List<MibUploadRecord>> of(Mib mib, MessageSet set, MeCatalog catalog) {
        List<List<MibUploadRecord>> responses = new ArrayList<>();
        List<MibUploadRecord> pieces = new ArrayList<>();
        for (MeKey key : mib.keys()) {
            AttributeValues values = mib.get(key);
            int limit = set == MessageSet.BASELINE ? BASELINE_UPLOAD_VALUES : 1966 - 8;
            AttributeValues.Builder piece = AttributeValues.builder();
            int octets = 0;
            MeClass meClass = catalog.find(key.classId());
            for (int index = 1; index <= 16; index++) {
                boolean table = meClass != null && meClass.attribute(index) != null
                        && meClass.attribute(index).table();
                if (!values.has(index) || table) {
                    continue;
                }
                if (octets + values.length(index) > limit) {
                    pieces.add(new MibUploadRecord(key.classId(), key.instance(), piece.build()));
                    piece = AttributeValues.builder();
                    octets = 0;
                }
                piece.put(index, values.bytes(index));
                octets += values.length(index);
            }
            pieces.add(new MibUploadRecord(key.classId(), key.instance(), withUnknown(piece.build(), values)));
        }
        if (set == MessageSet.BASELINE) {
            pieces.forEach(piece -> responses.add(List.of(piece)));
        } else {
            List<MibUploadRecord> current = new ArrayList<>();
            int octets = 0;
            for (MibUploadRecord piece : pieces) {
                int size = 8 + piece.values().wireLength();
                if (octets + size > 1966) {
                    responses.add(current);
                    current = new ArrayList<>();
                    octets = 0;
                }
                current.add(piece);
                octets += size;
            }
            if (!current.isEmpty()) {
                responses.add(current);
            }
        }
        return List.copyOf(responses);
    }

    /** The last piece of an entity also carries what the catalog does not know of it, after the known values. */
    private static AttributeValues withUnknown(AttributeValues piece, AttributeValues whole) {
        if (whole.unknownMask() == 0 || whole.isUnknownClass()) {
            return whole.isUnknownClass() ? whole : piece;
        }
        byte[][] values = new byte[17][];
        for (int index = 1; index <= 16; index++) {
            values[index] = piece.bytes(index);
        }
        return AttributeValues.decoded(piece.knownMask() | whole.unknownMask(), values, whole.unknownMask(),
                whole.unknownData());
    }
}
