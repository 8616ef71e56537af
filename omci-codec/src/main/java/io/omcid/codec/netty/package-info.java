/**
 * Netty handlers: stream framing, frame-to-message decoding, message encoding, and one frame per datagram. Bad
 * input never throws out of the pipeline; it travels on as a {@link io.omcid.codec.frame.DecodeResult.Failure}.
 */
package io.omcid.codec.netty;
