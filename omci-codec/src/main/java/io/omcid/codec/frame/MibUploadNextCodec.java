package io.omcid.codec.frame;

import io.omcid.codec.message.MibUploadNextResponse;
import io.omcid.codec.message.MibUploadRecord;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.SequenceRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * MIB upload next (G.988 A.2.15-16, C.2.16). Request: the sequence number. Baseline response: class, instance,
 * mask and values of one managed entity. Extended response: records of value length (2 octets), class, instance,
 * mask and that many octets of values.
 */
final class MibUploadNextCodec implements BodyCodec {

    @Override
    public OmciMessage decode(Contents c) {
        if (!c.header.ak()) {
            c.need(2, "MIB upload next request");
            return new SequenceRequest(c.header, c.u16(0));
        }

        if (c.baseline()) {
            c.need(6, "MIB upload next response");
            int classId = c.u16(0);
            return new MibUploadNextResponse(c.header, List.of(new MibUploadRecord(classId, c.u16(2),
                    AttributeArea.read(c.catalog.find(classId), c.u16(4), c.frame, c.start + 6, c.end,
                            TableRule.NONE))));
        }

        List<MibUploadRecord> records = new ArrayList<>();
        int at = 0;
        while (at < c.length()) {
            if (c.length() - at < 8) {
                throw new OmciDecodeException("MIB upload next record header: " + (c.length() - at)
                        + " octets (expected: 8)");
            }
            int size = c.u16(at);
            int classId = c.u16(at + 2);
            int from = c.start + at + 8;
            if (from + size > c.end) {
                throw new OmciDecodeException("MIB upload next record of class " + classId + ": " + size
                        + " octets of values (expected: at most the " + (c.end - from) + " left)");
            }
            records.add(new MibUploadRecord(classId, c.u16(at + 4), AttributeArea.read(
                    c.catalog.find(classId), c.u16(at + 6), c.frame, from, from + size, TableRule.NONE)));
            at += 8 + size;
        }
        return new MibUploadNextResponse(c.header, records);
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof SequenceRequest request) {
            out.u16(request.sequence());
        } else if (message instanceof MibUploadNextResponse response) {
            if (out.baseline && response.records().size() != 1) {
                throw new IllegalArgumentException("baseline MIB upload next response: "
                        + response.records().size() + " records (expected: 1)");
            }
            for (MibUploadRecord record : response.records()) {
                if (!out.baseline) {
                    out.u16(record.values().wireLength());
                }
                out.u16(record.classId()).u16(record.instance()).u16(record.values().mask()).values(record.values());
            }
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
