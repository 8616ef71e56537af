package io.omcid.agent.provisioning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A subscriber service as the OLT software asks for it: which UNI, the upstream T-CONT and its bandwidth, the GEM
 * ports with their p-bits and queues, and the VLAN treatment. The agent turns it into managed entities.
 */
public record ServiceIntent(String serial, String name, int uni, int allocId, long cirKbps, long pirKbps,
                            List<GemPortIntent> gemPorts, VlanIntent vlan) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public ServiceIntent {
        gemPorts = List.copyOf(gemPorts);
    }

    /** One GEM port: its id, the p-bits it carries, its upstream queue (0 highest to 7). */
    public record GemPortIntent(int portId, List<Integer> pbits, int queue) {
        public GemPortIntent {
            pbits = List.copyOf(pbits);
        }
    }

    /** The VLAN treatment at the UNI. */
    public record VlanIntent(Mode mode, int cVlan, int sVlan, int pbits, int matchVlan) {
    }

    public enum Mode {
        UNTAGGED, SINGLE_TAGGED, DOUBLE_TAGGED, TRANSLATED
    }

    /** Every problem with the intent on its own, each {@code "<what>: <actual> (expected: <rule>)"}. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add("service name: " + name + " (expected: 1 to 32 letters, digits, '-' or '_')");
        }
        if (uni < 1 || uni > 16) {
            problems.add("uni: " + uni + " (expected: 1 to 16)");
        }
        if (allocId < 256 || allocId > 16383) {
            problems.add("alloc-id: " + allocId + " (expected: 256 to 16383)");
        }
        if (pirKbps <= 0 || pirKbps > 100_000_000L) {
            problems.add("peak rate: " + pirKbps + " kbit/s (expected: 1 to 100000000)");
        }
        if (cirKbps < 0 || cirKbps > pirKbps) {
            problems.add("committed rate: " + cirKbps + " kbit/s (expected: 0 to the peak rate " + pirKbps + ")");
        }
        if (gemPorts.isEmpty() || gemPorts.size() > 8) {
            problems.add("GEM ports: " + gemPorts.size() + " (expected: 1 to 8)");
        }
        Set<Integer> ports = new HashSet<>();
        Set<Integer> pbitsUsed = new HashSet<>();
        for (GemPortIntent gem : gemPorts) {
            if (gem.portId() < 1 || gem.portId() > 4094) {
                problems.add("GEM port id: " + gem.portId() + " (expected: 1 to 4094)");
            }
            if (!ports.add(gem.portId())) {
                problems.add("GEM port id: " + gem.portId() + " twice (expected: each GEM port once)");
            }
            if (gem.queue() < 0 || gem.queue() > 7) {
                problems.add("GEM port " + gem.portId() + " queue: " + gem.queue() + " (expected: 0 to 7)");
            }
            if (gem.pbits().isEmpty()) {
                problems.add("GEM port " + gem.portId() + " p-bits: none (expected: at least one of 0 to 7)");
            }
            for (int pbit : gem.pbits()) {
                if (pbit < 0 || pbit > 7) {
                    problems.add("GEM port " + gem.portId() + " p-bit: " + pbit + " (expected: 0 to 7)");
                } else if (!pbitsUsed.add(pbit)) {
                    problems.add("p-bit " + pbit + ": in two GEM ports (expected: each p-bit in one GEM port)");
                }
            }
        }
        vlanProblems(problems);
        return problems;
    }

    private void vlanProblems(List<String> problems) {
        if (vlan == null || vlan.mode() == null) {
            problems.add("VLAN mode: none (expected: untagged, single, double or translated)");
            return;
        }
        if (vlan.pbits() < 0 || vlan.pbits() > 7) {
            problems.add("VLAN p-bits: " + vlan.pbits() + " (expected: 0 to 7)");
        }
        if (vlan.mode() != Mode.UNTAGGED) {
            vid(problems, "C-VLAN", vlan.cVlan());
        }
        if (vlan.mode() == Mode.DOUBLE_TAGGED) {
            vid(problems, "S-VLAN", vlan.sVlan());
        }
        if (vlan.mode() == Mode.TRANSLATED) {
            vid(problems, "matched VLAN", vlan.matchVlan());
        }
    }

    private static void vid(List<String> problems, String what, int vid) {
        if (vid < 1 || vid > 4094) {
            problems.add(what + ": " + vid + " (expected: 1 to 4094)");
        }
    }
}
