package io.omcid.codec.message;

/** An alarmed managed entity in a Get all alarms next response: class, instance and bitmap. */
public record AlarmRecord(int classId, int instance, AlarmBitmap bitmap) {
}
