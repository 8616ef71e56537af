package io.omcid.agent.onu;

/** Where an ONU is on its way from discovery to a MIB the OLT can trust. */
public enum OnuState {
    /** Seen on the PON; its OMCI channel is being set up. */
    DISCOVERED,
    /** MIB reset and MIB upload under way. */
    UPLOADING,
    /** Comparing the ONU's MIB data sync counter with the stored one. */
    AUDITING,
    /** Reading the ONU's active alarms. */
    ALARM_SYNC,
    /** The OLT's MIB matches the ONU's; provisioning may proceed. */
    READY,
    /** The last synchronisation failed; it is tried again. */
    FAILED,
    /** Gone from the PON. */
    LOST
}
