package io.omcid.codec.message;

/**
 * The response that announces how many next commands follow: MIB upload (G.988 A.2.14) and Get all
 * alarms (A.2.12).
 */
public record CountResponse(Header header, int commands) implements OmciMessage {
}
