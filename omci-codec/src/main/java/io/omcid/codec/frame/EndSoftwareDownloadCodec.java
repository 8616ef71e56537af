package io.omcid.codec.frame;

import io.omcid.codec.message.EndSoftwareDownloadRequest;
import io.omcid.codec.message.EndSoftwareDownloadResponse;
import io.omcid.codec.message.InstanceResult;
import io.omcid.codec.message.OmciMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * End software download (G.988 A.2.23-24). Request: the image's CRC-32 and size, the number of image instances (1 to
 * 9) and their ids. Response: result, then per instance its id and result.
 */
final class EndSoftwareDownloadCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (c.header.ak()) {
            c.need(2, "end software download response");
            int result = c.result(0, 6);
            int count = Codecs.count(c, 1, 0, 9, "end software download instances");
            c.need(2 + 3 * count, "end software download response with " + count + " instances");
            List<InstanceResult> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                results.add(new InstanceResult(c.u16(2 + 3 * i), c.result(4 + 3 * i, 6)));
            }
            return new EndSoftwareDownloadResponse(c.header, result, results);
        }

        c.need(9, "end software download request");
        int count = Codecs.count(c, 8, 1, 9, "end software download image instances");
        c.need(9 + 2 * count, "end software download request with " + count + " instances");
        List<Integer> instances = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            instances.add(c.u16(9 + 2 * i));
        }
        return new EndSoftwareDownloadRequest(c.header, c.u32(0), c.u32(4), instances);
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof EndSoftwareDownloadRequest request) {
            out.u32(request.crc32()).u32(request.imageSize()).u8(request.imageInstances().size());
            for (int instance : request.imageInstances()) {
                out.u16(instance);
            }
        } else if (message instanceof EndSoftwareDownloadResponse response) {
            out.u8(response.result()).u8(response.instanceResults().size());
            for (InstanceResult result : response.instanceResults()) {
                out.u16(result.instance()).u8(result.result());
            }
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
