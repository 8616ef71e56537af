package io.omcid.codec.frame;

import io.omcid.codec.message.InstanceResult;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.StartSoftwareDownloadRequest;
import io.omcid.codec.message.StartSoftwareDownloadResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * Start software download (G.988 A.2.19-20). Request: window size - 1, image size, the number of circuit packs
 * (1 to 9) and their instances. Response: result, the window size the ONU grants, and per image instance its
 * id and result.
 */
final class StartSoftwareDownloadCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (c.header.ak()) {
            c.need(3, "start software download response");
            int result = c.result(0, 6);
            int count = Codecs.count(c, 2, 0, 9, "start software download instances");
            c.need(3 + 3 * count, "start software download response with " + count + " instances");
            List<InstanceResult> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                results.add(new InstanceResult(c.u16(3 + 3 * i), c.result(5 + 3 * i, 6)));
            }
            return new StartSoftwareDownloadResponse(c.header, result, c.u8(1), results);
        }

        c.need(6, "start software download request");
        int count = Codecs.count(c, 5, 1, 9, "start software download circuit packs");
        c.need(6 + 2 * count, "start software download request with " + count + " circuit packs");
        List<Integer> packs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            packs.add(c.u16(6 + 2 * i));
        }
        return new StartSoftwareDownloadRequest(c.header, c.u8(0), c.u32(1), packs);
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof StartSoftwareDownloadRequest request) {
            out.u8(request.windowSize()).u32(request.imageSize()).u8(request.circuitPacks().size());
            for (int pack : request.circuitPacks()) {
                out.u16(pack);
            }
        } else if (message instanceof StartSoftwareDownloadResponse response) {
            out.u8(response.result()).u8(response.windowSize()).u8(response.instanceResults().size());
            for (InstanceResult result : response.instanceResults()) {
                out.u16(result.instance()).u8(result.result());
            }
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
