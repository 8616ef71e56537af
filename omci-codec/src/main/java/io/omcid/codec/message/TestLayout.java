package io.omcid.codec.message;

/**
 * Which layout the contents of Test and Test result take (G.988 A.2.27 and A.3.28): the optical line
 * supervision form for ANI-G and the reach extender classes, a class-specific octet string for the rest.
 */
public final class TestLayout {

    private TestLayout() {
    }

    /** ANI-G (263), RE ANI-G (313), PPTP RE UNI (314), RE upstream (315) and downstream (316) amplifiers. */
    public static boolean isOptical(int classId) {
        return classId == 263 || (classId >= 313 && classId <= 316);
    }

    /** Reads an unsigned big-endian field of {@code size} octets at {@code offset} of test contents. */
    public static int field(byte[] contents, int offset, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (contents[offset + i] & 0xFF);
        }
        return value;
    }
}
