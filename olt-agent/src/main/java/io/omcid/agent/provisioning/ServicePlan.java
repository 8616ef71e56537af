package io.omcid.agent.provisioning;

import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.AttributeValues;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The managed entities that realise a service on one ONU, in the order they depend on each other (G.988 clause
 * 9.3 and appendix II): traffic descriptor, T-CONT alloc-id, GAL Ethernet profile, IEEE 802.1p mapper, GEM port
 * network CTPs and GEM interworking TPs, the mapper's p-bit pointers, MAC bridge service profile, its UNI-side and
 * ANI-side ports, VLAN tagging filter data, and the extended VLAN tagging operation with its rule.
 *
 * <p>Instances are numbered by the service's slot s: 0x0800 + s for the entities one per service, the ANI-side
 * bridge port and its VLAN filter 0x0900 + s; GEM port entities take their port id.
 */
final class ServicePlan {

    static final int GAL_PROFILE = 1;
    private static final int UNASSIGNED_ALLOC = 0xFFFF;
    private static final int GPON_UNASSIGNED_ALLOC = 0x00FF;
    private static final int NULL_POINTER = 0xFFFF;
    private static final int TPID = 0x8100;

    final List<Step> steps;
    final int tcont;

    private ServicePlan(List<Step> steps, int tcont) {
        this.steps = List.copyOf(steps);
        this.tcont = tcont;
    }

    /** The plan of a service on an ONU whose MIB is {@code mib}; refuses what the ONU cannot carry. */
    static ServicePlan of(ServiceIntent intent, int slot, Mib mib, MeCatalog catalog) {
        int pptp = pptpInstance(intent, mib);
        int tcont = tcontInstance(intent, mib);
        int single = 0x0800 + slot;
        int aniPort = 0x0900 + slot;
        List<Step> steps = new ArrayList<>();

        steps.add(new Step("traffic descriptor " + single, MeKey.of(280, single), values(catalog, 280, sbc(280,
                catalog),
                Map.of(1, intent.cirKbps() * 125, 2, intent.pirKbps() * 125)), AttributeValues.empty(), true));
        steps.add(new Step("T-CONT " + tcont + " alloc-id " + intent.allocId(), MeKey.of(262, tcont), null,
                AttributeValues.builder().putUnsigned(1, 2, intent.allocId()).build(), false));
        steps.add(new Step("GAL Ethernet profile " + GAL_PROFILE, MeKey.of(272, GAL_PROFILE),
                values(catalog, 272, sbc(272, catalog), Map.of(1, 48L)), AttributeValues.empty(), false));

        Map<Integer, Long> nullPointers = new TreeMap<>();
        for (int pointer = 1; pointer <= 9; pointer++) {
            nullPointers.put(pointer, (long) NULL_POINTER);
        }
        nullPointers.put(10, 0L);
        steps.add(new Step("802.1p mapper " + single, MeKey.of(130, single),
                values(catalog, 130, sbc(130, catalog), nullPointers), AttributeValues.empty(), true));

        Map<Long, Integer> queues = queues(mib, tcont, pptp);
        Map<Integer, Long> pbitPointers = new TreeMap<>();
        for (ServiceIntent.GemPortIntent gem : intent.gemPorts()) {
            int port = gem.portId();
            int upstreamQueue = queues.getOrDefault(((long) tcont << 16) | gem.queue(), NULL_POINTER);
            int downstreamQueue = queues.getOrDefault(((long) pptp << 16) | gem.queue(), NULL_POINTER);
            steps.add(new Step("GEM port network CTP " + port, MeKey.of(268, port), values(catalog, 268,
                    sbc(268, catalog), Map.of(1, (long) port, 2, (long) tcont, 3, 3L, 4, (long) upstreamQueue,
                            5, (long) single, 7, (long) downstreamQueue)), AttributeValues.empty(), true));
            steps.add(new Step("GEM interworking TP " + port, MeKey.of(266, port), values(catalog, 266,
                    sbc(266, catalog), Map.of(1, (long) port, 2, 5L, 3, (long) single, 7, (long) GAL_PROFILE)),
                    AttributeValues.empty(), true));
            for (int pbit : gem.pbits()) {
                pbitPointers.put(2 + pbit, (long) port);
            }
        }
        AttributeValues.Builder pointers = AttributeValues.builder();
        for (int index = 2; index <= 9; index++) {
            pointers.putUnsigned(index, 2, pbitPointers.getOrDefault(index, (long) NULL_POINTER));
        }
        steps.add(new Step("802.1p mapper " + single + " p-bit pointers", MeKey.of(130, single), null,
                pointers.build(), true));

        steps.add(new Step("MAC bridge service profile " + single, MeKey.of(45, single), values(catalog, 45,
                sbc(45, catalog), Map.of(2, 1L, 4, 0x8000L, 5, 0x1400L, 6, 0x0200L, 7, 0x0F00L, 10, 300L)),
                AttributeValues.empty(), true));
        steps.add(new Step("MAC bridge port " + single + " (UNI side)", MeKey.of(47, single), values(catalog, 47,
                sbc(47, catalog), Map.of(1, (long) single, 2, 1L, 3, 1L, 4, (long) pptp, 6, 1L)),
                AttributeValues.empty(), true));
        steps.add(new Step("MAC bridge port " + aniPort + " (ANI side)", MeKey.of(47, aniPort), values(catalog, 47,
                sbc(47, catalog), Map.of(1, (long) single, 2, 2L, 3, 3L, 4, (long) single, 6, 1L)),
                AttributeValues.empty(), true));
        steps.add(new Step("VLAN tagging filter data " + aniPort, MeKey.of(84, aniPort), vlanFilter(intent),
                AttributeValues.empty(), true));

        // association type 0: the extended VLAN tagging operation sits on the service's UNI-side bridge port
        steps.add(new Step("extended VLAN tagging operation " + single, MeKey.of(171, single), values(catalog, 171,
                sbc(171, catalog), Map.of(1, 0L, 7, (long) single)), AttributeValues.builder()
                .putUnsigned(3, 2, TPID).putUnsigned(4, 2, TPID).putUnsigned(5, 1, 0).put(6, VlanRule.of(intent.vlan()))
                .build(), true));
        return new ServicePlan(steps, tcont);
    }

    /** The PPTP Ethernet UNI of the intent's UNI number: the n-th in instance order. */
    private static int pptpInstance(ServiceIntent intent, Mib mib) {
        List<MeKey> unis = mib.keys(11);
        if (intent.uni() > unis.size()) {
            throw new ProvisioningException(ProvisioningException.Kind.INVALID, "uni: " + intent.uni()
                    + " (expected: 1 to " + unis.size() + " on ONU " + intent.serial() + ")");
        }
        return unis.get(intent.uni() - 1).instance();
    }

    /** The T-CONT already carrying the alloc-id, or the first free one. */
    private static int tcontInstance(ServiceIntent intent, Mib mib) {
        Integer free = null;
        for (MeKey key : mib.keys(262)) {
            long alloc = mib.unsigned(key, 1);
            if (alloc == intent.allocId()) {
                return key.instance();
            }
            if (free == null && (alloc == UNASSIGNED_ALLOC || alloc == GPON_UNASSIGNED_ALLOC)) {
                free = key.instance();
            }
        }
        if (free == null) {
            throw new ProvisioningException(ProvisioningException.Kind.CONFLICT, "T-CONT for alloc-id "
                    + intent.allocId() + ": none free on ONU " + intent.serial() + " (expected: a T-CONT with alloc-id "
                    + "0xFFFF or 0x00FF)");
        }
        return free;
    }

    /**
     * The priority queues of the service's T-CONT and UNI by their related port (attribute 6: the T-CONT or UNI in the
     * high 16 bits, the priority in the low 16), read once per plan.
     */
    private static Map<Long, Integer> queues(Mib mib, int tcont, int pptp) {
        Map<Long, Integer> queues = new java.util.HashMap<>();
        mib.forEachUnsigned(277, 6, (instance, related) -> {
            long port = related >>> 16;
            if (related >= 0 && (port == tcont || port == pptp)) {
                queues.putIfAbsent(related, instance);
            }
        });
        return queues;
    }

    /** G.988 9.3.11: one VLAN tag to pass (action 0x10: forward tagged frames whose VID is in the list). */
    private static AttributeValues vlanFilter(ServiceIntent intent) {
        ServiceIntent.VlanIntent vlan = intent.vlan();
        byte[] list = new byte[24];
        int entries = 0;
        int vid = switch (vlan.mode()) {
            case UNTAGGED -> 0;
            case SINGLE_TAGGED, TRANSLATED -> vlan.cVlan();
            case DOUBLE_TAGGED -> vlan.sVlan();
        };
        if (vid != 0) {
            int tci = (vlan.pbits() << 13) | vid;
            list[0] = (byte) (tci >>> 8);
            list[1] = (byte) tci;
            entries = 1;
        }
        return AttributeValues.builder().put(1, list).putUnsigned(2, 1, entries == 0 ? 0x00 : 0x10)
                .putUnsigned(3, 1, entries).build();
    }

    private static int sbc(int classId, MeCatalog catalog) {
        return catalog.find(classId).setByCreateMask();
    }

    /** Values for the attributes of {@code mask}, from {@code given}, zero where it names none. */
    static AttributeValues values(MeCatalog catalog, int classId, int mask, Map<Integer, Long> given) {
        MeClass meClass = catalog.find(classId);
        AttributeValues.Builder builder = AttributeValues.builder();
        for (AttributeDef def : meClass.attributes()) {
            if ((mask & def.maskBit()) == 0) {
                continue;
            }
            Long value = given.get(def.index());
            if (def.size() <= 8 && !def.table()) {
                builder.putUnsigned(def.index(), def.size(), value == null ? 0 : value);
            } else {
                builder.put(def.index(), new byte[def.size()]);
            }
        }
        return builder.build();
    }
}
