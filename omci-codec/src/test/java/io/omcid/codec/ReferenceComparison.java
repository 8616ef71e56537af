package io.omcid.codec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field-by-field comparison of a decode with its reference decode: every field the reference has must be present
 * and equal (hex case-insensitively); attribute maps must hold no extra attributes. Metadata and free text are not
 * compared.
 */
public final class ReferenceComparison {

    private static final Set<String> IGNORED = Set.of("hex", "className", "error", "refNotes", "note", "source",
            "sourceTest", "seq", "frame", "dir", "derived");

    private ReferenceComparison() {
    }

    /** The differences, one line each; empty when the candidate agrees. */
    public static List<String> differences(JsonNode reference, JsonNode candidate) {
        List<String> out = new ArrayList<>();
        diff(reference, candidate, "", out);
        return out;
    }

    private static void diff(JsonNode ref, JsonNode cand, String path, List<String> out) {
        if (ref.isObject()) {
            if (cand == null || !cand.isObject()) {
                out.add(path + ": reference " + ref + ", candidate " + cand);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = ref.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (IGNORED.contains(field.getKey())) {
                    continue;
                }
                String sub = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!cand.has(field.getKey())) {
                    out.add(sub + ": reference " + field.getValue() + ", candidate missing");
                } else {
                    diff(field.getValue(), cand.get(field.getKey()), sub, out);
                }
            }
            if (path.endsWith("attributes")) {
                for (Iterator<String> it = cand.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (!ref.has(key)) {
                        out.add(path + "." + key + ": reference absent, candidate " + cand.get(key));
                    }
                }
            }
        } else if (ref.isArray()) {
            if (cand == null || !cand.isArray() || cand.size() != ref.size()) {
                out.add(path + ": reference " + ref + ", candidate " + cand);
                return;
            }
            for (int i = 0; i < ref.size(); i++) {
                diff(ref.get(i), cand.get(i), path + "[" + i + "]", out);
            }
        } else if (ref.isTextual()) {
            if (cand == null || !cand.isTextual() || !ref.asText().equalsIgnoreCase(cand.asText())) {
                out.add(path + ": reference " + ref + ", candidate " + cand);
            }
        } else if (ref.isBoolean()) {
            if (cand == null || !cand.isBoolean() || cand.asBoolean() != ref.asBoolean()) {
                out.add(path + ": reference " + ref + ", candidate " + cand);
            }
        } else if (cand == null || !cand.isNumber() || cand.asLong() != ref.asLong()) {
            out.add(path + ": reference " + ref + ", candidate " + cand);
        }
    }
}
