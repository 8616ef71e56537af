package io.omcid.agent.api;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.omcid.agent.onu.Onu;
import io.omcid.api.v1.Attribute;
import io.omcid.api.v1.ManagedEntity;
import io.omcid.api.v1.MessageSet;
import io.omcid.api.v1.OnuState;
import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.AttributeValues;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;

import java.time.Instant;
import java.util.HexFormat;

/** Daemon objects as API messages. */
final class Views {

    private Views() {
    }

    static io.omcid.api.v1.Onu onu(Onu onu) {
        io.omcid.api.v1.Onu.Builder out = io.omcid.api.v1.Onu.newBuilder().setSerialNumber(onu.serialNumber())
                .setPonPort(onu.address().ponPort()).setOnuId(onu.address().onuId())
                .setState(OnuState.valueOf("ONU_STATE_" + onu.state().name()))
                .setMessageSet(MessageSet.valueOf("MESSAGE_SET_" + onu.messageSet().name()));
        Instant audit = onu.lastAudit();
        if (audit != null) {
            out.setLastAudit(timestamp(audit));
        }
        // read in place on the ONU's executor: a copy of the whole MIB for a few values would be wasted work
        return onu.readMib(mib -> {
            if (mib != null) {
                out.setMibDataSync(mib.mds()).setManagedEntities(mib.size());
                text(mib, MeKey.of(256, 0), 1).ifPresent(out::setVendorId);
                text(mib, MeKey.of(257, 0), 1).ifPresent(out::setEquipmentId);
                for (MeKey image : mib.keys(7)) {
                    text(mib, image, 1).ifPresent(out::addSoftwareVersions);
                }
            }
            return out;
        }).join().build();
    }

    private static java.util.Optional<String> text(Mib mib, MeKey key, int index) {
        AttributeValues values = mib.get(key);
        return values == null || !values.has(index) ? java.util.Optional.empty()
                : java.util.Optional.of(values.string(index));
    }

    static Timestamp timestamp(Instant time) {
        return Timestamp.newBuilder().setSeconds(time.getEpochSecond()).setNanos(time.getNano()).build();
    }

    static ManagedEntity entity(MeCatalog catalog, MeKey key, AttributeValues values) {
        MeClass meClass = catalog.find(key.classId());
        ManagedEntity.Builder out = ManagedEntity.newBuilder().setClassId(key.classId()).setInstance(key.instance())
                .setClassName(meClass == null ? "" : meClass.name());
        for (int index = 1; index <= 16; index++) {
            if (!values.has(index)) {
                continue;
            }
            AttributeDef def = meClass == null ? null : meClass.attribute(index);
            Object typed = values.typed(index, meClass);
            String display = typed instanceof byte[] octets ? HexFormat.of().formatHex(octets) : String.valueOf(typed);
            out.addAttributes(Attribute.newBuilder().setIndex(index).setName(def == null ? "" : def.name())
                    .setValue(ByteString.copyFrom(values.bytes(index))).setDisplay(display));
        }
        byte[] unknown = values.unknownData();
        if (unknown != null) {
            out.setUnknown(ByteString.copyFrom(unknown));
        }
        return out.build();
    }
}
