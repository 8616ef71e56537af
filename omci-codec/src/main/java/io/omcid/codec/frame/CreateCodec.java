package io.omcid.codec.frame;

import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.CreateResponse;
import io.omcid.codec.message.OmciMessage;

/**
 * Create (G.988 A.2.1-2). The request carries every set-by-create attribute in index order and no mask, so the
 * catalog alone says where each value lies. The response carries the attribute execution mask on result 3.
 */
final class CreateCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (c.header.ak()) {
            c.need(1, "create response");
            int result = c.u8(0);
            if (result == 3) {
                c.need(3, "create response with result 3");
            }
            // the mask means something only on result 3, but it is kept whatever the result so nothing is lost
            int executionMask = c.length() >= 3 ? c.u16(1) : 0;
            return new CreateResponse(c.header, result, executionMask);
        }

        if (c.meClass == null) {
            return new CreateRequest(c.header, AttributeValues.unknownClass(0, c.copy(0, c.length())));
        }
        int mask = c.meClass.setByCreateMask();
        return new CreateRequest(c.header, AttributeArea.read(c.meClass, mask, c.frame, c.start, c.end,
                TableRule.NONE));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof CreateRequest request) {
            out.values(request.values());
        } else if (message instanceof CreateResponse response) {
            out.u8(response.result());
            if (response.result() == 3 || response.executionMask() != 0) {
                out.u16(response.executionMask());
            }
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
