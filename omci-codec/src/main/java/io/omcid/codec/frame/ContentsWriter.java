package io.omcid.codec.frame;

import io.omcid.codec.message.AttributeValues;

/** Writes message contents into a zeroed array, refusing to run past what the message set allows. */
final class ContentsWriter {

    final byte[] out;
    final boolean baseline;
    private final int start;
    private final int limit;
    private int at;

    ContentsWriter(byte[] out, int start, int limit, boolean baseline) {
        this.out = out;
        this.baseline = baseline;
        this.start = start;
        this.limit = limit;
        this.at = start;
    }

    int position() {
        return at - start;
    }

    /** Moves to a contents offset, as for the masks a baseline result 9 keeps in its last four octets. */
    ContentsWriter seek(int offset) {
        room(offset - position());
        // the octets skipped are padding: zero them, the array may be reused
        for (int i = at; i < start + offset; i++) {
            out[i] = 0;
        }
        at = start + offset;
        return this;
    }

    ContentsWriter u8(int value) {
        room(1);
        out[at++] = (byte) value;
        return this;
    }

    ContentsWriter u16(int value) {
        room(2);
        Octets.put16(out, at, value);
        at += 2;
        return this;
    }

    ContentsWriter u32(long value) {
        room(4);
        Octets.put32(out, at, value);
        at += 4;
        return this;
    }

    ContentsWriter bytes(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, out, at, value.length);
        at += value.length;
        return this;
    }

    ContentsWriter values(AttributeValues values) {
        room(values.wireLength());
        at += values.writeTo(out, at);
        return this;
    }

    private void room(int octets) {
        if (at + octets > limit) {
            throw new IllegalArgumentException("message contents: " + (position() + octets)
                    + " octets (expected: at most " + (limit - start) + " in this message set)");
        }
    }
}
