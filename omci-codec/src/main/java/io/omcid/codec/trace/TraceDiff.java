package io.omcid.codec.trace;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.Direction;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.frame.TrailerCheck;
import io.omcid.codec.message.Messages;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.text.OmciText;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two traces by OMCI meaning, not octets: TCIs and trailers are ignored, each request is paired with its
 * response, and the two sequences of exchanges (autonomous messages among them) are aligned on their requests.
 * What comes out: requests only in the first trace ({@code -}), only in the second ({@code +}), and requests in both
 * whose responses differ by result or values ({@code ~}).
 */
public final class TraceDiff {

    private final OmciDecoder decoder = new OmciDecoder(MeCatalog.standard(), TrailerCheck.none());
    private final OmciEncoder canonical = new OmciEncoder(FrameFormat.NO_TRAILER);
    private final OmciText text = new OmciText(MeCatalog.standard());

    /** One exchange: a request and its response, or one autonomous message. */
    private record Exchange(String key, String shown, String response, String responseShown) {
    }

    /** The differences, one entry each; empty when the traces mean the same. */
    public List<String> diff(List<TraceRecord> first, List<TraceRecord> second) {
        List<Exchange> a = exchanges(first);
        List<Exchange> b = exchanges(second);

        // longest common subsequence of requests
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).key().equals(b.get(j).key()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).key().equals(b.get(j).key())) {
                if (!a.get(i).response().equals(b.get(j).response())) {
                    out.add("~ " + a.get(i).shown() + "\n    first:  " + a.get(i).responseShown() + "\n    second: "
                            + b.get(j).responseShown());
                }
                i++;
                j++;
            } else if (j >= b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + a.get(i++).shown());
            } else {
                out.add("+ " + b.get(j++).shown());
            }
        }
        return out;
    }

    private List<Exchange> exchanges(List<TraceRecord> records) {
        List<Exchange> exchanges = new ArrayList<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        for (TraceRecord record : records) {
            if (!record.isValid()) {
                continue;
            }
            DecodeResult result = decoder.decode(record.frame());
            if (!(result instanceof DecodeResult.Decoded decoded)) {
                continue;
            }
            OmciMessage message = decoded.message();
            String onu = record.comment() == null ? "" : record.comment() + ": ";
            boolean upstream = record.direction() != null ? record.direction() == Direction.UPSTREAM
                    : message.header().ak() || message.type().isAutonomous();
            if (message.type().isAutonomous()) {
                exchanges.add(new Exchange(onu + key(message), onu + shown(message), "", ""));
            } else if (!upstream) {
                String tci = onu + message.tci() + " " + message.type();
                if (!open.containsKey(tci)) {
                    open.put(tci, exchanges.size());
                    exchanges.add(new Exchange(onu + key(message), onu + shown(message), "(no response)",
                            "(no response)"));
                }
            } else {
                Integer index = open.remove(onu + message.tci() + " " + message.type());
                if (index != null) {
                    Exchange request = exchanges.get(index);
                    exchanges.set(index, new Exchange(request.key(), request.shown(), key(message), shown(message)));
                }
            }
        }
        return exchanges;
    }

    private String key(OmciMessage message) {
        return HexFormat.of().formatHex(canonical.encode(Messages.withHeader(message, message.header().withTci(0))));
    }

    private String shown(OmciMessage message) {
        String line = text.render(new DecodeResult.Decoded(new byte[0], message,
                io.omcid.codec.frame.TrailerStatus.ABSENT));
        // the TCI and trailer are not part of the meaning
        return line.replaceFirst("^tci 0x[0-9a-f]{4} ", "").replace("  trailer absent", "");
    }
}
