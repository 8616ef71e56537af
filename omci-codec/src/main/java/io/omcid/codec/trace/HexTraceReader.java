package io.omcid.codec.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Hex text traces: one frame per line. Blank lines and lines starting with # are skipped; spaces, tabs, colons and
 * dashes between digits and a leading 0x are allowed. A line that is still not hex becomes an invalid record.
 */
final class HexTraceReader implements TraceReader {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s:\\-]");

    private final BufferedReader reader;

    HexTraceReader(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
    }

    @Override
    public TraceRecord next() throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String digits = SEPARATORS.matcher(text).replaceAll("");
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                digits = digits.substring(2);
            }
            try {
                if (digits.isEmpty() || digits.length() % 2 != 0) {
                    throw new IllegalArgumentException("odd number of digits");
                }
                return TraceRecord.of(null, null, HexFormat.of().parseHex(digits), null);
            } catch (IllegalArgumentException e) {
                return new TraceRecord(null, null, null, null, text);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
