package io.omcid.codec.frame;

import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.AttributeValues;

import java.util.Arrays;

/**
 * Splits an attribute area into values. Values follow each other in index order with the sizes the catalog gives
 * (G.988 clause 11.1.6). Mask bits the class does not define cannot be sized: their octets, and everything after
 * the last defined attribute, are kept as unknown data, so nothing is dropped and nothing is mis-sized.
 */
final class AttributeArea {

    private AttributeArea() {
    }

    static AttributeValues read(MeClass meClass, int mask, byte[] frame, int from, int to, TableRule tables) {
        if (meClass == null) {
            return AttributeValues.unknownClass(mask, Arrays.copyOfRange(frame, from, to));
        }

        byte[][] values = new byte[17][];
        int at = from;
        for (int index = 1; index <= 16; index++) {
            if ((mask & AttributeDef.maskBit(index)) == 0) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            if (def == null) {
                continue;
            }
            int size = def.table() ? tableSize(def, tables, at, to) : def.size();
            if (at + size > to) {
                throw new OmciDecodeException("attribute " + index + " (" + def.name() + "): " + (to - at)
                        + " octets left (expected: " + size + ")");
            }
            values[index] = Arrays.copyOfRange(frame, at, at + size);
            at += size;
        }

        int unknownMask = mask & ~meClass.definedMask();
        byte[] unknownData = unknownMask == 0 ? null : Arrays.copyOfRange(frame, at, to);
        return AttributeValues.decoded(mask, values, unknownMask, unknownData);
    }

    /** The values of a class without an attribute area: only the mask (a Get response with result 1, say). */
    static AttributeValues maskOnly(int mask) {
        return AttributeValues.decoded(mask, new byte[17][], 0, null);
    }

    private static int tableSize(AttributeDef def, TableRule tables, int at, int to) {
        return switch (tables) {
            case SIZE -> 4;
            case ROW -> def.size() == 0 ? to - at : def.size();
            case REST -> to - at;
            case NONE -> throw new OmciDecodeException("attribute " + def.index() + " (" + def.name()
                    + "): a table (expected: no table attributes in this message type)");
        };
    }
}
