package io.omcid.mib.store;

import io.omcid.codec.message.AlarmBitmap;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import io.omcid.mib.alarm.AlarmTable;
import io.omcid.mib.template.MibTemplate;
import io.omcid.mib.template.TemplateKey;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored forms of MIBs, templates and alarm tables: a version octet, a count, then per instance its packed key
 * (4 octets), the record's length (2 octets) and the record. Compact, so a complete MIB is one row.
 */
final class Blobs {

    private static final int VERSION = 1;

    private Blobs() {
    }

    /** The overlay of a MIB (all of it when it stands on no template). */
    static byte[] overlay(Mib mib) {
        int count = mib.overlaySize();
        int length = 5;
        for (int i = 0; i < count; i++) {
            length += 6 + mib.overlayRecord(i).length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        out.put((byte) VERSION).putInt(count);
        for (int i = 0; i < count; i++) {
            byte[] record = mib.overlayRecord(i);
            out.putInt(mib.overlayKey(i)).putShort((short) record.length).put(record);
        }
        return out.array();
    }

    static byte[] template(MibTemplate template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(template.size() * 32);
        ByteBuffer head = ByteBuffer.allocate(5).put((byte) VERSION).putInt(template.size());
        out.writeBytes(head.array());
        for (int i = 0; i < template.size(); i++) {
            byte[] record = template.recordAt(i);
            out.writeBytes(ByteBuffer.allocate(6).putInt(template.keyAt(i)).putShort((short) record.length).array());
            out.writeBytes(record);
        }
        return out.toByteArray();
    }

    /** Keys and records of a stored MIB or template. */
    record Entries(int[] keys, byte[][] records) {
    }

    static Entries entries(byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        int version = in.get();
        if (version != VERSION) {
            throw new IllegalStateException("stored MIB version: " + version + " (expected: " + VERSION + ")");
        }
        int count = in.getInt();
        int[] keys = new int[count];
        byte[][] records = new byte[count][];
        for (int i = 0; i < count; i++) {
            keys[i] = in.getInt();
            records[i] = new byte[in.getShort() & 0xFFFF];
            in.get(records[i]);
        }
        return new Entries(keys, records);
    }

    static MibTemplate template(TemplateKey key, byte[] blob) {
        Entries entries = entries(blob);
        return new MibTemplate(key, entries.keys(), entries.records());
    }

    static byte[] alarms(AlarmTable table) {
        Map<MeKey, AlarmBitmap> active = table.active();
        ByteBuffer out = ByteBuffer.allocate(5 + active.size() * (4 + AlarmBitmap.OCTETS));
        out.put((byte) VERSION).putInt(active.size());
        active.forEach((key, bitmap) -> out.putInt(key.packed()).put(bitmap.toBytes()));
        return out.array();
    }

    static Map<MeKey, AlarmBitmap> alarms(byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        int version = in.get();
        if (version != VERSION) {
            throw new IllegalStateException("stored alarms version: " + version + " (expected: " + VERSION + ")");
        }
        int count = in.getInt();
        Map<MeKey, AlarmBitmap> active = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            MeKey key = MeKey.unpack(in.getInt());
            byte[] bitmap = new byte[AlarmBitmap.OCTETS];
            in.get(bitmap);
            active.put(key, AlarmBitmap.of(bitmap));
        }
        return active;
    }

    static byte[] copy(byte[] blob) {
        return blob == null ? null : Arrays.copyOf(blob, blob.length);
    }
}
