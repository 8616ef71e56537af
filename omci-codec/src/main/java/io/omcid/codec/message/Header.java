package io.omcid.codec.message;

/**
 * The eight header octets every OMCI message shares (G.988 clause 11.2): transaction correlation identifier,
 * message type with its AR and AK bits, device identifier (which names the message set) and the managed entity
 * the message is about.
 *
 * @param tci      0 to 65535; the most significant bit marks a high-priority request, 0 belongs to autonomous messages
 * @param type     the action
 * @param ar       acknowledge request: the sender expects a response
 * @param ak       acknowledgement: this is a response
 * @param set      baseline or extended
 * @param classId  managed entity class, 0 to 65535
 * @param instance managed entity instance, 0 to 65535
 */
public record Header(int tci, MessageType type, boolean ar, boolean ak, MessageSet set, int classId, int instance) {

    public Header {
        checkShort("tci", tci);
        checkShort("class id", classId);
        checkShort("instance", instance);
        if (type == null || set == null) {
            throw new IllegalArgumentException("header: type and message set are required");
        }
    }

    /** A request that asks for a response. */
    public static Header request(int tci, MessageType type, MessageSet set, int classId, int instance) {
        return new Header(tci, type, true, false, set, classId, instance);
    }

    /** The response header that answers this request: same TCI, type, set and entity, AK set. */
    public Header toResponse() {
        return new Header(tci, type, false, true, set, classId, instance);
    }

    /** An autonomous message from the ONU (alarm, attribute value change, test result). */
    public static Header autonomous(MessageType type, MessageSet set, int classId, int instance) {
        return new Header(0, type, false, false, set, classId, instance);
    }

    public Header withTci(int newTci) {
        return new Header(newTci, type, ar, ak, set, classId, instance);
    }

    /** The message-type octet: DB (0), AR, AK and the action (G.988 clause 11.2.2). */
    public int messageTypeOctet() {
        return (ar ? 0x40 : 0) | (ak ? 0x20 : 0) | type.code();
    }

    public boolean isHighPriority() {
        return (tci & 0x8000) != 0;
    }

    private static void checkShort(String what, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(what + ": " + value + " (expected: 0 to 65535)");
        }
    }
}
