package io.omcid.agent.southbound;

import io.omcid.codec.frame.FrameFormat;

/**
 * A way to reach ONUs: the embedded simulated PON, a real OLT through openolt, or a replayed capture. The daemon
 * hands it OMCI frames as octets and hears back through a {@link PonListener}.
 */
public interface PonAdapter extends AutoCloseable {

    /** Starts the adapter; discoveries and frames go to the listener from now on. */
    void start(PonListener listener) throws Exception;

    /** Sends one OMCI frame to an ONU. Never blocks; a frame to an ONU that is gone is dropped. */
    void send(OnuAddress address, byte[] frame);

    /** How frames travel on this adapter (a 48-octet baseline frame with CRC, or 44 octets for the OLT to finish). */
    FrameFormat frameFormat();

    /** A short name for logs: {@code simulated}, {@code openolt 10.0.0.1:9191}. */
    String name();

    @Override
    void close();
}
