package io.omcid.codec.catalog;

import io.omcid.codec.message.MessageType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A managed-entity class of G.988 clause 9: its id, its attributes, the actions it accepts and its alarms.
 * Immutable; built once by the catalog.
 */
public final class MeClass {

    private final int classId;
    private final String name;
    private final int actions;
    private final AttributeDef[] byIndex;
    private final List<AttributeDef> attributes;
    private final List<Integer> alarms;
    private final int definedMask;
    private final int setByCreateMask;

    public MeClass(int classId, String name, List<MessageType> actions, List<AttributeDef> attributes,
                   List<Integer> alarms) {
        if (classId < 0 || classId > 0xFFFF) {
            throw new IllegalArgumentException("class id: " + classId + " (expected: 0 to 65535)");
        }
        this.classId = classId;
        this.name = name;

        int actionBits = 0;
        for (MessageType type : actions) {
            actionBits |= 1 << type.code();
        }
        this.actions = actionBits;

        AttributeDef[] table = new AttributeDef[17];
        int defined = 0;
        int sbc = 0;
        for (AttributeDef def : attributes) {
            if (table[def.index()] != null) {
                throw new IllegalArgumentException("class " + classId + " attribute " + def.index()
                        + ": defined twice (expected: one definition per index)");
            }
            table[def.index()] = def;
            defined |= def.maskBit();
            if (def.setByCreate()) {
                sbc |= def.maskBit();
            }
        }
        this.byIndex = table;
        this.definedMask = defined;
        this.setByCreateMask = sbc;

        List<AttributeDef> ordered = new ArrayList<>(attributes);
        ordered.sort((a, b) -> Integer.compare(a.index(), b.index()));
        this.attributes = Collections.unmodifiableList(ordered);

        for (int alarm : alarms) {
            if (alarm < 0 || alarm > 223) {
                throw new IllegalArgumentException("class " + classId + " alarm: " + alarm + " (expected: 0 to 223)");
            }
        }
        this.alarms = List.copyOf(alarms);
    }

    public int classId() {
        return classId;
    }

    public String name() {
        return name;
    }

    /** The attribute with this index, or null where the class defines none. */
    public AttributeDef attribute(int index) {
        return index >= 1 && index <= 16 ? byIndex[index] : null;
    }

    /** The attribute with this name (case-insensitive), or null. */
    public AttributeDef attribute(String attributeName) {
        for (AttributeDef def : attributes) {
            if (def.name().equalsIgnoreCase(attributeName)) {
                return def;
            }
        }
        return null;
    }

    /** Attributes in index order. */
    public List<AttributeDef> attributes() {
        return attributes;
    }

    /** The mask of every attribute the class defines. */
    public int definedMask() {
        return definedMask;
    }

    /** The mask of the set-by-create attributes, which a Create carries in index order (G.988 A.2.1). */
    public int setByCreateMask() {
        return setByCreateMask;
    }

    public boolean supports(MessageType type) {
        return (actions & (1 << type.code())) != 0;
    }

    public List<MessageType> actions() {
        List<MessageType> list = new ArrayList<>();
        for (MessageType type : MessageType.values()) {
            if (supports(type)) {
                list.add(type);
            }
        }
        return list;
    }

    /** Alarm numbers the class defines (0 is the most significant bit of the alarm bitmap). */
    public List<Integer> alarms() {
        return alarms;
    }

    public boolean hasAlarms() {
        return !alarms.isEmpty();
    }

    /** The octets the set-by-create attributes take in a Create request. */
    public int setByCreateSize() {
        int size = 0;
        for (AttributeDef def : attributes) {
            if (def.setByCreate()) {
                size += def.size();
            }
        }
        return size;
    }

    @Override
    public String toString() {
        return classId + " " + name + " " + Arrays.toString(actions().toArray());
    }
}
