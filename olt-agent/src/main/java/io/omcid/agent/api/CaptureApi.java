package io.omcid.agent.api;

import io.grpc.stub.StreamObserver;
import io.omcid.agent.capture.FrameRecorder;
import io.omcid.api.v1.CaptureServiceGrpc;
import io.omcid.api.v1.CaptureStatus;
import io.omcid.api.v1.CaptureTarget;

import java.util.concurrent.CompletableFuture;

/** Switches the capture of ONUs' OMCI frames on and off while the daemon runs. */
final class CaptureApi extends CaptureServiceGrpc.CaptureServiceImplBase {

    private final ApiContext context;

    CaptureApi(ApiContext context) {
        this.context = context;
    }

    @Override
    public void startCapture(CaptureTarget request, StreamObserver<CaptureStatus> observer) {
        Calls.unary("StartCapture", observer, () -> {
            recorder().start(serial(request));
            return CompletableFuture.completedFuture(status());
        });
    }

    @Override
    public void stopCapture(CaptureTarget request, StreamObserver<CaptureStatus> observer) {
        Calls.unary("StopCapture", observer, () -> {
            recorder().stop(serial(request));
            return CompletableFuture.completedFuture(status());
        });
    }

    @Override
    public void getCaptureStatus(CaptureTarget request, StreamObserver<CaptureStatus> observer) {
        Calls.unary("GetCaptureStatus", observer, () -> CompletableFuture.completedFuture(status()));
    }

    private String serial(CaptureTarget request) {
        return request.getSerialNumber().isEmpty() ? "" : context.onu(request.getSerialNumber()).serialNumber();
    }

    private FrameRecorder recorder() {
        if (context.recorder() == null) {
            throw io.grpc.Status.UNIMPLEMENTED.withDescription("capture: not set up (expected: serve with a capture "
                    + "directory)").asRuntimeException();
        }
        return context.recorder();
    }

    private CaptureStatus status() {
        FrameRecorder recorder = recorder();
        recorder.flush();
        return CaptureStatus.newBuilder().setAll(recorder.capturesAll()).addAllSerialNumbers(recorder.serials())
                .setFile(recorder.file() == null ? "" : recorder.file().toString())
                .setFramesWritten(recorder.written()).setFramesDropped(recorder.dropped()).build();
    }
}
