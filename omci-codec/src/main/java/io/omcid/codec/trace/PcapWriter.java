package io.omcid.codec.trace;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** Writes libpcap files (big-endian, microseconds, Ethernet), one OMCI frame per Ethernet packet. */
final class PcapWriter implements TraceWriter {

    private final DataOutputStream out;

    PcapWriter(OutputStream stream) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(0xA1B2C3D4);
        out.writeShort(2);
        out.writeShort(4);
        out.writeInt(0);
        out.writeInt(0);
        out.writeInt(65535);
        out.writeInt(1);
    }

    @Override
    public void write(TraceRecord record) throws IOException {
        if (!record.isValid()) {
            return;
        }
        Instant time = record.timestamp() == null ? Instant.EPOCH : record.timestamp();
        byte[] packet = OmciEthernet.wrap(record.frame(), record.direction());
        out.writeInt((int) time.getEpochSecond());
        out.writeInt(time.getNano() / 1000);
        out.writeInt(packet.length);
        out.writeInt(packet.length);
        out.write(packet);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
