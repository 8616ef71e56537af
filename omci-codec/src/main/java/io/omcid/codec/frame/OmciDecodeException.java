package io.omcid.codec.frame;

/**
 * Why a frame could not be decoded, worded {@code "<what>: <actual> (expected: <rule>)"}. Thrown inside the decoder
 * only and turned into a {@link DecodeResult.Failure}; it carries no stack trace, since it is an expected outcome.
 */
public final class OmciDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OmciDecodeException(String reason) {
        super(reason, null, false, false);
    }
}
