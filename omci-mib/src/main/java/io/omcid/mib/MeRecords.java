package io.omcid.mib;

import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.AttributeValues;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The compact form of one managed entity's attribute values: one array per instance, so a MIB of a few hundred
 * entities stays within a few kilobytes.
 *
 * <pre>
 * known class:   0x00, mask (2), unknown mask (2), values in index order, unknown octets
 *                (a table attribute's value is preceded by its length, 2 octets)
 * unknown class: 0x01, then chunks of mask (2), length (2), octets, one per report the ONU made
 * </pre>
 */
public final class MeRecords {

    private static final int KNOWN = 0;
    private static final int UNKNOWN_CLASS = 1;

    private MeRecords() {
    }

    /** The record of these values; {@code meClass} null for a class the catalog does not know. */
    public static byte[] encode(MeClass meClass, AttributeValues values) {
        if (meClass == null || values.isUnknownClass()) {
            byte[] data = values.unknownData();
            data = data == null ? new byte[0] : data;
            byte[] record = new byte[1 + 4 + data.length];
            record[0] = UNKNOWN_CLASS;
            put16(record, 1, values.mask());
            put16(record, 3, data.length);
            System.arraycopy(data, 0, record, 5, data.length);
            return record;
        }

        int size = 5 + values.unknownLength();
        for (int index = 1; index <= 16; index++) {
            int length = values.length(index);
            if (length >= 0) {
                AttributeDef def = meClass.attribute(index);
                size += length + (def == null || def.table() ? 2 : 0);
            }
        }

        byte[] record = new byte[size];
        record[0] = KNOWN;
        put16(record, 1, values.knownMask() | values.unknownMask());
        put16(record, 3, values.unknownMask());
        int at = 5;
        for (int index = 1; index <= 16; index++) {
            int length = values.length(index);
            if (length < 0) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            if (def == null || def.table()) {
                put16(record, at, length);
                at += 2;
            }
            at += values.copyTo(index, record, at);
        }
        if (values.unknownLength() > 0) {
            byte[] unknown = values.unknownData();
            System.arraycopy(unknown, 0, record, at, unknown.length);
        }
        return record;
    }

    /** The values a record holds. */
    public static AttributeValues decode(MeClass meClass, byte[] record) {
        if (record[0] == UNKNOWN_CLASS) {
            int mask = 0;
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            for (int at = 1; at < record.length; ) {
                mask |= u16(record, at);
                int length = u16(record, at + 2);
                data.write(record, at + 4, length);
                at += 4 + length;
            }
            return AttributeValues.unknownClass(mask, data.toByteArray());
        }

        int mask = u16(record, 1);
        int unknownMask = u16(record, 3);
        byte[][] values = new byte[17][];
        int at = 5;
        for (int index = 1; index <= 16; index++) {
            int bit = AttributeDef.maskBit(index);
            if ((mask & bit) == 0 || (unknownMask & bit) != 0) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            int size;
            if (def == null || def.table()) {
                size = u16(record, at);
                at += 2;
            } else {
                size = def.size();
            }
            values[index] = Arrays.copyOfRange(record, at, at + size);
            at += size;
        }
        byte[] unknown = unknownMask == 0 ? null : Arrays.copyOfRange(record, at, record.length);
        return AttributeValues.decoded(mask, values, unknownMask, unknown);
    }

    /** One attribute's octets of a record, or null when the record does not hold it; nothing else is decoded. */
    public static byte[] attribute(MeClass meClass, byte[] record, int wanted) {
        long place = place(meClass, record, wanted);
        if (place < 0) {
            return null;
        }
        int at = (int) (place >>> 32);
        return Arrays.copyOfRange(record, at, at + (int) place);
    }

    /** One attribute as an unsigned number, or -1 when the record lacks it or it is longer than 8 octets. */
    public static long unsigned(MeClass meClass, byte[] record, int wanted) {
        long place = place(meClass, record, wanted);
        int size = (int) place;
        if (place < 0 || size > 8) {
            return -1;
        }
        long number = 0;
        for (int at = (int) (place >>> 32), end = at + size; at < end; at++) {
            number = (number << 8) | (record[at] & 0xFF);
        }
        return number;
    }

    /**
     * A copy of the record with one attribute it holds replaced by a number of the attribute's size; null when the
     * record lacks the attribute, so the caller merges instead.
     */
    public static byte[] withUnsigned(MeClass meClass, byte[] record, int wanted, long value) {
        long place = place(meClass, record, wanted);
        int size = (int) place;
        if (place < 0 || size > 8) {
            return null;
        }
        byte[] copy = record.clone();
        for (int at = (int) (place >>> 32) + size - 1; size > 0; size--, at--) {
            copy[at] = (byte) value;
            value >>>= 8;
        }
        return copy;
    }

    /** Where an attribute's octets lie in a record: offset in the high 32 bits, size in the low; -1 when absent. */
    private static long place(MeClass meClass, byte[] record, int wanted) {
        if (record[0] == UNKNOWN_CLASS || meClass == null) {
            return -1;
        }
        int mask = u16(record, 1);
        int unknownMask = u16(record, 3);
        int at = 5;
        for (int index = 1; index <= 16; index++) {
            int bit = AttributeDef.maskBit(index);
            if ((mask & bit) == 0 || (unknownMask & bit) != 0) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            int size;
            if (def == null || def.table()) {
                size = u16(record, at);
                at += 2;
            } else {
                size = def.size();
            }
            if (index == wanted) {
                return ((long) at << 32) | size;
            }
            at += size;
        }
        return -1;
    }

    /** The record with {@code newer}'s values laid over the old ones. */
    public static byte[] merge(MeClass meClass, byte[] record, AttributeValues newer) {
        if (record[0] == UNKNOWN_CLASS || meClass == null || newer.isUnknownClass()) {
            byte[] chunk = encode(null, newer);
            byte[] merged = Arrays.copyOf(record, record.length + chunk.length - 1);
            System.arraycopy(chunk, 1, merged, record.length, chunk.length - 1);
            return record[0] == UNKNOWN_CLASS ? merged : chunk;
        }
        AttributeValues older = decode(meClass, record);
        byte[][] values = new byte[17][];
        int mask = 0;
        for (int index = 1; index <= 16; index++) {
            byte[] value = newer.has(index) ? newer.bytes(index) : older.bytes(index);
            if (value != null) {
                values[index] = value;
                mask |= AttributeDef.maskBit(index);
            }
        }
        int unknownMask = newer.unknownMask() != 0 ? newer.unknownMask() : older.unknownMask();
        byte[] unknown = newer.unknownMask() != 0 ? newer.unknownData() : older.unknownData();
        return encode(meClass, AttributeValues.decoded(mask | unknownMask, values, unknownMask, unknown));
    }

    private static int u16(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }

    private static void put16(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 8);
        bytes[at + 1] = (byte) value;
    }

}
