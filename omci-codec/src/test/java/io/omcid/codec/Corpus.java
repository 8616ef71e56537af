package io.omcid.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The reference frames in src/test/resources/traces (see SOURCES.md there), one JSON object a line. */
public final class Corpus {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    public record Frame(String file, int line, JsonNode reference) {
        public byte[] bytes() {
            return HexFormat.of().parseHex(reference.get("hex").asText());
        }

        public boolean ok() {
            return reference.get("ok").asBoolean();
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + reference.get("hex").asText();
        }
    }

    public static List<Frame> load(String name) {
        List<Frame> frames = new ArrayList<>();
        try (InputStream in = Corpus.class.getResourceAsStream("/traces/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: /traces/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    frames.add(new Frame(name, number, JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frames;
    }

    /** Every frame of the three reference files. */
    public static List<Frame> all() {
        List<Frame> frames = new ArrayList<>();
        frames.addAll(load("omci-lib-go-vectors.jsonl"));
        frames.addAll(load("brcm-mib-upload.jsonl"));
        frames.addAll(load("edge-cases.jsonl"));
        return frames;
    }
}
