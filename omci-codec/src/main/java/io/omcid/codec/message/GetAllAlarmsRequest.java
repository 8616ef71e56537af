package io.omcid.codec.message;

/**
 * Get all alarms (G.988 A.2.11): alarm retrieval mode 0 asks for every alarm, 1 only for
 * those not subject to alarm reporting control.
 */
public record GetAllAlarmsRequest(Header header, int retrievalMode) implements OmciMessage {
}
