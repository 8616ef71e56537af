package io.omcid.agent.api;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.omcid.agent.onu.Onu;
import io.omcid.api.v1.SimulatedAlarm;
import io.omcid.api.v1.SimulatedAlarmResponse;
import io.omcid.api.v1.SimulatorServiceGrpc;
import io.omcid.mib.MeKey;

import java.util.concurrent.CompletableFuture;

/** Control of the embedded simulated PON, for walkthroughs and tests. */
final class SimulatorApi extends SimulatorServiceGrpc.SimulatorServiceImplBase {

    private final ApiContext context;

    SimulatorApi(ApiContext context) {
        this.context = context;
    }

    @Override
    public void setAlarm(SimulatedAlarm request, StreamObserver<SimulatedAlarmResponse> observer) {
        Calls.unary("SetAlarm", observer, () -> {
            if (context.simulator() == null) {
                throw Status.UNIMPLEMENTED.withDescription("simulated PON: not in use (expected: serve on the "
                        + "simulated PON)").asRuntimeException();
            }
            if (request.getAlarm() > 223 || request.getClassId() > 0xFFFF || request.getInstance() > 0xFFFF) {
                throw ApiErrors.invalid("alarm " + request.getClassId() + "/" + request.getInstance() + " #"
                        + request.getAlarm() + " (expected: class and instance 0 to 65535, alarm 0 to 223)");
            }
            Onu onu = context.onu(request.getSerialNumber());
            context.simulator().alarm(onu.address(), MeKey.of(request.getClassId(), request.getInstance()),
                    request.getAlarm(), request.getRaised());
            return CompletableFuture.completedFuture(SimulatedAlarmResponse.getDefaultInstance());
        });
    }
}
