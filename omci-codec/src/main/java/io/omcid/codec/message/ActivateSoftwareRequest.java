package io.omcid.codec.message;

/**
 * Activate software (G.988 A.2.25): flags 0 activate unconditionally, 1 only if no POTS
 * call is up, 2 only if no voice or emergency call is up.
 */
public record ActivateSoftwareRequest(Header header, int flags) implements OmciMessage {
}
