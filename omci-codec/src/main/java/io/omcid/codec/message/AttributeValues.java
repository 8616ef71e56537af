package io.omcid.codec.message;

import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.catalog.ValueFormat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The attribute values a message carries, each as the octets it has on the wire, keyed by attribute index
 * (1 to 16). Octets the catalog cannot place (a class it does not know, or mask bits the class does not define)
 * are kept whole as unknown data, so they survive a decode and a re-encode. Immutable.
 */
public final class AttributeValues {

    private static final byte[][] NONE = new byte[17][];
    private static final AttributeValues EMPTY = new AttributeValues(0, NONE, 0, null, false);

    private final int mask;
    private final byte[][] values;
    private final int unknownMask;
    private final byte[] unknownData;
    private final boolean unknownClass;

    private AttributeValues(int mask, byte[][] values, int unknownMask, byte[] unknownData, boolean unknownClass) {
        this.mask = mask;
        this.values = values;
        this.unknownMask = unknownMask;
        this.unknownData = unknownData;
        this.unknownClass = unknownClass;
    }

    public static AttributeValues empty() {
        return EMPTY;
    }

    /**
     * Values of a class the catalog does not know: the mask and the whole attribute area as raw octets.
     */
    public static AttributeValues unknownClass(int mask, byte[] data) {
        return new AttributeValues(mask, NONE, mask, data.clone(), true);
    }

    /**
     * Values the decoder read. It hands over arrays it made and never touches again, so nothing is copied:
     * {@code values} has 17 slots, slot 0 unused.
     */
    public static AttributeValues decoded(int mask, byte[][] values, int unknownMask, byte[] unknownData) {
        return new AttributeValues(mask, values, unknownMask, unknownData, false);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The attribute mask as it is (or will be) on the wire, unknown bits included. */
    public int mask() {
        return mask;
    }

    /** Mask bits whose values the catalog could not place. */
    public int unknownMask() {
        return unknownMask;
    }

    /** Octets the catalog could not place, or null where there are none. */
    public byte[] unknownData() {
        return unknownData == null ? null : unknownData.clone();
    }

    /** True for a class the catalog does not know: every octet is in {@link #unknownData()}. */
    public boolean isUnknownClass() {
        return unknownClass;
    }

    public boolean has(int index) {
        return index >= 1 && index <= 16 && values[index] != null;
    }

    /** The mask of the attributes held with known sizes. */
    public int knownMask() {
        int known = 0;
        for (int i = 1; i <= 16; i++) {
            if (values[i] != null) {
                known |= AttributeDef.maskBit(i);
            }
        }
        return known;
    }

    /** The octets of an attribute, or null when it is not held. */
    public byte[] bytes(int index) {
        byte[] value = index >= 1 && index <= 16 ? values[index] : null;
        return value == null ? null : value.clone();
    }

    /** Copies an attribute's octets into {@code out} without an intermediate copy; returns how many. */
    public int copyTo(int index, byte[] out, int offset) {
        byte[] value = require(index);
        System.arraycopy(value, 0, out, offset, value.length);
        return value.length;
    }

    /** The number of octets the catalog could not place (0 when none). */
    public int unknownLength() {
        return unknownData == null ? 0 : unknownData.length;
    }

    /** The length of an attribute's octets, or -1 when it is not held. */
    public int length(int index) {
        byte[] value = index >= 1 && index <= 16 ? values[index] : null;
        return value == null ? -1 : value.length;
    }

    /** An attribute read as an unsigned big-endian number of 1 to 8 octets. */
    public long unsigned(int index) {
        byte[] value = require(index);
        if (value.length > 8) {
            throw new IllegalStateException("attribute " + index + " as a number: " + value.length
                    + " octets (expected: 1 to 8)");
        }
        long number = 0;
        for (byte b : value) {
            number = (number << 8) | (b & 0xFF);
        }
        return number;
    }

    /** An attribute read as printable text, NUL padding and trailing blanks removed. */
    public String string(int index) {
        byte[] value = require(index);
        int end = value.length;
        while (end > 0 && (value[end - 1] == 0 || value[end - 1] == ' ')) {
            end--;
        }
        return new String(value, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** An attribute typed by its definition: a Long, a String, or a byte array. */
    public Object typed(int index, MeClass meClass) {
        AttributeDef def = meClass == null ? null : meClass.attribute(index);
        ValueFormat format = def == null || def.table() ? ValueFormat.BYTES : def.format();
        int length = length(index);
        if (format == ValueFormat.UINT && length >= 1 && length <= 8) {
            return unsigned(index);
        }
        if (format == ValueFormat.STRING) {
            return string(index);
        }
        return bytes(index);
    }

    private byte[] require(int index) {
        byte[] value = index >= 1 && index <= 16 ? values[index] : null;
        if (value == null) {
            throw new IllegalStateException("attribute " + index + ": not held (expected: one of mask 0x"
                    + Integer.toHexString(knownMask()) + ")");
        }
        return value;
    }

    /** Writes the known values in index order, then the unknown data: the attribute area as on the wire. */
    public int writeTo(byte[] out, int offset) {
        int at = offset;
        for (int i = 1; i <= 16; i++) {
            byte[] value = values[i];
            if (value != null) {
                System.arraycopy(value, 0, out, at, value.length);
                at += value.length;
            }
        }
        if (unknownData != null) {
            System.arraycopy(unknownData, 0, out, at, unknownData.length);
            at += unknownData.length;
        }
        return at - offset;
    }

    /** The octets {@link #writeTo} writes. */
    public int wireLength() {
        int length = unknownData == null ? 0 : unknownData.length;
        for (int i = 1; i <= 16; i++) {
            if (values[i] != null) {
                length += values[i].length;
            }
        }
        return length;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AttributeValues other)) {
            return false;
        }
        return mask == other.mask && unknownMask == other.unknownMask && unknownClass == other.unknownClass
                && Arrays.equals(unknownData, other.unknownData) && Arrays.deepEquals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * mask + Arrays.deepHashCode(values)) + Arrays.hashCode(unknownData);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        HexFormat hex = HexFormat.of();
        for (int i = 1; i <= 16; i++) {
            if (values[i] != null) {
                text.append(text.length() > 1 ? ", " : "").append(i).append('=').append(hex.formatHex(values[i]));
            }
        }
        if (unknownData != null) {
            text.append(text.length() > 1 ? ", " : "").append("unknown=").append(hex.formatHex(unknownData));
        }
        return text.append('}').toString();
    }

    /** Collects values for a message the OLT sends. */
    public static final class Builder {
        private final byte[][] values = new byte[17][];
        private int mask;

        private Builder() {
        }

        public Builder put(int index, byte[] value) {
            if (index < 1 || index > 16) {
                throw new IllegalArgumentException("attribute index: " + index + " (expected: 1 to 16)");
            }
            values[index] = value.clone();
            mask |= AttributeDef.maskBit(index);
            return this;
        }

        /** An unsigned number written big-endian in {@code size} octets. */
        public Builder putUnsigned(int index, int size, long value) {
            if (size < 1 || size > 8) {
                throw new IllegalArgumentException("attribute " + index + " size: " + size + " (expected: 1 to 8)");
            }
            if (size < 8 && (value < 0 || value >>> (size * 8) != 0)) {
                throw new IllegalArgumentException("attribute " + index + " value: " + value
                        + " (expected: 0 to " + ((1L << (size * 8)) - 1) + ")");
            }
            byte[] octets = new byte[size];
            for (int i = size - 1; i >= 0; i--) {
                octets[i] = (byte) value;
                value >>>= 8;
            }
            return put(index, octets);
        }

        /** Text NUL padded to {@code size} octets. */
        public Builder putString(int index, int size, String text) {
            byte[] chars = text.getBytes(StandardCharsets.ISO_8859_1);
            if (chars.length > size) {
                throw new IllegalArgumentException("attribute " + index + " text: " + chars.length
                        + " characters (expected: at most " + size + ")");
            }
            return put(index, Arrays.copyOf(chars, size));
        }

        public AttributeValues build() {
            if (mask == 0) {
                return EMPTY;
            }
            return new AttributeValues(mask, values.clone(), 0, null, false);
        }
    }
}
