package io.omcid.codec.frame;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;

import java.util.HexFormat;

/**
 * Decodes one whole OMCI frame into a typed message. Stateless and safe to share between threads; it never throws
 * on bad input: a malformed frame becomes a {@link DecodeResult.Failure} with the frame and a precise reason.
 *
 * <pre>
 * octet  0-1  transaction correlation identifier
 *        2    message type: DB (0) | AR | AK | action (5 bits)
 *        3    device identifier: 0x0A baseline, 0x0B extended
 *        4-5  managed entity class
 *        6-7  managed entity instance
 * baseline:  8-39 contents (32), 40-41 CPCS-UU and CPI, 42-43 SDU length 0x0028, 44-47 CRC or MIC
 * extended:  8-9 contents length L, 10.. contents (L at most 1966), then a 4-octet MIC
 * </pre>
 */
public final class OmciDecoder {

    public static final int HEADER = 8;
    public static final int BASELINE_MESSAGE = 40;
    public static final int BASELINE_WITH_LENGTH = 44;
    public static final int BASELINE_FRAME = 48;
    public static final int SDU_LENGTH = 0x0028;
    public static final int EXTENDED_HEADER = 10;
    public static final int MIC = 4;

    private final MeCatalog catalog;
    private final TrailerCheck trailerCheck;

    public OmciDecoder() {
        this(MeCatalog.standard(), TrailerCheck.lenient());
    }

    public OmciDecoder(MeCatalog catalog, TrailerCheck trailerCheck) {
        this.catalog = catalog;
        this.trailerCheck = trailerCheck;
    }

    public MeCatalog catalog() {
        return catalog;
    }

    /** Decodes a frame; the array is neither kept nor changed. */
    public DecodeResult decode(byte[] frame) {
        try {
            return decodeOrThrow(frame);
        } catch (OmciDecodeException e) {
            return new DecodeResult.Failure(frame.clone(), e.getMessage());
        }
    }

    private DecodeResult decodeOrThrow(byte[] frame) {
        if (frame.length < HEADER) {
            throw new OmciDecodeException("frame: " + frame.length + " octets (expected: at least 8 for the header)");
        }
        MessageSet set = MessageSet.ofDeviceId(frame[3] & 0xFF);
        if (set == null) {
            throw new OmciDecodeException("device identifier: 0x" + hex(frame[3])
                    + " (expected: 0x0a baseline or 0x0b extended)");
        }

        int contentsStart;
        int contentsEnd;
        int messageEnd;
        if (set == MessageSet.BASELINE) {
            if (frame.length < BASELINE_MESSAGE) {
                throw new OmciDecodeException("baseline frame: " + frame.length
                        + " octets (expected: 40, 44 or 48)");
            }
            if (frame.length >= BASELINE_WITH_LENGTH && Octets.u16(frame, 42) != SDU_LENGTH) {
                throw new OmciDecodeException("baseline CPCS-SDU length: " + Octets.u16(frame, 42)
                        + " (expected: 40)");
            }
            contentsStart = HEADER;
            contentsEnd = BASELINE_MESSAGE;
            messageEnd = Math.min(frame.length, BASELINE_WITH_LENGTH);
        } else {
            if (frame.length < EXTENDED_HEADER) {
                throw new OmciDecodeException("extended frame: " + frame.length
                        + " octets (expected: at least 10 for header and length)");
            }
            int length = Octets.u16(frame, HEADER);
            if (length > MessageSet.EXTENDED.maxContents()) {
                throw new OmciDecodeException("extended contents length: " + length + " (expected: at most 1966)");
            }
            if (frame.length < EXTENDED_HEADER + length) {
                throw new OmciDecodeException("extended contents: " + (frame.length - EXTENDED_HEADER)
                        + " octets (expected: " + length + " as the length field says)");
            }
            contentsStart = EXTENDED_HEADER;
            contentsEnd = EXTENDED_HEADER + length;
            messageEnd = contentsEnd;
        }

        Header header = header(frame, set);
        MeClass meClass = catalog.find(header.classId());
        checkClass(header, meClass);
        TrailerStatus trailer = trailer(frame, set, messageEnd, header);

        Contents contents = new Contents(frame, contentsStart, contentsEnd, header, meClass, catalog);
        return new DecodeResult.Decoded(frame.clone(), Codecs.of(header.type()).decode(contents), trailer);
    }

    private static Header header(byte[] frame, MessageSet set) {
        int tci = Octets.u16(frame, 0);
        int octet = frame[2] & 0xFF;
        if ((octet & 0x80) != 0) {
            throw new OmciDecodeException("message type octet: 0x" + hex(frame[2]) + " (expected: DB bit 0)");
        }
        MessageType type = MessageType.find(octet & 0x1F);
        if (type == null) {
            throw new OmciDecodeException("message type: " + (octet & 0x1F) + " (expected: a G.988 action code)");
        }
        boolean ar = (octet & 0x40) != 0;
        boolean ak = (octet & 0x20) != 0;
        checkFlags(type, ar, ak, octet, set);
        if (tci == 0 && (ar || ak)) {
            throw new OmciDecodeException("transaction correlation identifier: 0 on a " + type
                    + (ak ? " response" : " request") + " (expected: 0 only on autonomous messages)");
        }
        return new Header(tci, type, ar, ak, set, Octets.u16(frame, 4), Octets.u16(frame, 6));
    }

    /** G.988 clause 11.2.2: requests set AR, responses set AK, autonomous messages neither. */
    private static void checkFlags(MessageType type, boolean ar, boolean ak, int octet, MessageSet set) {
        boolean valid;
        if (type.isAutonomous()) {
            valid = !ar && !ak;
        } else if (type == MessageType.DOWNLOAD_SECTION) {
            // only the last section of a window asks for an acknowledgement
            valid = !(ar && ak);
        } else {
            valid = ar != ak;
        }
        if (!valid) {
            throw new OmciDecodeException("message type octet: 0x" + Integer.toHexString(octet) + " for " + type
                    + " (expected: AR on requests, AK on responses, neither on autonomous messages)");
        }
        if (type == MessageType.SET_TABLE && set != MessageSet.EXTENDED) {
            throw new OmciDecodeException("set table in the baseline message set (expected: extended set only)");
        }
    }

    /** The catalog names the actions each known class accepts and whether it has alarms (G.988 clause 9). */
    private static void checkClass(Header header, MeClass meClass) {
        if (meClass == null) {
            return;
        }
        MessageType type = header.type();
        if (type == MessageType.ALARM) {
            if (!meClass.hasAlarms()) {
                throw new OmciDecodeException("alarm notification for class " + meClass.classId() + " "
                        + meClass.name() + " (expected: a class that defines alarms)");
            }
            return;
        }
        if (type.isAutonomous() || type == MessageType.TEST) {
            return;
        }
        if (!meClass.supports(type)) {
            throw new OmciDecodeException(type + " on class " + meClass.classId() + " " + meClass.name()
                    + " (expected: one of " + meClass.actions() + ")");
        }
    }

    private TrailerStatus trailer(byte[] frame, MessageSet set, int messageEnd, Header header) {
        int trailerAt = set == MessageSet.BASELINE ? BASELINE_WITH_LENGTH : messageEnd;
        if (frame.length < trailerAt + MIC) {
            return TrailerStatus.ABSENT;
        }
        if (!trailerCheck.checks()) {
            return TrailerStatus.UNCHECKED;
        }
        int carried = (int) Octets.u32(frame, trailerAt);
        int expected;
        OmciMic mic = trailerCheck.mic();
        if (mic != null) {
            Direction direction = header.ak() || header.type().isAutonomous() ? Direction.UPSTREAM
                    : Direction.DOWNSTREAM;
            expected = mic.compute(direction, frame, 0, trailerAt);
        } else if (set == MessageSet.BASELINE) {
            expected = Crc32Aal5.compute(frame, 0, BASELINE_WITH_LENGTH);
        } else {
            return TrailerStatus.UNCHECKED;
        }
        if (carried == expected) {
            return TrailerStatus.VALID;
        }
        if (trailerCheck.strict()) {
            throw new OmciDecodeException((mic != null ? "MIC" : "CRC-32") + ": 0x" + Integer.toHexString(carried)
                    + " (expected: 0x" + Integer.toHexString(expected) + ")");
        }
        return TrailerStatus.INVALID;
    }

    private static String hex(byte value) {
        return HexFormat.of().toHexDigits(value);
    }
}
