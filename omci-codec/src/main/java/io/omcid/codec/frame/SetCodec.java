package io.omcid.codec.frame;

import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.SetRequest;
import io.omcid.codec.message.SetResponse;

/**
 * Set (G.988 A.2.7-8). Request: mask, then the values it names; a table attribute takes one row. Response: result,
 * then on result 9 the optional-attribute and attribute execution masks, at the same offsets in both message sets.
 */
final class SetCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (c.header.ak()) {
            c.need(1, "set response");
            int result = c.u8(0);
            if (result != 9) {
                return new SetResponse(c.header, result, 0, 0);
            }
            c.need(5, "set response with result 9");
            return new SetResponse(c.header, result, c.u16(1), c.u16(3));
        }

        c.need(2, "set request");
        int mask = c.u16(0);
        return new SetRequest(c.header, AttributeArea.read(c.meClass, mask, c.frame, c.start + 2, c.end,
                TableRule.ROW));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof SetRequest request) {
            out.u16(request.values().mask()).values(request.values());
        } else if (message instanceof SetResponse response) {
            out.u8(response.result());
            if (response.result() == 9) {
                out.u16(response.optionalMask()).u16(response.executionMask());
            }
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
