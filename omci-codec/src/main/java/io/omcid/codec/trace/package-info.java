/**
 * OMCI trace files: hex text, libpcap and pcapng, with OMCI in Ethernet frames of ethertype 0x88B5 as the
 * Wireshark OMCI dissector reads them.
 */
package io.omcid.codec.trace;
