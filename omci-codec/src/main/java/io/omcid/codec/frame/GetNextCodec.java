package io.omcid.codec.frame;

import io.omcid.codec.message.GetNextRequest;
import io.omcid.codec.message.GetNextResponse;
import io.omcid.codec.message.OmciMessage;

/**
 * Get next (G.988 A.2.43-44). Request: the table attribute's mask and the piece number. Response: result (0 to 6),
 * the mask, and the piece of the table, which runs to the end of the contents.
 */
final class GetNextCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (!c.header.ak()) {
            c.need(4, "get next request");
            return new GetNextRequest(c.header, c.u16(0), c.u16(2));
        }
        c.need(3, "get next response");
        int result = c.result(0, 6);
        return new GetNextResponse(c.header, result, AttributeArea.read(c.meClass, c.u16(1), c.frame, c.start + 3,
                c.end, TableRule.REST));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof GetNextRequest request) {
            out.u16(request.mask()).u16(request.sequence());
        } else if (message instanceof GetNextResponse response) {
            out.u8(response.result()).u16(response.values().mask()).values(response.values());
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
