package io.omcid.mib;

import io.omcid.codec.message.AttributeValues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Compares the OLT's MIB with an ONU's upload, instance by instance and attribute by attribute. */
public final class MibComparison {

    private MibComparison() {
    }

    public static MibDifference compare(Mib olt, Mib onu) {
        List<MeKey> oltKeys = olt.keys();
        List<MeKey> onuKeys = onu.keys();
        List<MeKey> missing = new ArrayList<>();
        List<MeKey> extra = new ArrayList<>();
        List<MibDifference.AttributeDifference> attributes = new ArrayList<>();

        int i = 0;
        int j = 0;
        while (i < oltKeys.size() || j < onuKeys.size()) {
            int cmp = i >= oltKeys.size() ? 1 : j >= onuKeys.size() ? -1 : oltKeys.get(i).compareTo(onuKeys.get(j));
            if (cmp < 0) {
                missing.add(oltKeys.get(i++));
            } else if (cmp > 0) {
                extra.add(onuKeys.get(j++));
            } else {
                MeKey key = oltKeys.get(i);
                compareValues(key, olt.get(key), onu.get(key), attributes);
                i++;
                j++;
            }
        }
        return new MibDifference(missing, extra, attributes, olt.mds(), onu.mds());
    }

    private static void compareValues(MeKey key, AttributeValues olt, AttributeValues onu,
                                      List<MibDifference.AttributeDifference> out) {
        for (int index = 1; index <= 16; index++) {
            if (!olt.has(index)) {
                continue;
            }
            byte[] ours = olt.bytes(index);
            byte[] theirs = onu.has(index) ? onu.bytes(index) : null;
            if (!Arrays.equals(ours, theirs)) {
                out.add(new MibDifference.AttributeDifference(key, index, ours, theirs));
            }
        }
        byte[] ourRaw = olt.unknownData();
        if (ourRaw != null && !Arrays.equals(ourRaw, onu.unknownData())) {
            out.add(new MibDifference.AttributeDifference(key, 0, ourRaw, onu.unknownData()));
        }
    }
}
