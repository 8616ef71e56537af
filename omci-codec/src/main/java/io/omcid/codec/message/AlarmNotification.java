package io.omcid.codec.message;

/**
 * Alarm notification (G.988 A.3.16): the 28-octet bitmap of active alarms and the alarm
 * sequence number, 1 to 255 wrapping to 1.
 */
public record AlarmNotification(Header header, AlarmBitmap bitmap, int sequence) implements OmciMessage {
}
