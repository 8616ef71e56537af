package io.omcid.codec.frame;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;

/**
 * The message contents of one frame as the body codecs read them: baseline octets 8 to 39, extended octets 10 to
 * 10 + length - 1 (G.988 A.1 and C.1). Offsets given to the read methods count from the first contents octet.
 */
final class Contents {

    final byte[] frame;
    final int start;
    final int end;
    final Header header;
    final MeClass meClass;
    final MeCatalog catalog;

    Contents(byte[] frame, int start, int end, Header header, MeClass meClass, MeCatalog catalog) {
        this.frame = frame;
        this.start = start;
        this.end = end;
        this.header = header;
        this.meClass = meClass;
        this.catalog = catalog;
    }

    int length() {
        return end - start;
    }

    boolean baseline() {
        return header.set() == MessageSet.BASELINE;
    }

    /** Fails unless the contents hold at least {@code octets}, which {@code what} needs. */
    void need(int octets, String what) {
        if (length() < octets) {
            throw new OmciDecodeException(what + ": " + length() + " contents octets (expected: at least "
                    + octets + ")");
        }
    }

    int u8(int offset) {
        return Octets.u8(frame, start + offset);
    }

    int u16(int offset) {
        return Octets.u16(frame, start + offset);
    }

    long u32(int offset) {
        return Octets.u32(frame, start + offset);
    }

    byte[] copy(int from, int to) {
        return java.util.Arrays.copyOfRange(frame, start + from, start + to);
    }

    /** A result octet that G.988 limits to 0 to 6 for this message type. */
    int result(int offset, int highest) {
        int result = u8(offset);
        if (result > highest) {
            throw new OmciDecodeException(header.type() + " result: " + result + " (expected: 0 to " + highest + ")");
        }
        return result;
    }
}
