package io.omcid.codec.frame;

import io.omcid.codec.message.AttributeValueChange;
import io.omcid.codec.message.OmciMessage;

/** Attribute value change (G.988 A.3.17): the mask, then the new values of the attributes it names. */
final class AttributeValueChangeCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        c.need(2, "attribute value change");
        return new AttributeValueChange(c.header, AttributeArea.read(c.meClass, c.u16(0), c.frame, c.start + 2,
                c.end, TableRule.NONE));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (!(message instanceof AttributeValueChange change)) {
            throw Codecs.mismatch(message);
        }
        out.u16(change.values().mask()).values(change.values());
    }
}
