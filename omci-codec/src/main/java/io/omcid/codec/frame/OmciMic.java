package io.omcid.codec.frame;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The message integrity check of XG-PON, XGS-PON and NG-PON2 OMCI (ITU-T G.987.3 clause 14.2): AES-CMAC (RFC 4493)
 * under the 128-bit OMCI integrity key, over the direction octet followed by the message without its MIC, truncated
 * to its 32 most significant bits. Immutable and safe to share between threads.
 */
public final class OmciMic {

    private static final int BLOCK = 16;

    private final SecretKeySpec key;
    private final byte[] k1;
    private final byte[] k2;
    private final ThreadLocal<Cipher> cipher;

    public OmciMic(byte[] integrityKey) {
        if (integrityKey.length != BLOCK) {
            throw new IllegalArgumentException("OMCI integrity key: " + integrityKey.length
                    + " octets (expected: 16)");
        }
        this.key = new SecretKeySpec(integrityKey.clone(), "AES");
        this.cipher = ThreadLocal.withInitial(this::newCipher);

        // RFC 4493 clause 2.3: the subkeys come from enciphering the zero block
        byte[] l = encipher(new byte[BLOCK]);
        this.k1 = doubled(l);
        this.k2 = doubled(k1);
    }

    /** The 32-bit MIC of {@code length} message octets travelling in {@code direction}. */
    public int compute(Direction direction, byte[] message, int offset, int length) {
        byte[] input = new byte[length + 1];
        input[0] = (byte) direction.micOctet();
        System.arraycopy(message, offset, input, 1, length);
        byte[] tag = cmac(input);
        return ((tag[0] & 0xFF) << 24) | ((tag[1] & 0xFF) << 16) | ((tag[2] & 0xFF) << 8) | (tag[3] & 0xFF);
    }

    /** The full 128-bit AES-CMAC of {@code input}. */
    public byte[] cmac(byte[] input) {
        int blocks = Math.max(1, (input.length + BLOCK - 1) / BLOCK);
        boolean complete = input.length > 0 && input.length % BLOCK == 0;

        byte[] last = new byte[BLOCK];
        int lastStart = (blocks - 1) * BLOCK;
        if (complete) {
            for (int i = 0; i < BLOCK; i++) {
                last[i] = (byte) (input[lastStart + i] ^ k1[i]);
            }
        } else {
            int rest = input.length - lastStart;
            System.arraycopy(input, lastStart, last, 0, rest);
            last[rest] = (byte) 0x80;
            for (int i = 0; i < BLOCK; i++) {
                last[i] ^= k2[i];
            }
        }

        byte[] x = new byte[BLOCK];
        for (int b = 0; b < blocks - 1; b++) {
            for (int i = 0; i < BLOCK; i++) {
                x[i] ^= input[b * BLOCK + i];
            }
            x = encipher(x);
        }
        for (int i = 0; i < BLOCK; i++) {
            x[i] ^= last[i];
        }
        return encipher(x);
    }

    private byte[] encipher(byte[] block) {
        try {
            Cipher aes = cipher == null ? newCipher() : cipher.get();
            return aes.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES unavailable", e);
        }
    }

    private Cipher newCipher() {
        try {
            Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, key);
            return aes;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES unavailable", e);
        }
    }

    private static byte[] doubled(byte[] block) {
        byte[] out = new byte[BLOCK];
        int carry = 0;
        for (int i = BLOCK - 1; i >= 0; i--) {
            int value = block[i] & 0xFF;
            out[i] = (byte) ((value << 1) | carry);
            carry = value >>> 7;
        }
        if ((block[0] & 0x80) != 0) {
            out[BLOCK - 1] ^= (byte) 0x87;
        }
        return out;
    }
}
