/**
 * Frames to messages and back: {@link io.omcid.codec.frame.OmciDecoder} and
 * {@link io.omcid.codec.frame.OmciEncoder}, one body codec per action code, and the trailers (the G-PON CRC-32
 * of ITU-T I.363.5 and the XG(S)-PON MIC of ITU-T G.987.3 clause 14.2).
 */
package io.omcid.codec.frame;
