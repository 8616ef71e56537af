package io.omcid.mib.template;

import io.omcid.mib.PackedKeys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An immutable MIB shared by every ONU of one model and software: sorted packed keys and their records. Its id is
 * derived from its content, so the same template gets the same id in every daemon and store.
 */
public final class MibTemplate {

    private final TemplateKey key;
    private final int[] keys;
    private final byte[][] records;
    private final String id;

    /** Takes the arrays as they are; the caller gives up its references. Keys must be sorted unsigned. */
    public MibTemplate(TemplateKey key, int[] keys, byte[][] records) {
        if (keys.length != records.length) {
            throw new IllegalArgumentException("template: " + keys.length + " keys for " + records.length
                    + " records (expected: as many)");
        }
        this.key = key;
        this.keys = keys;
        this.records = records;
        this.id = digest(keys, records);
    }

    public TemplateKey key() {
        return key;
    }

    public String id() {
        return id;
    }

    public int size() {
        return keys.length;
    }

    /** The index of a packed key, or a negative number where it is absent. */
    public int indexOf(int packedKey) {
        return PackedKeys.search(keys, keys.length, packedKey);
    }

    public int keyAt(int index) {
        return keys[index];
    }

    /** The record at an index; callers must not change it. */
    public byte[] recordAt(int index) {
        return records[index];
    }

    /** The record of a packed key, or null. */
    public byte[] record(int packedKey) {
        int index = indexOf(packedKey);
        return index >= 0 ? records[index] : null;
    }

    private static String digest(int[] keys, byte[][] records) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < keys.length; i++) {
                sha.update(new byte[] {(byte) (keys[i] >>> 24), (byte) (keys[i] >>> 16), (byte) (keys[i] >>> 8),
                    (byte) keys[i], (byte) (records[i].length >>> 8), (byte) records[i].length});
                sha.update(records[i]);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
