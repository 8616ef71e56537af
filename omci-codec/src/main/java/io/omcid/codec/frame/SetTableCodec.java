package io.omcid.codec.frame;

import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.SetTableRequest;

/**
 * Set table (G.988 C.2.45-46, extended set only). Request: a mask with exactly one bit, for a writable table
 * attribute, then whole rows. Response: a result from 0 to 6.
 */
final class SetTableCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (c.header.ak()) {
            c.need(1, "set table response");
            return new ResultResponse(c.header, c.result(0, 6));
        }

        c.need(2, "set table request");
        int mask = c.u16(0);
        if (Integer.bitCount(mask) != 1) {
            throw new OmciDecodeException("set table mask: 0x" + Integer.toHexString(mask)
                    + " (expected: exactly one attribute)");
        }
        if (c.meClass != null) {
            AttributeDef def = c.meClass.attribute(17 - Integer.numberOfTrailingZeros(mask) - 1);
            if (def == null || !def.table() || !def.writable()) {
                throw new OmciDecodeException("set table attribute: mask 0x" + Integer.toHexString(mask)
                        + " of class " + c.meClass.classId() + " (expected: a writable table attribute)");
            }
            int rows = c.length() - 2;
            if (def.size() > 0 && rows % def.size() != 0) {
                throw new OmciDecodeException("set table rows of " + def.name() + ": " + rows
                        + " octets (expected: a multiple of " + def.size() + ")");
            }
        }
        return new SetTableRequest(c.header, AttributeArea.read(c.meClass, mask, c.frame, c.start + 2, c.end,
                TableRule.REST));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof SetTableRequest request) {
            out.u16(request.values().mask()).values(request.values());
        } else if (message instanceof ResultResponse response) {
            out.u8(response.result());
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
