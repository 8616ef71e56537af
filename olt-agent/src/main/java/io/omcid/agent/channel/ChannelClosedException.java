package io.omcid.agent.channel;

/** A request that could not finish because the ONU's channel closed (ONU lost, daemon stopping). */
public final class ChannelClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChannelClosedException(String message) {
        super(message, null, false, false);
    }
}
