package io.omcid.codec.message;

/**
 * Reboot (G.988 A.2.35): condition 0 reboot now, 1 unless a POTS call is up, 2 unless a voice
 * call is up, 3 unless an emergency call is up.
 */
public record RebootRequest(Header header, int condition) implements OmciMessage {
}
