package io.omcid.codec.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The managed-entity classes the codec knows, looked up by class id in constant time. Classes it does not know
 * (vendor-specific ranges among them) are not an error: their attributes travel as raw octets.
 */
public final class MeCatalog {

    private static final String RESOURCE = "g988-classes.txt";
    private static volatile MeCatalog standard;

    private final MeClass[] byId = new MeClass[0x10000];
    private final List<MeClass> classes;

    public MeCatalog(Collection<MeClass> classes) {
        List<MeClass> list = new ArrayList<>(classes.size());
        for (MeClass meClass : classes) {
            if (byId[meClass.classId()] != null) {
                throw new IllegalArgumentException("class " + meClass.classId() + ": defined twice "
                        + "(expected: one definition per class id)");
            }
            byId[meClass.classId()] = meClass;
            list.add(meClass);
        }
        list.sort((a, b) -> Integer.compare(a.classId(), b.classId()));
        this.classes = Collections.unmodifiableList(list);
    }

    /** The G.988 catalog shipped with the codec. */
    public static MeCatalog standard() {
        MeCatalog catalog = standard;
        if (catalog == null) {
            synchronized (MeCatalog.class) {
                catalog = standard;
                if (catalog == null) {
                    catalog = load();
                    standard = catalog;
                }
            }
        }
        return catalog;
    }

    private static MeCatalog load() {
        try (InputStream in = MeCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing: " + RESOURCE);
            }
            return new MeCatalog(CatalogParser.parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("catalog resource unreadable: " + RESOURCE, e);
        }
    }

    /** The class with this id, or null when the catalog does not know it. */
    public MeClass find(int classId) {
        return classId >= 0 && classId <= 0xFFFF ? byId[classId] : null;
    }

    /** The class with this name (case-insensitive), or null. */
    public MeClass find(String name) {
        for (MeClass meClass : classes) {
            if (meClass.name().equalsIgnoreCase(name)) {
                return meClass;
            }
        }
        return null;
    }

    public List<MeClass> classes() {
        return classes;
    }

    /** G.988 clause 11.2.4 reserves 240-255, 350-399 and 65280-65535 for vendor-specific classes. */
    public static boolean isVendorSpecific(int classId) {
        return (classId >= 240 && classId <= 255) || (classId >= 350 && classId <= 399) || classId >= 65280;
    }
}
