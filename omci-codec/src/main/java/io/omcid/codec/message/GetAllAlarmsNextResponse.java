package io.omcid.codec.message;

/**
 * Get all alarms next response (G.988 A.2.40): the alarmed managed entity and its
 * bitmap; the extended set may carry several in one message (G.988 C.2.40).
 */
public record GetAllAlarmsNextResponse(Header header, java.util.List<AlarmRecord> records) implements OmciMessage {

    public GetAllAlarmsNextResponse {
        records = java.util.List.copyOf(records);
    }
}
