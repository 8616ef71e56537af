package io.omcid.codec.frame;

import io.omcid.codec.message.AlarmBitmap;
import io.omcid.codec.message.AlarmNotification;
import io.omcid.codec.message.OmciMessage;

/**
 * Alarm notification (G.988 A.3.16, C.3.16): the 28-octet bitmap, then the alarm sequence number. In the baseline
 * set three padding octets come between them, so the number is the last contents octet.
 */
final class AlarmCodec implements BodyCodec {

    private static final int BASELINE_SEQUENCE = 31;

    @Override
    public OmciMessage decode(Contents c) {
        int sequenceAt = c.baseline() ? BASELINE_SEQUENCE : AlarmBitmap.OCTETS;
        c.need(sequenceAt + 1, "alarm notification");
        return new AlarmNotification(c.header, AlarmBitmap.read(c.frame, c.start), c.u8(sequenceAt));
    }

    @Override
    public void encode(OmciMessage message, ContentsWriter out) {
        if (!(message instanceof AlarmNotification alarm)) {
            throw Codecs.mismatch(message);
        }
        out.bytes(alarm.bitmap().toBytes());
        if (out.baseline) {
            out.seek(BASELINE_SEQUENCE);
        }
        out.u8(alarm.sequence());
    }
}
