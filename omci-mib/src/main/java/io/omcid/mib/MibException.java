package io.omcid.mib;

/**
 * A change the MIB refuses, worded {@code "<what>: <actual> (expected: <rule>)"}. The MIB is unchanged when it is
 * thrown.
 */
public final class MibException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MibException(String message) {
        super(message);
    }
}
