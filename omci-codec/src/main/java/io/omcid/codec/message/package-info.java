/**
 * Typed, immutable OMCI messages: one record per layout of G.988 annexes A (baseline) and C (extended), sharing a
 * {@link io.omcid.codec.message.Header}. Attribute values keep their wire octets, typed on demand by the catalog.
 */
package io.omcid.codec.message;
