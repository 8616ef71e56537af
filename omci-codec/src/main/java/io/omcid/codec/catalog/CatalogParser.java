package io.omcid.codec.catalog;

import io.omcid.codec.message.MessageType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the catalog's text form: a {@code class} line per managed-entity class, then one indented line per
 * attribute. The format is described at the top of {@code g988-classes.txt}.
 */
public final class CatalogParser {

    private CatalogParser() {
    }

    public static List<MeClass> parse(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        List<MeClass> classes = new ArrayList<>();
        Pending pending = null;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            try {
                if (text.startsWith("class ")) {
                    if (pending != null) {
                        classes.add(pending.build());
                    }
                    pending = classLine(text);
                } else if (pending == null) {
                    throw new IllegalArgumentException("attribute line before any class line");
                } else {
                    pending.attributes.add(attributeLine(text));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("catalog line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        if (pending != null) {
            classes.add(pending.build());
        }
        return classes;
    }

    private static Pending classLine(String text) {
        String[] fields = text.split("\\s+");
        if (fields.length < 3) {
            throw new IllegalArgumentException("class line: " + fields.length + " fields (expected: 3 or more)");
        }
        Pending pending = new Pending(Integer.parseInt(fields[1]), fields[2]);
        for (int i = 3; i < fields.length; i++) {
            String[] pair = fields[i].split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("class option: " + fields[i] + " (expected: name=value)");
            }
            for (String item : pair[1].split(",")) {
                int number = Integer.parseInt(item);
                switch (pair[0]) {
                    case "actions" -> pending.actions.add(MessageType.ofCode(number));
                    case "alarms" -> pending.alarms.add(number);
                    default -> throw new IllegalArgumentException("class option: " + pair[0]
                            + " (expected: actions or alarms)");
                }
            }
        }
        return pending;
    }

    private static AttributeDef attributeLine(String text) {
        String[] fields = text.split("\\s+");
        if (fields.length < 6) {
            throw new IllegalArgumentException("attribute line: " + fields.length + " fields (expected: 6 or more)");
        }
        String access = fields[3];
        boolean table = false;
        boolean avc = false;
        for (int i = 6; i < fields.length; i++) {
            switch (fields[i]) {
                case "table" -> table = true;
                case "avc" -> avc = true;
                default -> throw new IllegalArgumentException("attribute flag: " + fields[i]
                        + " (expected: table or avc)");
            }
        }
        return new AttributeDef(Integer.parseInt(fields[0]), fields[1], Integer.parseInt(fields[2]),
                access.indexOf('R') >= 0, access.indexOf('W') >= 0, access.indexOf('S') >= 0,
                "O".equals(fields[4]), table, avc, ValueFormat.valueOf(fields[5].toUpperCase()));
    }

    private static final class Pending {
        final int classId;
        final String name;
        final List<MessageType> actions = new ArrayList<>();
        final List<Integer> alarms = new ArrayList<>();
        final List<AttributeDef> attributes = new ArrayList<>();

        Pending(int classId, String name) {
            this.classId = classId;
            this.name = name;
        }

        MeClass build() {
            return new MeClass(classId, name, actions, attributes, alarms);
        }
    }
}
