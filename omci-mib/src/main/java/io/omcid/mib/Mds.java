package io.omcid.mib;

/**
 * The MIB data sync counter of G.988 clause 9.1.3 (ONU data, attribute 1): 0 after a MIB reset, one more after
 * every successful Create, Delete or Set the OLT sends, wrapping from 255 to 1, never back to 0.
 */
public final class Mds {

    private Mds() {
    }

    public static int next(int mds) {
        check(mds);
        return mds >= 255 ? 1 : mds + 1;
    }

    public static int check(int mds) {
        if (mds < 0 || mds > 255) {
            throw new IllegalArgumentException("MIB data sync: " + mds + " (expected: 0 to 255)");
        }
        return mds;
    }
}
