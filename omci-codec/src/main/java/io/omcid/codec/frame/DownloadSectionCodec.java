package io.omcid.codec.frame;

import io.omcid.codec.message.DownloadSectionRequest;
import io.omcid.codec.message.DownloadSectionResponse;
import io.omcid.codec.message.OmciMessage;

/**
 * Download section (G.988 A.2.21-22, C.2.21). Request: section number, then the section's data (31 octets in the
 * baseline set). Response: result and the section number it acknowledges.
 */
final class DownloadSectionCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (c.header.ak()) {
            c.need(2, "download section response");
            return new DownloadSectionResponse(c.header, c.result(0, 6), c.u8(1));
        }
        c.need(1, "download section request");
        return new DownloadSectionRequest(c.header, c.u8(0), c.copy(1, c.length()));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof DownloadSectionRequest request) {
            out.u8(request.sectionNumber()).bytes(request.data());
        } else if (message instanceof DownloadSectionResponse response) {
            out.u8(response.result()).u8(response.sectionNumber());
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
