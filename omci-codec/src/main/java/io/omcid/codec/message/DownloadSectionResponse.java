package io.omcid.codec.message;

/**
 * Download section response (G.988 A.2.22): result and the section acknowledged.
 */
public record DownloadSectionResponse(Header header, int result, int sectionNumber) implements OmciMessage {
}
