package io.omcid.agent.cli;

import com.google.protobuf.ByteString;
import io.omcid.api.v1.Attribute;
import io.omcid.api.v1.AttributeValue;
import io.omcid.api.v1.CreateEntityRequest;
import io.omcid.api.v1.EntityRef;
import io.omcid.api.v1.GetAttributesRequest;
import io.omcid.api.v1.GetMibRequest;
import io.omcid.api.v1.ManagedEntity;
import io.omcid.api.v1.ManagedEntityServiceGrpc;
import io.omcid.api.v1.OmciResult;
import io.omcid.api.v1.SetAttributesRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

/** Managed entities: the MIB, and raw Get, Set, Create, Delete. */
@Command(name = "me", mixinStandardHelpOptions = true, description = "Managed entities of an ONU.",
        subcommands = {EntityCommand.Mib.class, EntityCommand.Get.class, EntityCommand.Set.class,
            EntityCommand.Create.class, EntityCommand.Delete.class})
final class EntityCommand {

    /**
     * Attribute values as {@code INDEX=VALUE}: a number ({@code 7=1}, {@code 2=0x8001}), text ({@code 1=s:ABCD}) or
     * octets ({@code 3=h:00ff}).
     */
    static List<AttributeValue> values(List<String> given) {
        return given.stream().map(EntityCommand::value).toList();
    }

    private static AttributeValue value(String text) {
        int equals = text.indexOf('=');
        if (equals < 1) {
            throw new IllegalArgumentException("attribute value: " + text + " (expected: INDEX=VALUE)");
        }
        AttributeValue.Builder value = AttributeValue.newBuilder()
                .setIndex(Integer.parseInt(text.substring(0, equals)));
        String raw = text.substring(equals + 1);
        if (raw.startsWith("s:")) {
            return value.setText(raw.substring(2)).build();
        }
        if (raw.startsWith("h:")) {
            return value.setOctets(ByteString.copyFrom(HexFormat.of().parseHex(raw.substring(2)))).build();
        }
        return value.setNumber(raw.startsWith("0x") ? Long.parseUnsignedLong(raw.substring(2), 16)
                : Long.parseUnsignedLong(raw)).build();
    }

    static void print(ClientOptions client, List<ManagedEntity> entities) throws Exception {
        if (client.json) {
            for (ManagedEntity entity : entities) {
                client.printJson(System.out, entity);
            }
            return;
        }
        Table table = new Table("CLASS", "INSTANCE", "NAME", "ATTRIBUTE", "VALUE");
        for (ManagedEntity entity : entities) {
            String instance = String.format("%d (0x%04x)", entity.getInstance(), entity.getInstance());
            if (entity.getAttributesCount() == 0) {
                table.row(entity.getClassId(), instance, entity.getClassName(), "", "");
            }
            for (Attribute attribute : entity.getAttributesList()) {
                table.row(entity.getClassId(), instance, entity.getClassName(), attribute.getIndex() + " "
                        + attribute.getName(), attribute.getDisplay());
            }
            if (!entity.getUnknown().isEmpty()) {
                table.row(entity.getClassId(), instance, entity.getClassName(), "unknown",
                        HexFormat.of().formatHex(entity.getUnknown().toByteArray()));
            }
        }
        table.print(System.out);
    }

    static void print(ClientOptions client, String what, OmciResult result) throws Exception {
        if (client.json) {
            client.printJson(System.out, result);
        } else {
            System.out.println(what + ": " + result.getResultName());
        }
    }

    /** SERIAL CLASS INSTANCE. */
    static class Target {
        @Parameters(index = "0", paramLabel = "SERIAL")
        String serial;

        @Parameters(index = "1", paramLabel = "CLASS")
        int classId;

        @Parameters(index = "2", paramLabel = "INSTANCE")
        int instance;

        EntityRef ref() {
            return EntityRef.newBuilder().setSerialNumber(serial).setClassId(classId).setInstance(instance).build();
        }
    }

    @Command(name = "mib", description = "The daemon's MIB of an ONU: all, one class, or one instance.")
    static final class Mib implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(paramLabel = "SERIAL")
        String serial;

        @Option(names = "--class", paramLabel = "ID")
        Integer classId;

        @Option(names = "--instance", paramLabel = "ID")
        Integer instance;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> {
                GetMibRequest.Builder request = GetMibRequest.newBuilder().setSerialNumber(serial);
                if (classId != null) {
                    request.setClassId(classId);
                }
                if (instance != null) {
                    request.setInstance(instance);
                }
                print(client, client.deadline(ManagedEntityServiceGrpc.newBlockingStub(channel))
                        .getMib(request.build()).getEntitiesList());
            });
        }
    }

    @Command(name = "get", description = "Read attributes from the ONU (OMCI Get).")
    static final class Get implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Mixin
        Target target;

        @Parameters(index = "3..*", paramLabel = "ATTRIBUTE", description = "attribute indexes, 1 to 16")
        List<Integer> attributes;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> {
                var response = client.deadline(ManagedEntityServiceGrpc.newBlockingStub(channel)).getAttributes(
                        GetAttributesRequest.newBuilder().setEntity(target.ref()).addAllAttributes(attributes).build());
                print(client, List.of(response.getEntity()));
                if (!client.json && response.getResult().getResult() != 0) {
                    System.out.println("result: " + response.getResult().getResultName());
                }
            });
        }
    }

    @Command(name = "set", description = "Write attributes (OMCI Set): INDEX=NUMBER, INDEX=s:TEXT, INDEX=h:HEX.")
    static final class Set implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Mixin
        Target target;

        @Parameters(index = "3..*", paramLabel = "INDEX=VALUE")
        List<String> values;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> print(client, "set", client.deadline(ManagedEntityServiceGrpc
                    .newBlockingStub(channel)).setAttributes(SetAttributesRequest.newBuilder()
                    .setEntity(target.ref()).addAllValues(values(values)).build())));
        }
    }

    @Command(name = "create", description = "Create a managed entity (OMCI Create) with its set-by-create values.")
    static final class Create implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Mixin
        Target target;

        @Parameters(index = "3..*", paramLabel = "INDEX=VALUE", arity = "0..*")
        List<String> values = List.of();

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> print(client, "create", client.deadline(ManagedEntityServiceGrpc
                    .newBlockingStub(channel)).createEntity(CreateEntityRequest.newBuilder()
                    .setEntity(target.ref()).addAllValues(values(values)).build())));
        }
    }

    @Command(name = "delete", description = "Delete a managed entity (OMCI Delete).")
    static final class Delete implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Mixin
        Target target;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> print(client, "delete", client.deadline(ManagedEntityServiceGrpc
                    .newBlockingStub(channel)).deleteEntity(target.ref())));
        }
    }
}
