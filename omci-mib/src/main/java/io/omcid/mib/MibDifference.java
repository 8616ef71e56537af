package io.omcid.mib;

import java.util.HexFormat;
import java.util.List;

/**
 * How the OLT's MIB differs from the ONU's (a fresh upload): instances the OLT holds that the ONU lacks, instances
 * the ONU has that the OLT does not hold, and attributes of common instances whose values differ. An attribute the
 * OLT never learned is not a difference; one it holds that the ONU does not report is (with a null value).
 */
public record MibDifference(List<MeKey> missing, List<MeKey> extra, List<AttributeDifference> attributes,
                            int oltMds, int onuMds) {

    public MibDifference {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        attributes = List.copyOf(attributes);
    }

    public boolean isEmpty() {
        return missing.isEmpty() && extra.isEmpty() && attributes.isEmpty();
    }

    /** One attribute whose values differ; index 0 stands for octets the catalog could not place. */
    public record AttributeDifference(MeKey key, int index, byte[] olt, byte[] onu) {
        @Override
        public boolean equals(Object o) {
            return o instanceof AttributeDifference other && key.equals(other.key) && index == other.index
                    && java.util.Arrays.equals(olt, other.olt) && java.util.Arrays.equals(onu, other.onu);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + index;
        }

        @Override
        public String toString() {
            HexFormat hex = HexFormat.of();
            return key + " attribute " + index + ": olt " + (olt == null ? "none" : hex.formatHex(olt)) + ", onu "
                    + (onu == null ? "none" : hex.formatHex(onu));
        }
    }
}
