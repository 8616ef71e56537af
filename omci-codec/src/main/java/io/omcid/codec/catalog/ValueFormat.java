package io.omcid.codec.catalog;

/**
 * How the octets of an attribute read as a value. G.988 clause 11.1.6 lets attributes be unsigned integers,
 * strings, bit fields, pointers and tables; integers, bit fields and pointers all read as unsigned big-endian
 * numbers, so three formats cover the wire.
 */
public enum ValueFormat {
    /** Unsigned big-endian integer of 1 to 8 octets (counters, enumerations, bit fields, pointers). */
    UINT,
    /** Printable characters, NUL padded on the right. */
    STRING,
    /** Octets with no further structure the codec knows of (serial numbers, table rows, keys). */
    BYTES
}
