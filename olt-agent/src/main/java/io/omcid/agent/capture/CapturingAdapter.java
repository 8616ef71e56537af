package io.omcid.agent.capture;

import io.omcid.agent.southbound.OnuAddress;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.agent.southbound.PonListener;
import io.omcid.codec.frame.Direction;
import io.omcid.codec.frame.FrameFormat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A PON adapter that hands every frame it carries, both ways, to a recorder, and otherwise changes nothing. */
public final class CapturingAdapter implements PonAdapter {

    private final PonAdapter adapter;
    private final FrameRecorder recorder;
    private final Map<OnuAddress, String> serials = new ConcurrentHashMap<>();

    public CapturingAdapter(PonAdapter adapter, FrameRecorder recorder) {
        this.adapter = adapter;
        this.recorder = recorder;
    }

    public PonAdapter inner() {
        return adapter;
    }

    public FrameRecorder recorder() {
        return recorder;
    }

    @Override
    public void start(PonListener listener) throws Exception {
        adapter.start(new PonListener() {
            @Override
            public void onuDiscovered(OnuAddress address, String serialNumber) {
                serials.put(address, serialNumber);
                listener.onuDiscovered(address, serialNumber);
            }

            @Override
            public void onuLost(OnuAddress address) {
                listener.onuLost(address);
            }

            @Override
            public void frameReceived(OnuAddress address, byte[] frame) {
                recorder.record(address, serials.get(address), Direction.UPSTREAM, frame);
                listener.frameReceived(address, frame);
            }
        });
    }

    @Override
    public void send(OnuAddress address, byte[] frame) {
        recorder.record(address, serials.get(address), Direction.DOWNSTREAM, frame);
        adapter.send(address, frame);
    }

    @Override
    public FrameFormat frameFormat() {
        return adapter.frameFormat();
    }

    @Override
    public String name() {
        return adapter.name() + ", captured";
    }

    @Override
    public void close() {
        adapter.close();
        recorder.close();
    }
}
