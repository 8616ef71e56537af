package io.omcid.codec.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The 28-octet alarm bitmap of G.988 clause A.3.16: 224 alarms, alarm 0 the most significant bit of the first
 * octet. Immutable.
 */
public final class AlarmBitmap {

    public static final int OCTETS = 28;
    public static final int ALARMS = OCTETS * 8;
    private static final AlarmBitmap CLEAR = new AlarmBitmap(new byte[OCTETS]);

    private final byte[] octets;

    private AlarmBitmap(byte[] octets) {
        this.octets = octets;
    }

    public static AlarmBitmap clear() {
        return CLEAR;
    }

    public static AlarmBitmap of(byte[] octets) {
        if (octets.length != OCTETS) {
            throw new IllegalArgumentException("alarm bitmap: " + octets.length + " octets (expected: " + OCTETS + ")");
        }
        return new AlarmBitmap(octets.clone());
    }

    public static AlarmBitmap read(byte[] frame, int offset) {
        return new AlarmBitmap(Arrays.copyOfRange(frame, offset, offset + OCTETS));
    }

    public static AlarmBitmap ofAlarms(int... alarms) {
        byte[] octets = new byte[OCTETS];
        for (int alarm : alarms) {
            checkAlarm(alarm);
            octets[alarm >> 3] |= (byte) (0x80 >>> (alarm & 7));
        }
        return new AlarmBitmap(octets);
    }

    public boolean isActive(int alarm) {
        checkAlarm(alarm);
        return (octets[alarm >> 3] & (0x80 >>> (alarm & 7))) != 0;
    }

    public AlarmBitmap with(int alarm, boolean active) {
        checkAlarm(alarm);
        byte[] copy = octets.clone();
        int bit = 0x80 >>> (alarm & 7);
        copy[alarm >> 3] = (byte) (active ? copy[alarm >> 3] | bit : copy[alarm >> 3] & ~bit);
        return new AlarmBitmap(copy);
    }

    /** Active alarm numbers in ascending order. */
    public List<Integer> active() {
        List<Integer> list = new ArrayList<>();
        for (int alarm = 0; alarm < ALARMS; alarm++) {
            if ((octets[alarm >> 3] & (0x80 >>> (alarm & 7))) != 0) {
                list.add(alarm);
            }
        }
        return list;
    }

    public boolean isClear() {
        for (byte b : octets) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    public byte[] toBytes() {
        return octets.clone();
    }

    public void writeTo(byte[] out, int offset) {
        System.arraycopy(octets, 0, out, offset, OCTETS);
    }

    private static void checkAlarm(int alarm) {
        if (alarm < 0 || alarm >= ALARMS) {
            throw new IllegalArgumentException("alarm number: " + alarm + " (expected: 0 to " + (ALARMS - 1) + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlarmBitmap other && Arrays.equals(octets, other.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(octets);
    }
}
