package io.omcid.agent.api;

import io.grpc.stub.StreamObserver;
import io.omcid.agent.onu.Onu;
import io.omcid.api.v1.AttributeValue;
import io.omcid.api.v1.CreateEntityRequest;
import io.omcid.api.v1.EntityRef;
import io.omcid.api.v1.GetAttributesRequest;
import io.omcid.api.v1.GetAttributesResponse;
import io.omcid.api.v1.GetMibRequest;
import io.omcid.api.v1.GetMibResponse;
import io.omcid.api.v1.ManagedEntityServiceGrpc;
import io.omcid.api.v1.OmciResult;
import io.omcid.api.v1.SetAttributesRequest;
import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.catalog.ValueFormat;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.CreateResponse;
import io.omcid.codec.message.EmptyRequest;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.GetResponse;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.SetRequest;
import io.omcid.codec.message.SetResponse;
import io.omcid.mib.MeKey;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Managed entities: the OLT's MIB of an ONU, and raw Get, Set, Create and Delete for operators. Every request is
 * checked against the catalog before anything is sent; a refused one reaches no ONU.
 */
final class EntityApi extends ManagedEntityServiceGrpc.ManagedEntityServiceImplBase {

    private final ApiContext context;

    EntityApi(ApiContext context) {
        this.context = context;
    }

    @Override
    public void getMib(GetMibRequest request, StreamObserver<GetMibResponse> observer) {
        Calls.unary("GetMib", observer, () -> {
            Onu onu = context.onu(request.getSerialNumber());
            if (request.hasInstance() && !request.hasClassId()) {
                throw ApiErrors.invalid("instance without class (expected: a class id with the instance)");
            }
            return onu.mib().thenApply(mib -> {
                if (mib == null) {
                    throw ApiErrors.notReady("ONU " + onu.serialNumber() + ": no MIB yet (expected: a synchronised "
                            + "ONU)");
                }
                GetMibResponse.Builder out = GetMibResponse.newBuilder().setMibDataSync(mib.mds());
                List<MeKey> keys = request.hasClassId() ? mib.keys(request.getClassId()) : mib.keys();
                for (MeKey key : keys) {
                    if (!request.hasInstance() || key.instance() == request.getInstance()) {
                        out.addEntities(Views.entity(context.catalog(), key, mib.get(key)));
                    }
                }
                if (request.hasInstance() && out.getEntitiesCount() == 0) {
                    throw ApiErrors.notFound("managed entity " + request.getClassId() + "/" + request.getInstance()
                            + ": not in the MIB of " + onu.serialNumber() + " (expected: an instance the ONU has)");
                }
                return out.build();
            });
        });
    }

    @Override
    public void getAttributes(GetAttributesRequest request, StreamObserver<GetAttributesResponse> observer) {
        Calls.unary("GetAttributes", observer, () -> {
            EntityRef entity = request.getEntity();
            int mask = 0;
            for (int index : request.getAttributesList()) {
                if (index < 1 || index > 16) {
                    throw ApiErrors.invalid("attribute index: " + index + " (expected: 1 to 16)");
                }
                mask |= AttributeDef.maskBit(index);
            }
            if (mask == 0) {
                throw ApiErrors.invalid("attributes: none (expected: at least one index)");
            }
            Onu onu = context.readyOnu(entity.getSerialNumber());
            GetRequest get = new GetRequest(header(MessageType.GET, onu, entity), mask);
            check(get);
            return onu.send(get, false).thenApply(response -> {
                GetResponse reply = (GetResponse) response;
                OmciResult result = ApiErrors.result(reply.result(), reply.optionalMask(), reply.executionMask());
                if (reply.result() != 0 && reply.result() != 9) {
                    throw ApiErrors.refused(onu.serialNumber(), "get", entity.getClassId(), entity.getInstance(),
                            result);
                }
                return GetAttributesResponse.newBuilder().setResult(result).setEntity(Views.entity(context.catalog(),
                        MeKey.of(entity.getClassId(), entity.getInstance()), reply.values())).build();
            });
        });
    }

    @Override
    public void setAttributes(SetAttributesRequest request, StreamObserver<OmciResult> observer) {
        Calls.unary("SetAttributes", observer, () -> {
            EntityRef entity = request.getEntity();
            AttributeValues values = values(entity.getClassId(), request.getValuesList());
            Onu onu = context.readyOnu(entity.getSerialNumber());
            SetRequest set = new SetRequest(header(MessageType.SET, onu, entity), values);
            check(set);
            return send(onu, set, "set", entity);
        });
    }

    @Override
    public void createEntity(CreateEntityRequest request, StreamObserver<OmciResult> observer) {
        Calls.unary("CreateEntity", observer, () -> {
            EntityRef entity = request.getEntity();
            AttributeValues values = values(entity.getClassId(), request.getValuesList());
            Onu onu = context.readyOnu(entity.getSerialNumber());
            CreateRequest create = new CreateRequest(header(MessageType.CREATE, onu, entity), values);
            check(create);
            return send(onu, create, "create", entity);
        });
    }

    @Override
    public void deleteEntity(EntityRef entity, StreamObserver<OmciResult> observer) {
        Calls.unary("DeleteEntity", observer, () -> {
            Onu onu = context.readyOnu(entity.getSerialNumber());
            EmptyRequest delete = new EmptyRequest(header(MessageType.DELETE, onu, entity));
            check(delete);
            return send(onu, delete, "delete", entity);
        });
    }

    private CompletableFuture<OmciResult> send(Onu onu, OmciMessage request, String what, EntityRef entity) {
        return onu.send(request, false).thenApply(response -> {
            OmciResult result = result(response);
            if (result.getResult() != 0) {
                throw ApiErrors.refused(onu.serialNumber(), what, entity.getClassId(), entity.getInstance(), result);
            }
            return result;
        });
    }

    private static OmciResult result(OmciMessage response) {
        if (response instanceof SetResponse set) {
            return ApiErrors.result(set.result(), set.optionalMask(), set.executionMask());
        }
        if (response instanceof CreateResponse create) {
            return ApiErrors.result(create.result(), 0, create.executionMask());
        }
        return ApiErrors.result(((ResultResponse) response).result(), 0, 0);
    }

    private void check(OmciMessage request) {
        List<String> problems = context.validator().problems(request);
        if (!problems.isEmpty()) {
            throw ApiErrors.invalid(String.join("; ", problems));
        }
    }

    private static Header header(MessageType type, Onu onu, EntityRef entity) {
        if (entity.getClassId() > 0xFFFF || entity.getInstance() > 0xFFFF) {
            throw ApiErrors.invalid("managed entity: " + entity.getClassId() + "/" + entity.getInstance()
                    + " (expected: class and instance 0 to 65535)");
        }
        return Header.request(0, type, onu.messageSet(), entity.getClassId(), entity.getInstance());
    }

    /** Values typed by the catalog: numbers and text sized to the attribute, octets exactly its size. */
    private AttributeValues values(int classId, List<AttributeValue> given) {
        MeClass meClass = context.catalog().find(classId);
        if (meClass == null) {
            throw ApiErrors.invalid("managed entity class: " + classId + " (expected: a class of the catalog)");
        }
        AttributeValues.Builder builder = AttributeValues.builder();
        for (AttributeValue value : given) {
            AttributeDef def = meClass.attribute(value.getIndex());
            if (def == null) {
                throw ApiErrors.invalid("attribute " + value.getIndex() + " of " + meClass.name()
                        + ": not defined (expected: an attribute of the catalog)");
            }
            try {
                switch (value.getValueCase()) {
                    case NUMBER -> {
                        if (def.format() != ValueFormat.UINT) {
                            throw ApiErrors.invalid("attribute " + def.index() + " (" + def.name() + "): a number "
                                    + "(expected: " + def.format().name().toLowerCase() + ")");
                        }
                        builder.putUnsigned(def.index(), def.size(), value.getNumber());
                    }
                    case TEXT -> builder.putString(def.index(), def.size(), value.getText());
                    case OCTETS -> builder.put(def.index(), value.getOctets().toByteArray());
                    default -> throw ApiErrors.invalid("attribute " + def.index() + ": no value (expected: number, "
                            + "text or octets)");
                }
            } catch (IllegalArgumentException e) {
                throw ApiErrors.invalid(e.getMessage());
            }
        }
        return builder.build();
    }
}
