package io.omcid.agent.api;

import io.grpc.Context;
import io.grpc.stub.StreamObserver;
import io.omcid.agent.provisioning.Provisioner;
import io.omcid.agent.provisioning.ServiceCodec;
import io.omcid.agent.provisioning.ServiceIntent;
import io.omcid.agent.provisioning.ServiceRegistry;
import io.omcid.api.v1.EntityRef;
import io.omcid.api.v1.ListServicesRequest;
import io.omcid.api.v1.ListServicesResponse;
import io.omcid.api.v1.ProvisioningServiceGrpc;
import io.omcid.api.v1.ServiceRef;
import io.omcid.api.v1.ServiceSpec;
import io.omcid.api.v1.ServiceState;
import io.omcid.api.v1.ServiceStatus;
import io.omcid.mib.MeKey;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Subscriber services: apply, remove, list. The call's deadline and cancellation are honoured between commands. */
final class ProvisioningApi extends ProvisioningServiceGrpc.ProvisioningServiceImplBase {

    private final ApiContext context;

    ProvisioningApi(ApiContext context) {
        this.context = context;
    }

    private Provisioner provisioner() {
        return context.agent().provisioner();
    }

    @Override
    public void applyService(ServiceSpec spec, StreamObserver<ServiceStatus> observer) {
        Context call = Context.current();
        Calls.unary("ApplyService", observer, () -> {
            context.onu(spec.getSerialNumber());
            ServiceIntent intent = ServiceCodec.intent(spec);
            return provisioner().apply(intent, call::isCancelled).thenApply(outcome ->
                    status(spec, ServiceState.SERVICE_STATE_APPLIED, outcome.commandsSent(), outcome.entities())
                            .toBuilder().setOmciNanos(outcome.omciNanos()).build());
        });
    }

    @Override
    public void removeService(ServiceRef ref, StreamObserver<ServiceStatus> observer) {
        Context call = Context.current();
        Calls.unary("RemoveService", observer, () -> {
            context.onu(ref.getSerialNumber());
            ServiceRegistry.Entry entry = provisioner().registry().get(ref.getSerialNumber(), ref.getName());
            ServiceSpec spec = entry == null ? ServiceSpec.newBuilder().setSerialNumber(ref.getSerialNumber())
                    .setName(ref.getName()).build() : ServiceCodec.spec(entry.intent());
            return provisioner().remove(ref.getSerialNumber(), ref.getName(), call::isCancelled).thenApply(outcome ->
                    status(spec, ServiceState.SERVICE_STATE_REMOVED, outcome.commandsSent(), List.of()).toBuilder()
                            .setOmciNanos(outcome.omciNanos()).build());
        });
    }

    @Override
    public void listServices(ListServicesRequest request, StreamObserver<ListServicesResponse> observer) {
        Calls.unary("ListServices", observer, () -> {
            String serial = request.getSerialNumber().isEmpty() ? null : context.onu(request.getSerialNumber())
                    .serialNumber();
            ListServicesResponse.Builder out = ListServicesResponse.newBuilder();
            for (ServiceRegistry.Entry entry : provisioner().registry().list(serial)) {
                out.addServices(status(ServiceCodec.spec(entry.intent()), ServiceState.SERVICE_STATE_APPLIED, 0,
                        provisioner().entities(entry)));
            }
            return CompletableFuture.completedFuture(out.build());
        });
    }

    private static ServiceStatus status(ServiceSpec spec, ServiceState state, int sent, List<MeKey> entities) {
        ServiceStatus.Builder out = ServiceStatus.newBuilder().setSpec(spec).setState(state).setCommandsSent(sent);
        for (MeKey key : entities) {
            out.addEntities(EntityRef.newBuilder().setSerialNumber(spec.getSerialNumber()).setClassId(key.classId())
                    .setInstance(key.instance()));
        }
        return out.build();
    }
}
