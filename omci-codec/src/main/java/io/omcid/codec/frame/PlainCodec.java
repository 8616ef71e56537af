package io.omcid.codec.frame;

import io.omcid.codec.message.EmptyRequest;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.ResultResponse;

/**
 * Delete, MIB reset and Commit software (G.988 A.2.5-6, A.2.17-18, A.2.33-34): requests without contents, responses
 * with a result only.
 */
final class PlainCodec implements BodyCodec {

    private final int highestResult;

    /** @param highestResult the largest result G.988 allows for the type, or 255 where it sets no bound */
    PlainCodec(int highestResult) {
        this.highestResult = highestResult;
    }

    @Override
    public OmciMessage decode(Contents c) {
        if (!c.header.ak()) {
            return new EmptyRequest(c.header);
        }
        c.need(1, c.header.type() + " response");
        return new ResultResponse(c.header, c.result(0, highestResult));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof ResultResponse response) {
            out.u8(response.result());
        } else if (!(message instanceof EmptyRequest)) {
            throw Codecs.mismatch(message);
        }
    }
}
