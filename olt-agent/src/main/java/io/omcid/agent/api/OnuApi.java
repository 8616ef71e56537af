package io.omcid.agent.api;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.omcid.agent.onu.Onu;
import io.omcid.agent.onu.OnuState;
import io.omcid.api.v1.ListOnusRequest;
import io.omcid.api.v1.ListOnusResponse;
import io.omcid.api.v1.OmciResult;
import io.omcid.api.v1.OnuRef;
import io.omcid.api.v1.OnuServiceGrpc;
import io.omcid.api.v1.RebootOnuRequest;
import io.omcid.api.v1.ResyncOnuResponse;
import io.omcid.api.v1.WatchOnusRequest;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.RebootRequest;
import io.omcid.codec.message.ResultResponse;

import java.util.concurrent.CompletableFuture;

/** ONUs: list, show, watch, reboot, resynchronise. */
final class OnuApi extends OnuServiceGrpc.OnuServiceImplBase {

    private final ApiContext context;

    OnuApi(ApiContext context) {
        this.context = context;
    }

    @Override
    public void listOnus(ListOnusRequest request, StreamObserver<ListOnusResponse> observer) {
        Calls.unary("ListOnus", observer, () -> {
            if (request.hasPonPort() && request.getPonPort() > 255) {
                throw ApiErrors.invalid("PON port: " + request.getPonPort() + " (expected: 0 to 255)");
            }
            ListOnusResponse.Builder out = ListOnusResponse.newBuilder();
            for (Onu onu : context.agent().onus().onus()) {
                if (!request.hasPonPort() || onu.address().ponPort() == request.getPonPort()) {
                    out.addOnus(Views.onu(onu));
                }
            }
            return CompletableFuture.completedFuture(out.build());
        });
    }

    @Override
    public void getOnu(OnuRef request, StreamObserver<io.omcid.api.v1.Onu> observer) {
        Calls.unary("GetOnu", observer, () -> CompletableFuture.completedFuture(
                Views.onu(context.onu(request.getSerialNumber()))));
    }

    @Override
    public void watchOnus(WatchOnusRequest request, StreamObserver<io.omcid.api.v1.Onu> observer) {
        ServerCallStreamObserver<io.omcid.api.v1.Onu> call = (ServerCallStreamObserver<io.omcid.api.v1.Onu>) observer;
        Object lock = new Object();
        Runnable stop = context.events().watchOnus(onu -> {
            synchronized (lock) {
                if (!call.isCancelled()) {
                    call.onNext(Views.onu(onu));
                }
            }
        });
        call.setOnCancelHandler(stop::run);
        synchronized (lock) {
            for (Onu onu : context.agent().onus().onus()) {
                call.onNext(Views.onu(onu));
            }
        }
    }

    @Override
    public void rebootOnu(RebootOnuRequest request, StreamObserver<OmciResult> observer) {
        Calls.unary("RebootOnu", observer, () -> {
            if (request.getCondition() > 3) {
                throw ApiErrors.invalid("reboot condition: " + request.getCondition() + " (expected: 0 to 3)");
            }
            Onu onu = context.readyOnu(request.getSerialNumber());
            RebootRequest reboot = new RebootRequest(Header.request(0, MessageType.REBOOT, onu.messageSet(), 256, 0),
                    request.getCondition());
            return onu.send(reboot, true).thenApply(response -> {
                int result = ((ResultResponse) response).result();
                OmciResult outcome = ApiErrors.result(result, 0, 0);
                if (result != 0) {
                    throw ApiErrors.refused(onu.serialNumber(), "reboot", 256, 0, outcome);
                }
                return outcome;
            });
        });
    }

    @Override
    public void resyncOnu(OnuRef request, StreamObserver<ResyncOnuResponse> observer) {
        Calls.unary("ResyncOnu", observer, () -> {
            Onu onu = context.onu(request.getSerialNumber());
            if (onu.state() != OnuState.READY && onu.state() != OnuState.FAILED) {
                throw ApiErrors.notReady("ONU " + onu.serialNumber() + ": " + onu.state().name().toLowerCase()
                        + " (expected: ready or failed)");
            }
            onu.resync();
            return CompletableFuture.completedFuture(ResyncOnuResponse.getDefaultInstance());
        });
    }
}
