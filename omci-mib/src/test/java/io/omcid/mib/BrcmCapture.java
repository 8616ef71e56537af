package io.omcid.mib;

import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.message.MibUploadNextResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The MIB upload next responses of a real Broadcom ONU (test resource traces/brcm-mib-upload.jsonl). */
public final class BrcmCapture {

    private static final Pattern HEX = Pattern.compile("\"hex\":\"([0-9a-f]+)\"");

    private BrcmCapture() {
    }

    public static List<MibUploadNextResponse> responses() {
        List<MibUploadNextResponse> responses = new ArrayList<>();
        OmciDecoder decoder = new OmciDecoder();
        try (InputStream in = BrcmCapture.class.getResourceAsStream("/traces/brcm-mib-upload.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher hex = HEX.matcher(line);
                if (!hex.find()) {
                    continue;
                }
                DecodeResult result = decoder.decode(HexFormat.of().parseHex(hex.group(1)));
                responses.add((MibUploadNextResponse) ((DecodeResult.Decoded) result).message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return responses;
    }

    public static Mib mib() {
        MibUpload upload = new MibUpload(io.omcid.codec.catalog.MeCatalog.standard());
        responses().forEach(upload::accept);
        return upload.build();
    }
}
