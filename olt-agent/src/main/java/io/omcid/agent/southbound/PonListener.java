package io.omcid.agent.southbound;

/** What a PON adapter reports to the daemon. Calls may come from any thread; implementations hop as they need. */
public interface PonListener {

    /** An ONU came up (activated, ranged) and can be managed; its serial number as 12 characters. */
    void onuDiscovered(OnuAddress address, String serialNumber);

    /** The ONU went away (loss of signal, deactivation, reboot). */
    void onuLost(OnuAddress address);

    /** An OMCI frame arrived from an ONU, as octets. */
    void frameReceived(OnuAddress address, byte[] frame);
}
