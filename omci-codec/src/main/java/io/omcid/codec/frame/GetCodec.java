package io.omcid.codec.frame;

import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.GetResponse;
import io.omcid.codec.message.OmciMessage;

/**
 * Get and Get current data (G.988 A.2.9-10, A.2.41-42, C.2.9-10). Request: the mask. Response: result and mask,
 * then the values. In the baseline set a result 9 puts the optional-attribute and execution masks in the last four
 * contents octets; in the extended set both masks always follow the attribute mask.
 */
final class GetCodec implements BodyCodec {

    private static final int BASELINE_MASKS = 28;

    private final boolean currentData;

    GetCodec(boolean currentData) {
        this.currentData = currentData;
    }

    @Override
    public OmciMessage decode(Contents c) {
        String what = c.header.type() + (c.header.ak() ? " response" : " request");
        if (!c.header.ak()) {
            c.need(2, what);
            return new GetRequest(c.header, c.u16(0));
        }

        c.need(3, what);
        int result = c.u8(0);
        int mask = c.u16(1);
        int optionalMask = 0;
        int executionMask = 0;
        int from;
        int to = c.end;
        if (c.baseline()) {
            from = c.start + 3;
            if (result == 9) {
                optionalMask = c.u16(BASELINE_MASKS);
                executionMask = c.u16(BASELINE_MASKS + 2);
                if (!currentData) {
                    // the values stop where the two masks begin
                    to = c.start + BASELINE_MASKS;
                }
            }
        } else {
            c.need(7, what);
            from = c.start + 7;
            if (result == 9) {
                optionalMask = c.u16(3);
                executionMask = c.u16(5);
            }
        }

        AttributeValues values = carriesValues(result)
                ? AttributeArea.read(c.meClass, mask, c.frame, from, to, currentData ? TableRule.NONE : TableRule.SIZE)
                : AttributeArea.maskOnly(mask);
        return new GetResponse(c.header, result, values, optionalMask, executionMask);
    }

    /** Results 1, 2, 4, 5 and 6 say the command failed as a whole, so no value follows. */
    private static boolean carriesValues(int result) {
        return result != 1 && result != 2 && result != 4 && result != 5 && result != 6;
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof GetRequest request) {
            out.u16(request.mask());
        } else if (message instanceof GetResponse response) {
            boolean baseline = out.baseline;
            out.u8(response.result()).u16(response.values().mask());
            if (!baseline) {
                out.u16(response.optionalMask()).u16(response.executionMask());
            }
            out.values(response.values());
            if (baseline && response.result() == 9) {
                out.seek(BASELINE_MASKS).u16(response.optionalMask()).u16(response.executionMask());
            }
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
