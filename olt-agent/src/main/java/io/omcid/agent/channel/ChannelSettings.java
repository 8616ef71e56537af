package io.omcid.agent.channel;

import java.time.Duration;

/**
 * How an OMCI channel waits: the time a request waits for its response, and how many times it is sent again before
 * it fails. Common OLT practice is 3 s and 2 retries.
 */
public record ChannelSettings(Duration timeout, int retries) {

    public static final ChannelSettings DEFAULT = new ChannelSettings(Duration.ofSeconds(3), 2);

    public ChannelSettings {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("OMCI timeout: " + timeout + " (expected: more than 0)");
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("OMCI retries: " + retries + " (expected: 0 to 10)");
        }
    }
}
