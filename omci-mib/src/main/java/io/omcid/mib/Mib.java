package io.omcid.mib;

import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.CreateResponse;
import io.omcid.codec.message.EmptyRequest;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.SetRequest;
import io.omcid.codec.message.SetResponse;
import io.omcid.mib.template.MibTemplate;
import io.omcid.mib.template.TemplateKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the OLT knows of one ONU's management information base: its managed-entity instances with their attribute
 * values, and the MIB data sync counter. Values are typed by the catalog; classes and attributes it does not know
 * are kept as raw octets.
 *
 * <p>A MIB may stand on a shared {@link MibTemplate}: it then keeps only what differs from it (changed and added
 * instances, and deletions), so identical ONUs cost almost nothing. Not thread-safe: one ONU's state changes on
 * one executor.
 *
 * <p>Every change is checked first; a refused change throws {@link MibException} and leaves the MIB as it was.
 */
public final class Mib {

    /** Marks, in the overlay, an instance of the template that was deleted. */
    static final byte[] DELETED = new byte[0];
    private static final int[] NO_KEYS = new int[0];
    private static final byte[][] NO_RECORDS = new byte[0][];

    private final MeCatalog catalog;
    private final boolean strictClasses;
    private MibTemplate template;
    private int[] keys = NO_KEYS;
    private byte[][] records = NO_RECORDS;
    private int size;
    private int mds;

    /**
     * @param strictClasses refuse OLT changes (create, set) to classes and attributes the catalog does not know;
     *                      what the ONU reports is always kept
     */
    public Mib(MeCatalog catalog, boolean strictClasses) {
        this.catalog = catalog;
        this.strictClasses = strictClasses;
    }

    public Mib(MeCatalog catalog) {
        this(catalog, true);
    }

    /** A MIB as the store kept it: a template (or null), the overlay in key order, and the counter. */
    public static Mib restore(MeCatalog catalog, MibTemplate template, int[] overlayKeys, byte[][] overlayRecords,
                              int mds) {
        Mib mib = new Mib(catalog);
        mib.template = template;
        mib.keys = overlayKeys.clone();
        mib.records = overlayRecords.clone();
        mib.size = overlayKeys.length;
        for (int i = 0; i < mib.size; i++) {
            if (mib.records[i].length == 0) {
                mib.records[i] = DELETED;
            }
        }
        mib.mds = Mds.check(mds);
        return mib;
    }

    public MeCatalog catalog() {
        return catalog;
    }

    public int mds() {
        return mds;
    }

    /** Sets the counter, as a MIB upload or a MIB reset reports it. */
    public void mds(int value) {
        counter(Mds.check(value));
    }

    private static final int ONU_DATA = 2;

    /**
     * The counter is also attribute 1 of ONU data (G.988 clause 9.1.3): the instance, when the MIB holds it, says
     * the same, so an upload or a Get reports what the counter is.
     */
    private void counter(int value) {
        mds = value;
        int packed = MeKey.of(ONU_DATA, 0).packed();
        byte[] record = record(packed);
        if (record != null) {
            MeClass onuData = catalog.find(ONU_DATA);
            byte[] updated = MeRecords.withUnsigned(onuData, record, 1, value);
            put(packed, updated != null ? updated : MeRecords.merge(onuData, record,
                    AttributeValues.builder().putUnsigned(1, 1, value).build()));
        }
    }

    public MibTemplate template() {
        return template;
    }

    // reading

    public boolean contains(MeKey key) {
        return record(key.packed()) != null;
    }

    /** The values of an instance, or null when the MIB does not hold it. */
    public AttributeValues get(MeKey key) {
        byte[] record = record(key.packed());
        return record == null ? null : MeRecords.decode(catalog.find(key.classId()), record);
    }

    /** One attribute of an instance as an unsigned number, or -1 when the MIB does not hold it. */
    public long unsigned(MeKey key, int index) {
        byte[] record = record(key.packed());
        return record == null ? -1 : MeRecords.unsigned(catalog.find(key.classId()), record, index);
    }

    /** One attribute of every instance of a class as an unsigned number (-1 where absent), in instance order. */
    public void forEachUnsigned(int classId, int index, InstanceNumberVisitor visitor) {
        MeClass meClass = catalog.find(classId);
        forEach(classId, (packed, record) -> visitor.visit(packed & 0xFFFF, MeRecords.unsigned(meClass, record,
                index)));
    }

    /** Receives an instance number and a number read from it. */
    @FunctionalInterface
    public interface InstanceNumberVisitor {
        void visit(int instance, long number);
    }

    /** Every instance, in class then instance order. */
    public List<MeKey> keys() {
        List<MeKey> list = new ArrayList<>();
        forEach((packed, record) -> list.add(MeKey.unpack(packed)));
        return list;
    }

    public List<MeKey> keys(int classId) {
        List<MeKey> list = new ArrayList<>();
        forEach(classId, (packed, record) -> list.add(MeKey.unpack(packed)));
        return list;
    }

    public int size() {
        int[] count = new int[1];
        forEach((packed, record) -> count[0]++);
        return count[0];
    }

    /** Visits every instance with its record in key order, template and overlay merged. */
    public void forEach(RecordVisitor visitor) {
        visit(0, 0, -1, visitor);
    }

    /** Visits the instances of one class with their records in instance order, template and overlay merged. */
    public void forEach(int classId, RecordVisitor visitor) {
        int first = classId << 16;
        int t = template == null ? 0 : lowerBound(template.indexOf(first));
        visit(t, lowerBound(search(first)), classId, visitor);
    }

    private static int lowerBound(int searched) {
        return searched >= 0 ? searched : -searched - 1;
    }

    /** Merges template and overlay from the given positions; stops at the first key of another class if one given. */
    private void visit(int t, int o, int classId, RecordVisitor visitor) {
        int templateSize = template == null ? 0 : template.size();
        while (t < templateSize || o < size) {
            int cmp = t >= templateSize ? 1 : o >= size ? -1 : Integer.compareUnsigned(template.keyAt(t), keys[o]);
            int packed = cmp < 0 ? template.keyAt(t) : keys[o];
            if (classId >= 0 && packed >>> 16 != classId) {
                return;
            }
            if (cmp < 0) {
                visitor.visit(packed, template.recordAt(t));
                t++;
            } else {
                if (records[o] != DELETED) {
                    visitor.visit(packed, records[o]);
                }
                if (cmp == 0) {
                    t++;
                }
                o++;
            }
        }
    }

    /** Receives one instance: its packed key and its record, which must not be changed. */
    @FunctionalInterface
    public interface RecordVisitor {
        void visit(int packedKey, byte[] record);
    }

    // changes the OLT made and the ONU confirmed

    /** A confirmed Create: the instance with its set-by-create values; the counter goes up. */
    public void create(MeKey key, AttributeValues values) {
        MeClass meClass = knownClass(key, MessageType.CREATE);
        if (contains(key)) {
            throw new MibException("create of " + key + ": instance exists (expected: a new instance)");
        }
        if (meClass != null) {
            checkValues(meClass, key, values, false);
        }
        put(key.packed(), MeRecords.encode(meClass, values));
        counter(Mds.next(mds));
    }

    /** A confirmed Set: the values laid over the instance's; the counter goes up. */
    public void set(MeKey key, AttributeValues values) {
        byte[] record = existing(key, "set");
        MeClass meClass = knownClass(key, MessageType.SET);
        if (meClass != null) {
            checkValues(meClass, key, values, true);
        }
        put(key.packed(), MeRecords.merge(meClass, record, values));
        counter(Mds.next(mds));
    }

    /** A confirmed Delete; the counter goes up. */
    public void delete(MeKey key) {
        existing(key, "delete");
        remove(key.packed());
        counter(Mds.next(mds));
    }

    /** An attribute value change the ONU reported: values laid over the instance's (created if unknown). */
    public void applyAttributeValueChange(MeKey key, AttributeValues values) {
        MeClass meClass = catalog.find(key.classId());
        if (meClass != null) {
            checkSizes(meClass, key, values);
        }
        byte[] record = record(key.packed());
        put(key.packed(), record == null ? MeRecords.encode(meClass, values) : MeRecords.merge(meClass, record,
                values));
    }

    /** Values as an ONU uploaded them: laid over what the MIB holds of the instance, the counter unchanged. */
    public void putUploaded(MeKey key, AttributeValues values) {
        applyAttributeValueChange(key, values);
    }

    /** A MIB reset: nothing left, counter 0. */
    public void reset() {
        template = null;
        keys = NO_KEYS;
        records = NO_RECORDS;
        size = 0;
        mds = 0;
    }

    /**
     * Applies a request the OLT sent together with the ONU's response, if it changed the ONU's MIB: Create and
     * Delete on success, Set on success or, on result 9, for the attributes the ONU did execute.
     *
     * @return whether the MIB changed
     */
    public boolean applyConfirmed(OmciMessage request, OmciMessage response) {
        MeKey key = MeKey.of(request.header().classId(), request.header().instance());
        if (request instanceof CreateRequest create && response instanceof CreateResponse done && done.result() == 0) {
            create(key, create.values());
            return true;
        }
        if (request instanceof SetRequest set && response instanceof SetResponse done) {
            if (done.result() == 0) {
                set(key, set.values());
                return true;
            }
            if (done.result() == 9) {
                AttributeValues executed = executed(set.values(), done.optionalMask() | done.executionMask());
                if (executed.knownMask() != 0) {
                    set(key, executed);
                    return true;
                }
            }
            return false;
        }
        if (request instanceof EmptyRequest delete && delete.type() == MessageType.DELETE
                && response instanceof ResultResponse done && done.result() == 0) {
            delete(key);
            return true;
        }
        return false;
    }

    private static AttributeValues executed(AttributeValues values, int failed) {
        AttributeValues.Builder builder = AttributeValues.builder();
        for (int index = 1; index <= 16; index++) {
            if (values.has(index) && (failed & AttributeDef.maskBit(index)) == 0) {
                builder.put(index, values.bytes(index));
            }
        }
        return builder.build();
    }

    // templates

    /** Stands this MIB on a template, keeping its content: only the differences stay in the overlay. */
    public void rebase(MibTemplate newTemplate) {
        List<Integer> overlayKeys = new ArrayList<>();
        List<byte[]> overlayRecords = new ArrayList<>();
        int[] t = {0};
        forEach((packed, record) -> {
            while (t[0] < newTemplate.size() && Integer.compareUnsigned(newTemplate.keyAt(t[0]), packed) < 0) {
                overlayKeys.add(newTemplate.keyAt(t[0]));
                overlayRecords.add(DELETED);
                t[0]++;
            }
            boolean inTemplate = t[0] < newTemplate.size() && newTemplate.keyAt(t[0]) == packed;
            if (!inTemplate || !Arrays.equals(newTemplate.recordAt(t[0]), record)) {
                overlayKeys.add(packed);
                overlayRecords.add(record);
            }
            if (inTemplate) {
                t[0]++;
            }
        });
        while (t[0] < newTemplate.size()) {
            overlayKeys.add(newTemplate.keyAt(t[0]));
            overlayRecords.add(DELETED);
            t[0]++;
        }
        template = newTemplate;
        size = overlayKeys.size();
        keys = new int[size];
        records = new byte[size][];
        for (int i = 0; i < size; i++) {
            keys[i] = overlayKeys.get(i);
            records[i] = overlayRecords.get(i);
        }
    }

    /** The instances kept apart from the template, for the store; a deleted template instance has an empty record. */
    public int overlaySize() {
        return size;
    }

    public int overlayKey(int index) {
        return keys[index];
    }

    public byte[] overlayRecord(int index) {
        return records[index];
    }

    /** A template made of this MIB's content. */
    public MibTemplate toTemplate(TemplateKey templateKey) {
        List<Integer> allKeys = new ArrayList<>();
        List<byte[]> allRecords = new ArrayList<>();
        forEach((packed, record) -> {
            allKeys.add(packed);
            allRecords.add(record);
        });
        int[] k = new int[allKeys.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = allKeys.get(i);
        }
        return new MibTemplate(templateKey, k, allRecords.toArray(new byte[0][]));
    }

    /** Same instances with the same octets, whatever template each stands on. */
    public boolean sameContent(Mib other) {
        List<int[]> mine = new ArrayList<>();
        List<byte[]> mineRecords = new ArrayList<>();
        forEach((packed, record) -> {
            mine.add(new int[] {packed});
            mineRecords.add(record);
        });
        int[] i = {0};
        boolean[] same = {true};
        other.forEach((packed, record) -> {
            if (i[0] >= mine.size() || mine.get(i[0])[0] != packed || !Arrays.equals(mineRecords.get(i[0]), record)) {
                same[0] = false;
            }
            i[0]++;
        });
        return same[0] && i[0] == mine.size();
    }

    /** An independent copy. */
    public Mib copy() {
        return restore(catalog, template, Arrays.copyOf(keys, size), Arrays.copyOf(records, size), mds);
    }

    // internals

    private MeClass knownClass(MeKey key, MessageType action) {
        MeClass meClass = catalog.find(key.classId());
        if (meClass == null) {
            if (strictClasses) {
                throw new MibException(action + " of " + key + ": class " + key.classId()
                        + " unknown (expected: a class of the catalog)");
            }
            return null;
        }
        if (!meClass.supports(action)) {
            throw new MibException(action + " of " + key + ": class " + meClass.name() + " does not accept it "
                    + "(expected: one of " + meClass.actions() + ")");
        }
        return meClass;
    }

    private byte[] existing(MeKey key, String what) {
        byte[] record = record(key.packed());
        if (record == null) {
            throw new MibException(what + " of " + key + ": no such instance (expected: an instance of the MIB)");
        }
        return record;
    }

    private void checkValues(MeClass meClass, MeKey key, AttributeValues values, boolean writing) {
        if (values.isUnknownClass() || (values.unknownMask() != 0 && strictClasses)) {
            throw new MibException("attributes of " + key + ": mask 0x" + Integer.toHexString(values.unknownMask())
                    + " unknown to class " + meClass.name() + " (expected: attributes of the catalog)");
        }
        for (int index = 1; index <= 16; index++) {
            if (!values.has(index)) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            if (def == null) {
                throw new MibException("attribute " + index + " of " + key + ": not defined by " + meClass.name()
                        + " (expected: an attribute of the catalog)");
            }
            if (writing && !def.writable()) {
                throw new MibException("attribute " + index + " (" + def.name() + ") of " + key
                        + ": read-only (expected: a writable attribute)");
            }
            if (!writing && !def.setByCreate()) {
                throw new MibException("attribute " + index + " (" + def.name() + ") of " + key
                        + ": not set by create (expected: set-by-create attributes only)");
            }
        }
        checkSizes(meClass, key, values);
    }

    private static void checkSizes(MeClass meClass, MeKey key, AttributeValues values) {
        for (int index = 1; index <= 16; index++) {
            AttributeDef def = meClass.attribute(index);
            if (def == null || !values.has(index)) {
                continue;
            }
            int length = values.length(index);
            boolean fits = def.table() ? def.size() == 0 || length % def.size() == 0 : length == def.size();
            if (!fits) {
                throw new MibException("attribute " + index + " (" + def.name() + ") of " + key + ": " + length
                        + " octets (expected: " + def.size() + ")");
            }
        }
    }

    private byte[] record(int packed) {
        int index = search(packed);
        if (index >= 0) {
            return records[index] == DELETED ? null : records[index];
        }
        return template == null ? null : template.record(packed);
    }

    private void put(int packed, byte[] record) {
        int index = search(packed);
        if (index >= 0) {
            records[index] = record;
            return;
        }
        int at = -(index + 1);
        if (size == keys.length) {
            int capacity = Math.max(8, size + (size >> 1));
            keys = Arrays.copyOf(keys, capacity);
            records = Arrays.copyOf(records, capacity);
        }
        System.arraycopy(keys, at, keys, at + 1, size - at);
        System.arraycopy(records, at, records, at + 1, size - at);
        keys[at] = packed;
        records[at] = record;
        size++;
    }

    private void remove(int packed) {
        if (template != null && template.record(packed) != null) {
            put(packed, DELETED);
            return;
        }
        int index = search(packed);
        if (index >= 0) {
            System.arraycopy(keys, index + 1, keys, index, size - index - 1);
            System.arraycopy(records, index + 1, records, index, size - index - 1);
            size--;
            records[size] = null;
        }
    }

    private int search(int packed) {
        return PackedKeys.search(keys, size, packed);
    }

    /** Shrinks the overlay arrays to their content, after an upload. */
    public void trim() {
        keys = Arrays.copyOf(keys, size);
        records = Arrays.copyOf(records, size);
    }
}
