package io.omcid.agent.api;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.omcid.agent.onu.AgentHarness;
import io.omcid.agent.onu.Onu;
import io.omcid.api.v1.AlarmEvent;
import io.omcid.api.v1.AlarmServiceGrpc;
import io.omcid.api.v1.AttributeValue;
import io.omcid.api.v1.CreateEntityRequest;
import io.omcid.api.v1.EntityRef;
import io.omcid.api.v1.GemPort;
import io.omcid.api.v1.GetAttributesRequest;
import io.omcid.api.v1.GetMibRequest;
import io.omcid.api.v1.ListAlarmsRequest;
import io.omcid.api.v1.ListOnusRequest;
import io.omcid.api.v1.ListServicesRequest;
import io.omcid.api.v1.ManagedEntityServiceGrpc;
import io.omcid.api.v1.OmciError;
import io.omcid.api.v1.OnuRef;
import io.omcid.api.v1.OnuServiceGrpc;
import io.omcid.api.v1.OnuState;
import io.omcid.api.v1.ProvisioningServiceGrpc;
import io.omcid.api.v1.ServiceRef;
import io.omcid.api.v1.ServiceSpec;
import io.omcid.api.v1.SetAttributesRequest;
import io.omcid.api.v1.SimulatedAlarm;
import io.omcid.api.v1.SimulatorServiceGrpc;
import io.omcid.api.v1.Upstream;
import io.omcid.api.v1.VlanTreatment;
import io.omcid.api.v1.WatchAlarmsRequest;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.mib.MeKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API over a real port, with a real gRPC client, against the daemon on the simulated PON. */
class ApiTest {

    @TempDir
    Path directory;

    private AgentHarness harness;
    private ApiServer server;
    private ManagedChannel channel;
    private String xgs;

    @BeforeEach
    void start() throws Exception {
        EventHub events = new EventHub();
        harness = AgentHarness.start(AgentHarness.config(directory, 1, 2), List.of(events));
        harness.awaitReady(Duration.ofSeconds(30));
        server = new ApiServer(new ApiContext(harness.agent, MeCatalog.standard(), events, harness.pon), "127.0.0.1",
                0, null);
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
        xgs = harness.agent.onus().onus().get(0).serialNumber();
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
        harness.close();
    }

    private OnuServiceGrpc.OnuServiceBlockingStub onus() {
        return OnuServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private ManagedEntityServiceGrpc.ManagedEntityServiceBlockingStub entities() {
        return ManagedEntityServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private ProvisioningServiceGrpc.ProvisioningServiceBlockingStub provisioning() {
        return ProvisioningServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private long requestsSent() {
        return harness.agent.onus().all().stream().mapToLong(onu -> onu.channel().counters().requests()).sum();
    }

    private static void assertStatus(Runnable call, Status.Code code, String message) {
        assertThatThrownBy(call::run).isInstanceOf(StatusRuntimeException.class).satisfies(e -> {
            Status status = ((StatusRuntimeException) e).getStatus();
            assertThat(status.getCode()).isEqualTo(code);
            assertThat(status.getDescription()).contains(message);
        });
    }

    @Test
    void onusAreListedWithWhatTheirMibSays() {
        List<io.omcid.api.v1.Onu> list = onus().listOnus(ListOnusRequest.getDefaultInstance()).getOnusList();
        assertThat(list).hasSize(2);
        io.omcid.api.v1.Onu first = list.get(0);
        assertThat(first.getState()).isEqualTo(OnuState.ONU_STATE_READY);
        assertThat(first.getVendorId()).isEqualTo("OMCD");
        assertThat(first.getEquipmentId()).isEqualTo("XGS-4GE-SIM");
        assertThat(first.getSoftwareVersionsList()).containsExactly("V2.1.0", "V2.1.0");
        assertThat(first.getManagedEntities()).isEqualTo(221);
        assertThat(onus().getOnu(OnuRef.newBuilder().setSerialNumber(xgs).build()).getOnuId()).isEqualTo(1);
        assertThat(onus().listOnus(ListOnusRequest.newBuilder().setPonPort(3).build()).getOnusCount()).isZero();

        HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    void theMibAndRawGetSetCreateDelete() {
        assertThat(entities().getMib(GetMibRequest.newBuilder().setSerialNumber(xgs).setClassId(11).build())
                .getEntitiesCount()).isEqualTo(4);
        var get = entities().getAttributes(GetAttributesRequest.newBuilder().setEntity(ref(256, 0))
                .addAttributes(1).addAttributes(7).build());
        assertThat(get.getResult().getResult()).isZero();
        assertThat(get.getEntity().getAttributes(0).getDisplay()).isEqualTo("OMCD");

        var set = entities().setAttributes(SetAttributesRequest.newBuilder().setEntity(ref(256, 0))
                .addValues(AttributeValue.newBuilder().setIndex(7).setNumber(1)).build());
        assertThat(set.getResult()).isZero();
        assertThat(harness.pon.onu(harness.agent.onus().bySerial(xgs).address()).mib().get(MeKey.of(256, 0))
                .unsigned(7)).isEqualTo(1);

        CreateEntityRequest gal = CreateEntityRequest.newBuilder().setEntity(ref(272, 7))
                .addValues(AttributeValue.newBuilder().setIndex(1).setNumber(48)).build();
        assertThat(entities().createEntity(gal).getResult()).isZero();
        assertThatThrownBy(() -> entities().createEntity(gal)).isInstanceOf(StatusRuntimeException.class)
                .satisfies(e -> {
                    StatusRuntimeException error = (StatusRuntimeException) e;
                    assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
                    OmciError detail = StatusProto.fromThrowable(error).getDetails(0).unpack(OmciError.class);
                    assertThat(detail.getResult().getResult()).isEqualTo(7);
                    assertThat(detail.getClassId()).isEqualTo(272);
                });
        assertThat(entities().deleteEntity(ref(272, 7)).getResult()).isZero();
        harness.assertMibsMatchTheOnus();
    }

    @Test
    void badRequestsAreRefusedAndReachNoOnu() {
        long before = requestsSent();
        assertStatus(() -> onus().getOnu(OnuRef.newBuilder().setSerialNumber("NONE00000000").build()),
                Status.Code.NOT_FOUND, "ONU NONE00000000: unknown");
        assertStatus(() -> onus().getOnu(OnuRef.newBuilder().setSerialNumber("bad").build()),
                Status.Code.INVALID_ARGUMENT, "serial number: 'bad'");
        assertStatus(() -> entities().getAttributes(GetAttributesRequest.newBuilder().setEntity(ref(65300, 1))
                .addAttributes(1).build()), Status.Code.INVALID_ARGUMENT, "managed entity class: 65300");
        assertStatus(() -> entities().setAttributes(SetAttributesRequest.newBuilder().setEntity(ref(256, 0))
                .addValues(AttributeValue.newBuilder().setIndex(7).setOctets(ByteString.copyFrom(new byte[2])))
                .build()), Status.Code.INVALID_ARGUMENT, "attribute 7 (AdministrativeState) of OnuG: 2 octets");
        assertStatus(() -> entities().setAttributes(SetAttributesRequest.newBuilder().setEntity(ref(256, 0))
                .addValues(AttributeValue.newBuilder().setIndex(7).setNumber(300)).build()),
                Status.Code.INVALID_ARGUMENT, "attribute 7 value: 300 (expected: 0 to 255)");
        assertStatus(() -> provisioning().applyService(service("internet", 1024, 4095)), Status.Code.INVALID_ARGUMENT,
                "C-VLAN: 4095 (expected: 1 to 4094)");
        ServiceSpec duplicate = service("internet", 1024, 100).toBuilder()
                .addGemPorts(GemPort.newBuilder().setPortId(1024).addPbits(7)).build();
        assertStatus(() -> provisioning().applyService(duplicate), Status.Code.INVALID_ARGUMENT,
                "GEM port id: 1024 twice");
        assertThat(requestsSent()).isEqualTo(before);
    }

    @Test
    void servicesAreAppliedListedAndRemoved() {
        var applied = provisioning().applyService(service("internet", 1024, 100));
        assertThat(applied.getCommandsSent()).isEqualTo(13);
        assertThat(applied.getEntitiesList()).extracting(EntityRef::getClassId).contains(268, 266, 171, 84);
        assertThat(provisioning().applyService(service("internet", 1024, 100)).getCommandsSent()).isZero();
        assertThat(provisioning().listServices(ListServicesRequest.newBuilder().setSerialNumber(xgs).build())
                .getServicesList()).singleElement().satisfies(s -> assertThat(s.getSpec().getName())
                .isEqualTo("internet"));
        var removed = provisioning().removeService(ServiceRef.newBuilder().setSerialNumber(xgs).setName("internet")
                .build());
        assertThat(removed.getCommandsSent()).isPositive();
        assertThat(provisioning().listServices(ListServicesRequest.getDefaultInstance()).getServicesCount()).isZero();
        assertStatus(() -> provisioning().removeService(ServiceRef.newBuilder().setSerialNumber(xgs)
                .setName("internet").build()), Status.Code.NOT_FOUND, "service internet");
        harness.assertMibsMatchTheOnus();
    }

    @Test
    void anAlarmStreamClientThatResumesMissesNothing() throws Exception {
        SimulatorServiceGrpc.SimulatorServiceBlockingStub simulator = SimulatorServiceGrpc.newBlockingStub(channel);
        for (int i = 0; i < 10; i++) {
            simulator.setAlarm(alarm(i % 2 == 0));
        }
        List<Long> seen = new ArrayList<>();
        Iterator<AlarmEvent> first = AlarmServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .watchAlarms(WatchAlarmsRequest.getDefaultInstance());
        for (int i = 0; i < 4; i++) {
            seen.add(first.next().getEventId());
        }
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);

        for (int i = 10; i < 20; i++) {
            simulator = SimulatorServiceGrpc.newBlockingStub(reconnect());
            simulator.setAlarm(alarm(i % 2 == 0));
        }
        Iterator<AlarmEvent> resumed = AlarmServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10,
                TimeUnit.SECONDS).watchAlarms(WatchAlarmsRequest.newBuilder().setAfterEventId(seen.get(3)).build());
        while (seen.size() < 20) {
            AlarmEvent event = resumed.next();
            assertThat(event.getHistoryTruncated()).isFalse();
            seen.add(event.getEventId());
        }
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L,
                18L, 19L, 20L);
        assertThat(AlarmServiceGrpc.newBlockingStub(channel).listAlarms(ListAlarmsRequest.newBuilder()
                .setSerialNumber(xgs).build()).getAlarmsCount()).isZero();
    }

    private ManagedChannel reconnect() {
        if (channel.isShutdown()) {
            channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
        }
        return channel;
    }

    private SimulatedAlarm alarm(boolean raised) {
        return SimulatedAlarm.newBuilder().setSerialNumber(xgs).setClassId(11).setInstance(0x0101).setAlarm(0)
                .setRaised(raised).build();
    }

    private EntityRef ref(int classId, int instance) {
        return EntityRef.newBuilder().setSerialNumber(xgs).setClassId(classId).setInstance(instance).build();
    }

    private ServiceSpec service(String name, int port, int vlan) {
        return ServiceSpec.newBuilder().setSerialNumber(xgs).setName(name).setUni(1)
                .setUpstream(Upstream.newBuilder().setAllocId(1024).setCirKbps(0).setPirKbps(100_000))
                .addGemPorts(GemPort.newBuilder().setPortId(port).addPbits(0).addPbits(1).setQueue(0))
                .setVlan(VlanTreatment.newBuilder().setMode(VlanTreatment.Mode.SINGLE_TAGGED).setCVlan(vlan))
                .build();
    }

    static Onu onu(AgentHarness harness, String serial) {
        return harness.agent.onus().bySerial(serial);
    }
}
