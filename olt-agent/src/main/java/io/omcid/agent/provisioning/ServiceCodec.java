package io.omcid.agent.provisioning;

import io.omcid.api.v1.GemPort;
import io.omcid.api.v1.ServiceSpec;
import io.omcid.api.v1.Upstream;
import io.omcid.api.v1.VlanTreatment;

import java.util.ArrayList;
import java.util.List;

/** Between the API's service spec and the intent, and the spec's octets for the store. */
public final class ServiceCodec {

    private ServiceCodec() {
    }

    public static ServiceIntent intent(ServiceSpec spec) {
        List<ServiceIntent.GemPortIntent> gems = new ArrayList<>();
        for (GemPort gem : spec.getGemPortsList()) {
            gems.add(new ServiceIntent.GemPortIntent(gem.getPortId(), gem.getPbitsList(), gem.getQueue()));
        }
        VlanTreatment vlan = spec.getVlan();
        ServiceIntent.Mode mode = switch (vlan.getMode()) {
            case UNTAGGED -> ServiceIntent.Mode.UNTAGGED;
            case SINGLE_TAGGED -> ServiceIntent.Mode.SINGLE_TAGGED;
            case DOUBLE_TAGGED -> ServiceIntent.Mode.DOUBLE_TAGGED;
            case TRANSLATED -> ServiceIntent.Mode.TRANSLATED;
            default -> null;
        };
        return new ServiceIntent(spec.getSerialNumber(), spec.getName(), spec.getUni(),
                spec.getUpstream().getAllocId(), spec.getUpstream().getCirKbps(), spec.getUpstream().getPirKbps(), gems,
                new ServiceIntent.VlanIntent(mode, vlan.getCVlan(), vlan.getSVlan(), vlan.getPbits(),
                        vlan.getMatchVlan()));
    }

    public static ServiceSpec spec(ServiceIntent intent) {
        ServiceSpec.Builder spec = ServiceSpec.newBuilder().setSerialNumber(intent.serial()).setName(intent.name())
                .setUni(intent.uni()).setUpstream(Upstream.newBuilder().setAllocId(intent.allocId())
                        .setCirKbps((int) intent.cirKbps()).setPirKbps((int) intent.pirKbps()));
        for (ServiceIntent.GemPortIntent gem : intent.gemPorts()) {
            spec.addGemPorts(GemPort.newBuilder().setPortId(gem.portId()).addAllPbits(gem.pbits())
                    .setQueue(gem.queue()));
        }
        ServiceIntent.VlanIntent vlan = intent.vlan();
        spec.setVlan(VlanTreatment.newBuilder().setMode(VlanTreatment.Mode.valueOf(vlan.mode().name()))
                .setCVlan(vlan.cVlan()).setSVlan(vlan.sVlan()).setPbits(vlan.pbits()).setMatchVlan(vlan.matchVlan()));
        return spec.build();
    }

    static byte[] encode(ServiceIntent intent) {
        return spec(intent).toByteArray();
    }

    static ServiceIntent decode(byte[] octets) {
        try {
            return intent(ServiceSpec.parseFrom(octets));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored service: not a service spec (" + e.getMessage() + ")", e);
        }
    }
}
