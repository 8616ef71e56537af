package io.omcid.codec.frame;

import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.OmciMessage;

/** The body codec of each action code, and the checks they share. */
final class Codecs {

    private static final BodyCodec[] BY_CODE = new BodyCodec[32];

    static {
        // G.988 bounds the results of MIB reset, Get next, the software download family and Synchronize time to 6
        register(MessageType.CREATE, new CreateCodec());
        register(MessageType.DELETE, new PlainCodec(255));
        register(MessageType.SET, new SetCodec());
        register(MessageType.GET, new GetCodec(false));
        register(MessageType.GET_ALL_ALARMS, new GetAllAlarmsCodec());
        register(MessageType.GET_ALL_ALARMS_NEXT, new GetAllAlarmsNextCodec());
        register(MessageType.MIB_UPLOAD, new MibUploadCodec());
        register(MessageType.MIB_UPLOAD_NEXT, new MibUploadNextCodec());
        register(MessageType.MIB_RESET, new PlainCodec(6));
        register(MessageType.ALARM, new AlarmCodec());
        register(MessageType.ATTRIBUTE_VALUE_CHANGE, new AttributeValueChangeCodec());
        register(MessageType.TEST, new TestCodec());
        register(MessageType.START_SOFTWARE_DOWNLOAD, new StartSoftwareDownloadCodec());
        register(MessageType.DOWNLOAD_SECTION, new DownloadSectionCodec());
        register(MessageType.END_SOFTWARE_DOWNLOAD, new EndSoftwareDownloadCodec());
        register(MessageType.ACTIVATE_SOFTWARE, new ActivateSoftwareCodec());
        register(MessageType.COMMIT_SOFTWARE, new PlainCodec(6));
        register(MessageType.SYNCHRONIZE_TIME, new SynchronizeTimeCodec());
        register(MessageType.REBOOT, new RebootCodec());
        register(MessageType.GET_NEXT, new GetNextCodec());
        register(MessageType.TEST_RESULT, new TestResultCodec());
        register(MessageType.GET_CURRENT_DATA, new GetCodec(true));
        register(MessageType.SET_TABLE, new SetTableCodec());
    }

    private Codecs() {
    }

    private static void register(MessageType type, BodyCodec codec) {
        if (BY_CODE[type.code()] != null) {
            throw new ExceptionInInitializerError("two codecs for " + type);
        }
        BY_CODE[type.code()] = codec;
    }

    static BodyCodec of(MessageType type) {
        return BY_CODE[type.code()];
    }

    static IllegalArgumentException mismatch(OmciMessage message) {
        return new IllegalArgumentException("message: " + message.getClass().getSimpleName() + " with type "
                + message.type() + " (expected: a message record of that type)");
    }

    /** A count field that G.988 bounds (circuit packs, image instances). */
    static int count(Contents c, int offset, int lowest, int highest, String what) {
        int count = c.u8(offset);
        if (count < lowest || count > highest) {
            throw new OmciDecodeException(what + ": " + count + " (expected: " + lowest + " to " + highest + ")");
        }
        return count;
    }
}
