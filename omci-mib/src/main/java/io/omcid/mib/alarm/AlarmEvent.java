package io.omcid.mib.alarm;

import java.time.Instant;

/**
 * A raise or clear in the alarm history. Ids grow by one across all ONUs, so a client that saw id N resumes with
 * everything after N.
 */
public record AlarmEvent(long id, Instant time, String onu, int classId, int instance, int alarm, boolean raised) {
}
