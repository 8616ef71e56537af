package io.omcid.codec.catalog;

/**
 * One attribute of a managed-entity class (G.988 clause 9 attribute lists).
 *
 * @param index       1 to 16; attribute 1 is the most significant bit of a 16-bit mask
 * @param name        the attribute's name
 * @param size        octets of the value; for a table, octets of one row, 0 where rows vary in size
 * @param readable    the OLT may get it
 * @param writable    the OLT may set it
 * @param setByCreate the OLT gives it in a Create
 * @param optional    G.988 marks it optional
 * @param table       a table attribute, read with Get next
 * @param avc         the ONU reports changes with an attribute value change
 * @param format      how its octets read
 */
public record AttributeDef(int index, String name, int size, boolean readable, boolean writable,
                           boolean setByCreate, boolean optional, boolean table, boolean avc, ValueFormat format) {

    public AttributeDef {
        if (index < 1 || index > 16) {
            throw new IllegalArgumentException("attribute index: " + index + " (expected: 1 to 16)");
        }
        if (size < (table ? 0 : 1)) {
            throw new IllegalArgumentException("attribute size: " + size
                    + " (expected: 1 or more octets; 0 only for a table whose rows vary)");
        }
        if (format == ValueFormat.UINT && size > 8) {
            throw new IllegalArgumentException("unsigned attribute size: " + size + " (expected: 1 to 8 octets)");
        }
    }

    /** The bit of this attribute in a 16-bit attribute mask. */
    public int maskBit() {
        return 1 << (16 - index);
    }

    /** The bit of an attribute index in a 16-bit attribute mask. */
    public static int maskBit(int index) {
        return 1 << (16 - index);
    }
}
