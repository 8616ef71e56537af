package io.omcid.mib.alarm;

import io.omcid.mib.MeKey;

/** One alarm of one managed entity that went up or down. */
public record AlarmChange(MeKey key, int alarm, boolean raised) {
}
