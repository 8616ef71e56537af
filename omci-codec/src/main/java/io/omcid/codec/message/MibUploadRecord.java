package io.omcid.codec.message;

/** A managed entity reported by MIB upload next: class, instance and attribute values. */
public record MibUploadRecord(int classId, int instance, AttributeValues values) {
}
