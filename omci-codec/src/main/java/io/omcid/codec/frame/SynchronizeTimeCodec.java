package io.omcid.codec.frame;

import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.OmciTime;
import io.omcid.codec.message.SynchronizeTimeRequest;
import io.omcid.codec.message.SynchronizeTimeResponse;

/**
 * Synchronize time (G.988 A.2.37-38, C.2.37-38). Request: year (2 octets), month, day, hour, minute, second; an
 * extended request may leave them out. Response: result and the success results octet, which the baseline set
 * defines only on success.
 */
final class SynchronizeTimeCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (c.header.ak()) {
            c.need(1, "synchronize time response");
            int result = c.result(0, 6);
            // the baseline set defines the success octet on result 0 only; it is kept on any result
            return new SynchronizeTimeResponse(c.header, result, c.length() >= 2 ? c.u8(1) : -1);
        }
        if (!c.baseline() && c.length() < 7) {
            return new SynchronizeTimeRequest(c.header, null);
        }
        c.need(7, "synchronize time request");
        return new SynchronizeTimeRequest(c.header,
                new OmciTime(c.u16(0), c.u8(2), c.u8(3), c.u8(4), c.u8(5), c.u8(6)));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof SynchronizeTimeRequest request) {
            OmciTime time = request.time();
            if (time != null) {
                out.u16(time.year()).u8(time.month()).u8(time.day()).u8(time.hour()).u8(time.minute())
                        .u8(time.second());
            }
        } else if (message instanceof SynchronizeTimeResponse response) {
            out.u8(response.result());
            if (response.successResults() >= 0) {
                out.u8(response.successResults());
            }
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
