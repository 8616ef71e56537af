package io.omcid.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decode and trace convert commands, run as a user runs them, on the edge-case reference frames. */
class CommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private InputStream savedIn;

    @BeforeEach
    void captureOutput() {
        savedOut = System.out;
        savedIn = System.in;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setIn(savedIn);
    }

    private static List<JsonNode> reference() throws IOException {
        List<JsonNode> frames = new ArrayList<>();
        try (InputStream in = CommandsTest.class.getResourceAsStream("/traces/edge-cases.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    frames.add(JSON.readTree(line));
                }
            }
        }
        return frames;
    }

    private static String hexLines(List<JsonNode> frames) {
        StringBuilder text = new StringBuilder("# edge cases\n");
        frames.forEach(frame -> text.append(frame.get("hex").asText()).append('\n'));
        return text.toString();
    }

    private List<JsonNode> output() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void decodeJsonFromStandardInputPrintsOneObjectPerFrameAndGoesOnAfterBadOnes() throws IOException {
        List<JsonNode> reference = reference();
        System.setIn(new ByteArrayInputStream((hexLines(reference) + "not-hex\n").getBytes(StandardCharsets.US_ASCII)));

        assertThat(Main.run("decode", "--json")).isZero();

        List<JsonNode> out = output();
        assertThat(out).hasSize(reference.size() + 1);
        for (int i = 0; i < reference.size(); i++) {
            JsonNode ref = reference.get(i);
            JsonNode ours = out.get(i);
            assertThat(ours.get("hex").asText()).isEqualTo(ref.get("hex").asText());
            if (ref.get("ok").asBoolean()) {
                assertThat(ours.get("ok").asBoolean()).as(ref.toString()).isTrue();
                assertThat(ours.get("tci")).isEqualTo(ref.get("tci"));
                assertThat(ours.get("classId")).isEqualTo(ref.get("classId"));
                if (ref.has("attributes")) {
                    assertThat(ours.get("attributes")).isEqualTo(ref.get("attributes"));
                }
            } else if (!ours.get("ok").asBoolean()) {
                assertThat(ours.get("error").asText()).contains("(expected: ");
            }
        }
        JsonNode last = out.get(out.size() - 1);
        assertThat(last.get("ok").asBoolean()).isFalse();
        assertThat(last.get("error").asText()).isEqualTo("invalid hex: not-hex");
    }

    @Test
    void decodeReportsABadCrcAndStillDecodes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("frames.txt");
        Files.writeString(file, "0001490a01000000" + "8000" + "00".repeat(30) + "00000028" + "b38ab4f6\n"
                + "0001490a01000000" + "8000" + "00".repeat(30) + "00000028" + "b38ab4f7\n");
        assertThat(Main.run("decode", "--json", file.toString())).isZero();
        List<JsonNode> out = output();
        assertThat(out).extracting(node -> node.get("trailer").asText()).containsExactly("valid", "invalid");
        assertThat(out).allSatisfy(node -> assertThat(node.get("attributeMask").asInt()).isEqualTo(0x8000));

        stdout.reset();
        assertThat(Main.run("decode", "--json", "--strict", file.toString())).isZero();
        assertThat(output().get(1).get("error").asText()).isEqualTo("CRC-32: 0xb38ab4f7 (expected: 0xb38ab4f6)");
    }

    @Test
    void decodeTextIsReadable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("frames.txt");
        Files.writeString(file, "035e290a01070000000044dbcb05f1" + "00".repeat(25) + "00000028\n");
        assertThat(Main.run("decode", file.toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8).strip()).isEqualTo(
                "tci 0x035e baseline get response AniG(263) instance 0  result success (0)"
                        + "  values 0x0044 {OpticalSignalLevel=56267, TransmitOpticalLevel=1521}  optionalMask 0x0000"
                        + "  executionMask 0x0000  trailer absent");
    }

    @Test
    void traceConvertGoesThroughPcapngAndPcapAndBack(@TempDir Path dir) throws IOException {
        List<JsonNode> reference = reference();
        Path hex = dir.resolve("in.txt");
        Files.writeString(hex, hexLines(reference));
        Path pcapng = dir.resolve("trace.pcapng");
        Path pcap = dir.resolve("trace.pcap");
        Path back = dir.resolve("back.txt");

        assertThat(Main.run("trace", "convert", hex.toString(), pcapng.toString())).isZero();
        assertThat(Main.run("trace", "convert", pcapng.toString(), pcap.toString())).isZero();
        assertThat(Main.run("trace", "convert", pcap.toString(), back.toString())).isZero();

        List<String> lines = Files.readAllLines(back).stream().filter(line -> !line.startsWith("#")).toList();
        assertThat(lines).containsExactlyElementsOf(reference.stream().map(node -> node.get("hex").asText()).toList());
        assertThat(Files.readAllBytes(pcapng)).startsWith(0x0A, 0x0D, 0x0D, 0x0A);

        stdout.reset();
        assertThat(Main.run("decode", "--json", pcapng.toString())).isZero();
        assertThat(output()).hasSize(reference.size());
    }
}
