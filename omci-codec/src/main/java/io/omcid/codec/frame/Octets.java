package io.omcid.codec.frame;

/** Big-endian reads and writes on frame arrays. */
final class Octets {

    private Octets() {
    }

    static int u8(byte[] f, int i) {
        return f[i] & 0xFF;
    }

    static int u16(byte[] f, int i) {
        return ((f[i] & 0xFF) << 8) | (f[i + 1] & 0xFF);
    }

    static long u32(byte[] f, int i) {
        return ((long) u16(f, i) << 16) | u16(f, i + 2);
    }

    static void put16(byte[] f, int i, int value) {
        f[i] = (byte) (value >>> 8);
        f[i + 1] = (byte) value;
    }

    static void put32(byte[] f, int i, long value) {
        put16(f, i, (int) (value >>> 16));
        put16(f, i + 2, (int) value);
    }
}
