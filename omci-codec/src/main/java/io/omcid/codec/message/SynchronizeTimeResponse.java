package io.omcid.codec.message;

/**
 * Synchronize time response (G.988 A.2.38): result and, where present, the success
 * results octet as carried ({@code -1} when absent); the baseline set defines it on result 0 only.
 */
public record SynchronizeTimeResponse(Header header, int result, int successResults) implements OmciMessage {
}
