package io.omcid.mib;

/**
 * A managed-entity instance: class and instance id, each 0 to 65535. Packs into one int that sorts by class, then
 * instance, which is how the MIB stores its keys.
 */
public record MeKey(int classId, int instance) implements Comparable<MeKey> {

    public MeKey {
        if (classId < 0 || classId > 0xFFFF) {
            throw new IllegalArgumentException("class id: " + classId + " (expected: 0 to 65535)");
        }
        if (instance < 0 || instance > 0xFFFF) {
            throw new IllegalArgumentException("instance: " + instance + " (expected: 0 to 65535)");
        }
    }

    public static MeKey of(int classId, int instance) {
        return new MeKey(classId, instance);
    }

    public static MeKey unpack(int packed) {
        return new MeKey(packed >>> 16, packed & 0xFFFF);
    }

    /** Class in the high 16 bits, instance in the low; compared unsigned it orders like the key. */
    public int packed() {
        return (classId << 16) | instance;
    }

    @Override
    public int compareTo(MeKey other) {
        return Integer.compareUnsigned(packed(), other.packed());
    }

    @Override
    public String toString() {
        return classId + "/" + instance;
    }
}
