package io.omcid.codec.frame;

import io.omcid.codec.message.OmciMessage;

import java.util.HexFormat;

/** What decoding one frame gives: a message with its trailer status, or a failure with the frame and the reason. */
public sealed interface DecodeResult {

    /** The frame's octets as received. */
    byte[] frame();

    /** A frame that decoded. */
    record Decoded(byte[] frame, OmciMessage message, TrailerStatus trailer) implements DecodeResult {
        @Override
        public byte[] frame() {
            return frame.clone();
        }
    }

    /** A frame that did not decode: the octets as received and a precise reason. */
    record Failure(byte[] frame, String reason) implements DecodeResult {
        @Override
        public byte[] frame() {
            return frame.clone();
        }

        @Override
        public String toString() {
            return reason + " [" + HexFormat.of().formatHex(frame) + "]";
        }
    }
}
