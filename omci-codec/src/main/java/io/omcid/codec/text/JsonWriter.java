package io.omcid.codec.text;

import java.util.HexFormat;

/**
 * A minimal streaming JSON writer for the decode output: objects, arrays, strings, numbers and booleans, keys in
 * the order they are written. Commas are placed by tracking whether the current container has a member yet.
 */
final class JsonWriter {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder out = new StringBuilder(256);
    private final boolean[] hasMember = new boolean[32];
    private int depth;
    private boolean keyPending;

    JsonWriter beginObject() {
        separate();
        out.append('{');
        hasMember[++depth] = false;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        depth--;
        return this;
    }

    JsonWriter beginArray() {
        separate();
        out.append('[');
        hasMember[++depth] = false;
        return this;
    }

    JsonWriter endArray() {
        out.append(']');
        depth--;
        return this;
    }

    /** Writes a key; the value written next belongs to it. */
    JsonWriter key(String key) {
        separate();
        string(key);
        out.append(':');
        keyPending = true;
        return this;
    }

    JsonWriter value(String text) {
        separate();
        string(text);
        return this;
    }

    JsonWriter value(long number) {
        separate();
        out.append(number);
        return this;
    }

    JsonWriter value(boolean flag) {
        separate();
        out.append(flag);
        return this;
    }

    JsonWriter hex(byte[] octets) {
        return value(HEX.formatHex(octets));
    }

    JsonWriter field(String key, long number) {
        return key(key).value(number);
    }

    JsonWriter field(String key, boolean flag) {
        return key(key).value(flag);
    }

    JsonWriter field(String key, String text) {
        return key(key).value(text);
    }

    JsonWriter hexField(String key, byte[] octets) {
        return key(key).hex(octets);
    }

    private void separate() {
        if (keyPending) {
            keyPending = false;
            return;
        }
        if (depth > 0) {
            if (hasMember[depth]) {
                out.append(',');
            }
            hasMember[depth] = true;
        }
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
