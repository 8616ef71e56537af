package io.omcid.mib.model;

import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.catalog.ValueFormat;
import io.omcid.codec.message.AttributeValues;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds the MIB an ONU of a model uploads after a MIB reset, laid out the way real ONUs lay theirs out (G.988
 * clause 9 and appendix I): ONU data, ONU-G, ONU2-G, ANI-G, cardholders and circuit packs, a PPTP Ethernet UNI
 * and UNI-G per port, T-CONTs with traffic schedulers and upstream priority queues, downstream queues per UNI,
 * two software images, IP host config data, ONU power shedding and OLT-G. Attributes the model does not fix are
 * zero, every ONU-created attribute present.
 */
public final class MibFactory {

    private static final int QUEUES = 8;

    private final MeCatalog catalog;

    public MibFactory(MeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The MIB of one ONU; {@code serial} is the 4-octet vendor-specific part of its serial number. */
    public Mib build(OnuModel model, long serial) {
        Mib mib = new Mib(catalog, false);
        put(mib, 2, 0, Map.of(1, 0L));
        put(mib, 256, 0, Map.of(1, model.vendorId(), 2, model.softwareVersion(), 3, serialNumber(model, serial),
                4, 2L, 6, 0L, 7, 0L));
        put(mib, 257, 0, Map.of(1, model.equipmentId(), 2, (long) model.omccVersion(), 3, 0x1L,
                6, (long) (model.tconts() * QUEUES + model.unis() * model.downstreamQueues()),
                8, (long) model.tconts()));
        put(mib, 263, 0x8001, Map.of(1, 1L, 3, (long) model.tconts(), 4, 48L, 5, 1L));

        // slot 1 holds the UNIs, slot 128 the PON side (G.988 clause 9.1.5, instance numbering of cardholders)
        put(mib, 5, 0x0101, Map.of(1, 47L, 2, 47L, 3, (long) model.unis()));
        put(mib, 6, 0x0101, Map.of(1, 47L, 2, (long) model.unis(), 5, model.vendorId()));
        put(mib, 5, 0x0180, Map.of(1, 248L, 2, 248L, 3, 1L));
        put(mib, 6, 0x0180, Map.of(1, 248L, 2, 1L, 5, model.vendorId()));

        for (int uni = 1; uni <= model.unis(); uni++) {
            int instance = 0x0100 | uni;
            put(mib, 11, instance, Map.of(1, 47L, 2, 47L, 5, 0L, 6, 0L, 8, 1518L));
            put(mib, 264, instance, Map.of(2, 0L));
        }

        for (int tcont = 0; tcont < model.tconts(); tcont++) {
            int tcontId = 0x8000 | tcont;
            put(mib, 262, tcontId, Map.of(1, 0xFFFFL, 3, 1L));
            for (int s = 0; s < QUEUES; s++) {
                put(mib, 278, 0x0400 + tcont * QUEUES + s, Map.of(1, (long) tcontId, 3, 1L, 4, (long) s));
            }
            for (int q = 0; q < QUEUES; q++) {
                int queue = 0x8000 | (tcont << 3) | q;
                put(mib, 277, queue, Map.of(1, 1L, 2, 1L, 3, 128L, 4, 128L, 5, 1L,
                        6, ((long) tcontId << 16) | (QUEUES - 1 - q), 8, 0x0FFL));
            }
        }
        for (int uni = 1; uni <= model.unis(); uni++) {
            for (int q = 0; q < model.downstreamQueues(); q++) {
                int queue = (uni - 1) * model.downstreamQueues() + q;
                put(mib, 277, queue, Map.of(1, 1L, 2, 1L, 3, 128L, 4, 128L, 5, 1L,
                        6, ((long) (0x0100 | uni) << 16) | (model.downstreamQueues() - 1 - q), 8, 0x0FFL));
            }
        }

        put(mib, 7, 0, Map.of(1, model.softwareVersion(), 2, 1L, 3, 1L, 4, 1L));
        put(mib, 7, 1, Map.of(1, model.softwareVersion(), 2, 0L, 3, 0L, 4, 1L));
        put(mib, 134, 0, Map.of(1, 0L));
        put(mib, 133, 0, Map.of(1, 0L));
        put(mib, 131, 0, Map.of());
        mib.mds(0);
        mib.trim();
        return mib;
    }

    /** The 8-octet serial number: vendor id, then four vendor-specific octets (ITU-T G.984.3, G.9807.1). */
    public static byte[] serialNumber(OnuModel model, long serial) {
        byte[] number = new byte[8];
        byte[] vendor = model.vendorId().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(vendor, 0, number, 0, 4);
        for (int i = 0; i < 4; i++) {
            number[7 - i] = (byte) (serial >>> (8 * i));
        }
        return number;
    }

    /** Every readable attribute of the class, from {@code given} where it names one, zero elsewhere. */
    private void put(Mib mib, int classId, int instance, Map<Integer, Object> given) {
        MeClass meClass = catalog.find(classId);
        Map<Integer, Object> values = new HashMap<>(given);
        AttributeValues.Builder builder = AttributeValues.builder();
        for (AttributeDef def : meClass.attributes()) {
            if (def.table() || !def.readable()) {
                continue;
            }
            Object value = values.get(def.index());
            if (value instanceof byte[] octets) {
                builder.put(def.index(), octets);
            } else if (value instanceof String text) {
                builder.putString(def.index(), def.size(), text);
            } else if (value instanceof Long number && def.format() == ValueFormat.UINT) {
                builder.putUnsigned(def.index(), def.size(), number);
            } else {
                builder.put(def.index(), new byte[def.size()]);
            }
        }
        mib.putUploaded(MeKey.of(classId, instance), builder.build());
    }
}
