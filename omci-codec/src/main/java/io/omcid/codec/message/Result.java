package io.omcid.codec.message;

/** The result (reason) codes of OMCI responses (G.988 clause 11.2.4). */
public enum Result {
    SUCCESS(0, "success"),
    PROCESSING_ERROR(1, "command processing error"),
    NOT_SUPPORTED(2, "command not supported"),
    PARAMETER_ERROR(3, "parameter error"),
    UNKNOWN_ENTITY(4, "unknown managed entity"),
    UNKNOWN_INSTANCE(5, "unknown managed entity instance"),
    DEVICE_BUSY(6, "device busy"),
    INSTANCE_EXISTS(7, "instance exists"),
    ATTRIBUTES_FAILED(9, "attribute(s) failed or unknown");

    private final int code;
    private final String label;

    Result(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The result with this code, or null for a code G.988 does not define. */
    public static Result find(int code) {
        for (Result result : values()) {
            if (result.code == code) {
                return result;
            }
        }
        return null;
    }

    /** A readable name for any code: {@code "parameter error (3)"}, or {@code "result 12"}. */
    public static String describe(int code) {
        Result result = find(code);
        return result == null ? "result " + code : result.label + " (" + code + ")";
    }
}
