package io.omcid.mib.store;

import java.time.Instant;

/**
 * A subscriber service applied to an ONU, as the store keeps it: the ONU, the service's name, the slot its
 * managed entities are numbered by, and the intent in the agent's own encoding.
 */
public record ServiceRecord(String onu, String name, int slot, byte[] spec, Instant updated) {

    public ServiceRecord {
        if (slot < 1 || slot > 255) {
            throw new IllegalArgumentException("service slot: " + slot + " (expected: 1 to 255)");
        }
        spec = spec.clone();
    }

    @Override
    public byte[] spec() {
        return spec.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceRecord other && onu.equals(other.onu) && name.equals(other.name)
                && slot == other.slot && java.util.Arrays.equals(spec, other.spec);
    }

    @Override
    public int hashCode() {
        return onu.hashCode() * 31 + name.hashCode();
    }
}
