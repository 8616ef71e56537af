package io.omcid.agent.channel;

/** A request that got no response after all its attempts. */
public final class OmciTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OmciTimeoutException(String message) {
        super(message, null, false, false);
    }
}
