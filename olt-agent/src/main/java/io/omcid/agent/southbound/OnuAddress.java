package io.omcid.agent.southbound;

/** Where an ONU sits: its PON port on the OLT and the ONU id the OLT gave it there. */
public record OnuAddress(int ponPort, int onuId) {

    public OnuAddress {
        if (ponPort < 0 || ponPort > 255) {
            throw new IllegalArgumentException("PON port: " + ponPort + " (expected: 0 to 255)");
        }
        if (onuId < 0 || onuId > 1023) {
            throw new IllegalArgumentException("ONU id: " + onuId + " (expected: 0 to 1023)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnuAddress other && ponPort == other.ponPort && onuId == other.onuId;
    }

    @Override
    public int hashCode() {
        return (ponPort << 10) | onuId;
    }

    @Override
    public String toString() {
        return "pon " + ponPort + " onu " + onuId;
    }
}
