package io.omcid.mib;

/** Binary search over packed managed-entity keys kept sorted as unsigned ints. */
public final class PackedKeys {

    private PackedKeys() {
    }

    /** The index of {@code packed} among the first {@code size} keys, or {@code -(insertion point) - 1}. */
    public static int search(int[] keys, int size, int packed) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = Integer.compareUnsigned(keys[mid], packed);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}
