package io.omcid.codec.trace;

import io.omcid.codec.frame.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TraceFilesTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<TraceRecord> RECORDS = List.of(
            TraceRecord.of(Instant.parse("2026-12-03T10:00:00.123456Z"), Direction.DOWNSTREAM,
                    HEX.parseHex("0001490a01000000" + "8000" + "00".repeat(30) + "00000028b38ab4f6"),
                    "pon 0 onu 1 ABCD00000001"),
            TraceRecord.of(Instant.parse("2026-12-03T10:00:00.200001Z"), Direction.UPSTREAM,
                    HEX.parseHex("1008490b010000000002800001020304"), null));

    private static List<TraceRecord> roundTrip(TraceFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TraceWriter writer = TraceWriter.open(out, format)) {
            for (TraceRecord record : RECORDS) {
                writer.write(record);
            }
        }
        try (TraceReader reader = TraceReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            return reader.readAll();
        }
    }

    @Test
    void pcapngKeepsFramesTimesDirectionsAndComments() throws IOException {
        List<TraceRecord> back = roundTrip(TraceFormat.PCAPNG);
        assertThat(back).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(back.get(i).frame()).isEqualTo(RECORDS.get(i).frame());
            assertThat(back.get(i).timestamp()).isEqualTo(RECORDS.get(i).timestamp());
            assertThat(back.get(i).direction()).isEqualTo(RECORDS.get(i).direction());
            assertThat(back.get(i).comment()).isEqualTo(RECORDS.get(i).comment());
        }
    }

    @Test
    void pcapKeepsFramesTimesAndDirections() throws IOException {
        List<TraceRecord> back = roundTrip(TraceFormat.PCAP);
        assertThat(back).extracting(TraceRecord::direction).containsExactly(Direction.DOWNSTREAM, Direction.UPSTREAM);
        assertThat(back.get(1).frame()).isEqualTo(RECORDS.get(1).frame());
        assertThat(back.get(0).timestamp()).isEqualTo(RECORDS.get(0).timestamp());
    }

    @Test
    void pcapngBlocksAreLaidOutAsTheFormatSays() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TraceWriter writer = TraceWriter.open(out, TraceFormat.PCAPNG)) {
            writer.write(RECORDS.get(1));
        }
        ByteBuffer file = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(file.getInt(0)).isEqualTo(0x0A0D0D0A);
        assertThat(file.getInt(8)).isEqualTo(0x1A2B3C4D);
        int shb = file.getInt(4);
        assertThat(file.getInt(shb - 4)).isEqualTo(shb);
        assertThat(file.getInt(shb)).isEqualTo(1);
        assertThat(file.getShort(shb + 8)).isEqualTo((short) 1);
        int epb = shb + file.getInt(shb + 4);
        assertThat(file.getInt(epb)).isEqualTo(6);
        assertThat(file.getInt(epb + 20)).isEqualTo(14 + 16);
        // Ethernet: ONU MAC to OLT MAC, ethertype 0x88b5, then the frame
        assertThat(HEX.formatHex(out.toByteArray(), epb + 28, epb + 28 + 16)).isEqualTo("020000000001020000000002"
                + "88b5" + "1008");
        int total = file.getInt(epb + 4);
        assertThat(file.getInt(epb + total - 4)).isEqualTo(total);
        assertThat(out.size()).isEqualTo(epb + total);
    }

    @Test
    void hexTextSkipsCommentsAndSeparatorsAndKeepsBadLines() throws IOException {
        String text = """
                # a comment
                0x00 01:49-0a 0100 0000

                zz11
                """;
        byte[] octets = text.getBytes(StandardCharsets.US_ASCII);
        try (TraceReader reader = TraceReader.open(new ByteArrayInputStream(octets))) {
            List<TraceRecord> records = reader.readAll();
            assertThat(records).hasSize(2);
            assertThat(HEX.formatHex(records.get(0).frame())).isEqualTo("0001490a01000000");
            assertThat(records.get(1).isValid()).isFalse();
            assertThat(records.get(1).invalid()).isEqualTo("zz11");
        }
    }

    @Test
    void formatsAreToldByExtensionAndByMagic(@TempDir Path dir) throws IOException {
        assertThat(TraceFormat.ofFile(Path.of("a.pcapng"))).isEqualTo(TraceFormat.PCAPNG);
        assertThat(TraceFormat.ofFile(Path.of("a.PCAP"))).isEqualTo(TraceFormat.PCAP);
        assertThat(TraceFormat.ofFile(Path.of("a.txt"))).isEqualTo(TraceFormat.HEX);
        Path file = dir.resolve("x.pcap");
        try (OutputStream out = Files.newOutputStream(file); TraceWriter writer = TraceWriter.open(out,
                TraceFormat.PCAP)) {
            writer.write(RECORDS.get(0));
        }
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(TraceFormat.sniff(in.readNBytes(4))).isEqualTo(TraceFormat.PCAP);
        }
    }
}
