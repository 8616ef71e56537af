package io.omcid.codec.message;

/**
 * The 5-bit action of the message-type octet (G.988 clause 11.2.2, table 11.2.2-1). Codes 5, 7 and 10 belonged to
 * actions of older editions and are not defined here.
 */
public enum MessageType {
    CREATE(4, "create"),
    DELETE(6, "delete"),
    SET(8, "set"),
    GET(9, "get"),
    GET_ALL_ALARMS(11, "get all alarms"),
    GET_ALL_ALARMS_NEXT(12, "get all alarms next"),
    MIB_UPLOAD(13, "MIB upload"),
    MIB_UPLOAD_NEXT(14, "MIB upload next"),
    MIB_RESET(15, "MIB reset"),
    ALARM(16, "alarm notification"),
    ATTRIBUTE_VALUE_CHANGE(17, "attribute value change"),
    TEST(18, "test"),
    START_SOFTWARE_DOWNLOAD(19, "start software download"),
    DOWNLOAD_SECTION(20, "download section"),
    END_SOFTWARE_DOWNLOAD(21, "end software download"),
    ACTIVATE_SOFTWARE(22, "activate software"),
    COMMIT_SOFTWARE(23, "commit software"),
    SYNCHRONIZE_TIME(24, "synchronize time"),
    REBOOT(25, "reboot"),
    GET_NEXT(26, "get next"),
    TEST_RESULT(27, "test result"),
    GET_CURRENT_DATA(28, "get current data"),
    SET_TABLE(29, "set table");

    private static final MessageType[] BY_CODE = new MessageType[32];

    static {
        for (MessageType type : values()) {
            if (BY_CODE[type.code] != null) {
                throw new ExceptionInInitializerError("message type code " + type.code + " used twice");
            }
            BY_CODE[type.code] = type;
        }
    }

    private final int code;
    private final String label;

    MessageType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The type with this action code, or null for a code G.988 does not define. */
    public static MessageType find(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    public static MessageType ofCode(int code) {
        MessageType type = find(code);
        if (type == null) {
            throw new IllegalArgumentException("message type: " + code + " (expected: a G.988 action code)");
        }
        return type;
    }

    /** Autonomous messages from the ONU: no request precedes them and their TCI is 0 (G.988 clause 11.2.1). */
    public boolean isAutonomous() {
        return this == ALARM || this == ATTRIBUTE_VALUE_CHANGE || this == TEST_RESULT;
    }

    @Override
    public String toString() {
        return label;
    }
}
