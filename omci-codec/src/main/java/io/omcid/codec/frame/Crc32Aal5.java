package io.omcid.codec.frame;

/**
 * The CRC-32 of the baseline G-PON trailer: the AAL5 CRC of ITU-T I.363.5 (polynomial 0x04C11DB7, most significant
 * bit first, preset to all ones, result inverted), over octets 0 to 43 of the frame.
 */
public final class Crc32Aal5 {

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
            TABLE[i] = crc;
        }
    }

    private Crc32Aal5() {
    }

    public static int compute(byte[] data, int offset, int length) {
        int crc = 0xFFFFFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ data[i]) & 0xFF];
        }
        return ~crc;
    }
}
