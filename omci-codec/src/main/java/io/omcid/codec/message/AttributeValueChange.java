package io.omcid.codec.message;

/**
 * Attribute value change (G.988 A.3.17): the changed attributes and their new values.
 */
public record AttributeValueChange(Header header, AttributeValues values) implements OmciMessage {
}
