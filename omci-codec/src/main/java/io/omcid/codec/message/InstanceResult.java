package io.omcid.codec.message;

/** A per-image-instance result of the software download responses (G.988 A.2.20, A.2.24). */
public record InstanceResult(int instance, int result) {
}
