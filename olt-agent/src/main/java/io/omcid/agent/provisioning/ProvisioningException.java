package io.omcid.agent.provisioning;

import io.omcid.mib.MeKey;

/**
 * Why a service could not be applied or removed. {@link Kind#INVALID}: the intent is wrong and nothing was sent;
 * {@link Kind#CONFLICT}: the ONU's state does not allow it and nothing was sent; {@link Kind#REFUSED}: the ONU
 * refused a step, whose result is given, and what the service had created was removed again.
 */
public final class ProvisioningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        INVALID, NOT_FOUND, NOT_READY, CONFLICT, REFUSED, CANCELLED
    }

    private final Kind kind;
    private final String step;
    private final MeKey entity;
    private final int result;
    private final int unsupportedMask;
    private final int failedMask;

    public ProvisioningException(Kind kind, String message) {
        this(kind, message, null, null, -1, 0, 0);
    }

    public ProvisioningException(Kind kind, String message, String step, MeKey entity, int result, int unsupportedMask,
                                 int failedMask) {
        super(message, null, false, false);
        this.kind = kind;
        this.step = step;
        this.entity = entity;
        this.result = result;
        this.unsupportedMask = unsupportedMask;
        this.failedMask = failedMask;
    }

    public Kind kind() {
        return kind;
    }

    /** The step the ONU refused, or null. */
    public String step() {
        return step;
    }

    public MeKey entity() {
        return entity;
    }

    /** The OMCI result of the refused step, or -1. */
    public int result() {
        return result;
    }

    public int unsupportedMask() {
        return unsupportedMask;
    }

    public int failedMask() {
        return failedMask;
    }
}
