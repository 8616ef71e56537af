package io.omcid.codec.message;

/**
 * Set (G.988 A.2.7): the attribute mask and the values of the attributes it names; {@code values.mask()}
 * is the mask on the wire.
 */
public record SetRequest(Header header, AttributeValues values) implements OmciMessage {
}
