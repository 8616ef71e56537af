package io.omcid.mib.template;

import io.omcid.codec.message.AttributeValues;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates of this daemon, by model and by id. The first ONU of a model and software to upload gives the
 * template; the ONUs that follow stand on it and keep only their differences. Thread-safe.
 */
public final class TemplateRegistry {

    private final ConcurrentHashMap<TemplateKey, MibTemplate> byKey = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, MibTemplate> byId = new ConcurrentHashMap<>();

    /** Registers a template read back from a store; the first one of a key stays the key's template. */
    public void register(MibTemplate template) {
        byId.putIfAbsent(template.id(), template);
        byKey.putIfAbsent(template.key(), template);
    }

    public MibTemplate byId(String id) {
        return byId.get(id);
    }

    public Collection<MibTemplate> templates() {
        return List.copyOf(byId.values());
    }

    /**
     * Stands a freshly uploaded MIB on the template of its model, making one of it first if there is none.
     *
     * @return the template, new or shared
     */
    public MibTemplate adopt(Mib uploaded) {
        TemplateKey key = keyOf(uploaded);
        MibTemplate template = byKey.computeIfAbsent(key, k -> {
            MibTemplate made = uploaded.toTemplate(k);
            byId.putIfAbsent(made.id(), made);
            return made;
        });
        uploaded.rebase(template);
        return template;
    }

    /**
     * The model of an ONU: vendor id (ONU-G attribute 1), equipment id (ONU2-G attribute 1) and the versions of
     * its software images (software image attribute 1), as G.988 clauses 9.1.1, 9.1.2 and 9.1.4 define them.
     */
    public static TemplateKey keyOf(Mib mib) {
        String vendor = text(mib.get(MeKey.of(256, 0)), 1);
        String equipment = text(mib.get(MeKey.of(257, 0)), 1);
        StringBuilder versions = new StringBuilder();
        for (MeKey image : mib.keys(7)) {
            if (versions.length() > 0) {
                versions.append(',');
            }
            versions.append(text(mib.get(image), 1));
        }
        return new TemplateKey(vendor, equipment, versions.toString());
    }

    private static String text(AttributeValues values, int index) {
        return values == null || !values.has(index) ? "" : values.string(index);
    }
}
