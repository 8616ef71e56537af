package io.omcid.agent.cli;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.TrailerCheck;
import io.omcid.codec.text.OmciJson;
import io.omcid.codec.text.OmciText;
import io.omcid.codec.trace.TraceReader;
import io.omcid.codec.trace.TraceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

/** Decodes OMCI frames from hex text, pcap or pcapng files (or standard input) and prints one line per frame. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode OMCI frames from hex text, pcap or pcapng (standard input by default).")
final class DecodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "hex text, pcap or pcapng files; - or none for standard input")
    private List<Path> files = List.of();

    @Option(names = "--json", description = "one JSON object per frame (see docs/decode-json.md)")
    private boolean json;

    @Option(names = "--strict", description = "reject frames whose CRC or MIC does not match (default: report)")
    private boolean strict;

    @Option(names = "--mic-key", paramLabel = "HEX",
            description = "OMCI integrity key (32 hex digits): check XG(S)-PON MICs instead of G-PON CRCs")
    private String micKey;

    @Override
    public Integer call() throws IOException {
        TrailerCheck check = micKey != null ? TrailerCheck.mic(HexFormat.of().parseHex(micKey), strict)
                : strict ? TrailerCheck.strictCrc() : TrailerCheck.lenient();
        OmciDecoder decoder = new OmciDecoder(MeCatalog.standard(), check);
        OmciJson jsonForm = new OmciJson(decoder.catalog());
        OmciText textForm = new OmciText(decoder.catalog());

        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out,
                StandardCharsets.UTF_8)));
        int bad = 0;
        List<Path> inputs = files.isEmpty() ? List.of(Path.of("-")) : files;
        for (Path file : inputs) {
            try (InputStream in = file.toString().equals("-") ? System.in : Files.newInputStream(file);
                 TraceReader reader = TraceReader.open(in)) {
                for (TraceRecord record = reader.next(); record != null; record = reader.next()) {
                    if (!record.isValid()) {
                        bad++;
                        out.println(json ? OmciJson.invalidHex(record.invalid()) : "invalid hex: " + record.invalid());
                        continue;
                    }
                    DecodeResult result = decoder.decode(record.frame());
                    bad += result instanceof DecodeResult.Failure ? 1 : 0;
                    out.println(json ? jsonForm.render(result) : textForm.render(result));
                }
            }
        }
        out.flush();
        if (bad > 0) {
            System.err.println(bad + " frame(s) did not decode");
        }
        return 0;
    }
}
