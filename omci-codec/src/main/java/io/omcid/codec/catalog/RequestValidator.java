package io.omcid.codec.catalog;

import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.GetNextRequest;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.SetRequest;
import io.omcid.codec.message.SetTableRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a request the OLT is about to send against the catalog, so that a malformed request is refused before
 * it reaches an ONU: the class exists and accepts the action, every attribute named exists, may be read or
 * written as asked, and has the size G.988 gives it; a Create carries exactly the set-by-create attributes.
 */
public final class RequestValidator {

    private final MeCatalog catalog;
    private final boolean allowUnknownClasses;

    /**
     * @param allowUnknownClasses let requests for classes the catalog lacks through unchecked (vendor classes an
     *                            operator knows better than the catalog)
     */
    public RequestValidator(MeCatalog catalog, boolean allowUnknownClasses) {
        this.catalog = catalog;
        this.allowUnknownClasses = allowUnknownClasses;
    }

    /** Every problem with the request, each worded {@code "<what>: <actual> (expected: <rule>)"}; empty if none. */
    public List<String> problems(OmciMessage request) {
        List<String> problems = new ArrayList<>();
        int classId = request.header().classId();
        MeClass meClass = catalog.find(classId);
        if (meClass == null) {
            if (!allowUnknownClasses) {
                problems.add("managed entity class: " + classId + " (expected: a class of the catalog)");
            }
            return problems;
        }
        MessageType type = request.type();
        if (!type.isAutonomous() && type != MessageType.TEST && !meClass.supports(type)) {
            problems.add(type + " on class " + classId + " " + meClass.name() + " (expected: one of "
                    + meClass.actions() + ")");
            return problems;
        }

        if (request instanceof CreateRequest create) {
            createValues(meClass, create.values(), problems);
        } else if (request instanceof SetRequest set) {
            values(meClass, set.values(), false, problems);
        } else if (request instanceof SetTableRequest setTable) {
            values(meClass, setTable.values(), true, problems);
        } else if (request instanceof GetRequest get) {
            readable(meClass, get.mask(), problems);
        } else if (request instanceof GetNextRequest getNext) {
            readable(meClass, getNext.mask(), problems);
        }
        return problems;
    }

    /** Throws {@link IllegalArgumentException} naming every problem, if there is one. */
    public void check(OmciMessage request) {
        List<String> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static void createValues(MeClass meClass, AttributeValues values, List<String> problems) {
        int expected = meClass.setByCreateMask();
        if (values.mask() != expected) {
            problems.add("create attributes of " + meClass.name() + ": mask 0x" + Integer.toHexString(values.mask())
                    + " (expected: the set-by-create attributes, 0x" + Integer.toHexString(expected) + ")");
        }
        for (AttributeDef def : meClass.attributes()) {
            if (def.setByCreate() && values.has(def.index())) {
                size(meClass, def, values.length(def.index()), false, problems);
            }
        }
    }

    private static void values(MeClass meClass, AttributeValues values, boolean wholeTable, List<String> problems) {
        for (int index = 1; index <= 16; index++) {
            if ((values.mask() & AttributeDef.maskBit(index)) == 0) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            if (def == null) {
                problems.add("attribute " + index + " of " + meClass.name() + ": not defined (expected: one of "
                        + defined(meClass) + ")");
                continue;
            }
            if (!def.writable()) {
                problems.add("attribute " + index + " (" + def.name() + ") of " + meClass.name()
                        + ": read-only (expected: a writable attribute)");
            }
            if (wholeTable && !def.table()) {
                problems.add("attribute " + index + " (" + def.name() + "): not a table (expected: a table attribute)");
            }
            if (values.has(index)) {
                size(meClass, def, values.length(index), wholeTable, problems);
            }
        }
    }

    private static void readable(MeClass meClass, int mask, List<String> problems) {
        for (int index = 1; index <= 16; index++) {
            if ((mask & AttributeDef.maskBit(index)) == 0) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            if (def == null) {
                problems.add("attribute " + index + " of " + meClass.name() + ": not defined (expected: one of "
                        + defined(meClass) + ")");
            } else if (!def.readable()) {
                problems.add("attribute " + index + " (" + def.name() + ") of " + meClass.name()
                        + ": write-only (expected: a readable attribute)");
            }
        }
    }

    private static void size(MeClass meClass, AttributeDef def, int length, boolean rows, List<String> problems) {
        boolean fits = def.size() == 0 || (rows ? length > 0 && length % def.size() == 0 : length == def.size());
        if (!fits) {
            problems.add("attribute " + def.index() + " (" + def.name() + ") of " + meClass.name() + ": " + length
                    + " octets (expected: " + (rows ? "a multiple of " : "") + def.size() + ")");
        }
    }

    private static String defined(MeClass meClass) {
        return meClass.attributes().stream().map(def -> Integer.toString(def.index())).toList().toString();
    }
}
