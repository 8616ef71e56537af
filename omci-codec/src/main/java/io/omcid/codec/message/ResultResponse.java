package io.omcid.codec.message;

/**
 * A response that carries only a result: Delete, MIB reset, Test, Activate and Commit software, Reboot
 * and Set table responses. {@code result} is the G.988 result code (see {@link Result}).
 */
public record ResultResponse(Header header, int result) implements OmciMessage {
}
