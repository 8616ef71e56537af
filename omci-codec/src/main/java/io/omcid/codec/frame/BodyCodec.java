package io.omcid.codec.frame;

import io.omcid.codec.message.OmciMessage;

/**
 * Reads and writes the contents of one message type, requests and responses alike. One instance per type, chosen
 * from a table indexed by the action code.
 */
interface BodyCodec {

    /** Decodes the contents; throws {@link OmciDecodeException} with a precise reason when they are malformed. */
    OmciMessage decode(Contents contents);

    /** Writes the contents of a message of this codec's type. */
    void encode(OmciMessage message, ContentsWriter out);
}
