package io.omcid.codec.frame;

import io.omcid.codec.message.AlarmBitmap;
import io.omcid.codec.message.AlarmRecord;
import io.omcid.codec.message.GetAllAlarmsNextResponse;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.SequenceRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * Get all alarms next (G.988 A.2.39-40, C.2.40). Request: the sequence number. Response: records of class,
 * instance and 28-octet bitmap, 32 octets each; one in the baseline set, any whole number in the extended set.
 */
final class GetAllAlarmsNextCodec implements BodyCodec {

    private static final int RECORD = 4 + AlarmBitmap.OCTETS;

    @Override
    public OmciMessage decode(Contents c) {
        if (!c.header.ak()) {
            c.need(2, "get all alarms next request");
            return new SequenceRequest(c.header, c.u16(0));
        }

        if (c.length() % RECORD != 0) {
            throw new OmciDecodeException("get all alarms next response: " + c.length()
                    + " contents octets (expected: a multiple of " + RECORD + ")");
        }
        List<AlarmRecord> records = new ArrayList<>(c.length() / RECORD);
        for (int at = 0; at < c.length(); at += RECORD) {
            records.add(new AlarmRecord(c.u16(at), c.u16(at + 2), AlarmBitmap.read(c.frame, c.start + at + 4)));
        }
        return new GetAllAlarmsNextResponse(c.header, records);
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (message instanceof SequenceRequest request) {
            out.u16(request.sequence());
        } else if (message instanceof GetAllAlarmsNextResponse response) {
            if (out.baseline && response.records().size() > 1) {
                throw new IllegalArgumentException("baseline get all alarms next response: "
                        + response.records().size() + " records (expected: at most 1)");
            }
            for (AlarmRecord record : response.records()) {
                out.u16(record.classId()).u16(record.instance()).bytes(record.bitmap().toBytes());
            }
        } else {
            throw Codecs.mismatch(message);
        }
    }
}
