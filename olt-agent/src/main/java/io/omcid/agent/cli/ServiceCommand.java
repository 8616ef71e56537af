package io.omcid.agent.cli;

import com.google.gson.Gson;
import com.google.protobuf.util.JsonFormat;
import io.omcid.api.v1.GemPort;
import io.omcid.api.v1.ListServicesRequest;
import io.omcid.api.v1.ProvisioningServiceGrpc;
import io.omcid.api.v1.ServiceRef;
import io.omcid.api.v1.ServiceSpec;
import io.omcid.api.v1.ServiceStatus;
import io.omcid.api.v1.Upstream;
import io.omcid.api.v1.VlanTreatment;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** Subscriber services: apply, remove, list. */
@Command(name = "service", mixinStandardHelpOptions = true, description = "Subscriber services on ONU UNIs.",
        subcommands = {ServiceCommand.Apply.class, ServiceCommand.Remove.class, ServiceCommand.ListServices.class})
final class ServiceCommand {

    static void print(ClientOptions client, List<ServiceStatus> services) throws Exception {
        if (client.json) {
            for (ServiceStatus service : services) {
                client.printJson(System.out, service);
            }
            return;
        }
        Table table = new Table("SERIAL", "NAME", "UNI", "ALLOC", "GEM PORTS", "VLAN", "STATE", "SENT", "ENTITIES");
        for (ServiceStatus status : services) {
            ServiceSpec spec = status.getSpec();
            VlanTreatment vlan = spec.getVlan();
            table.row(spec.getSerialNumber(), spec.getName(), spec.getUni(), spec.getUpstream().getAllocId(),
                    String.join(",", spec.getGemPortsList().stream()
                            .map(g -> Integer.toString(g.getPortId())).toList()),
                    vlan.getMode().name().toLowerCase() + (vlan.getCVlan() > 0 ? " c" + vlan.getCVlan() : "")
                            + (vlan.getSVlan() > 0 ? " s" + vlan.getSVlan() : ""),
                    status.getState().name().replace("SERVICE_STATE_", "").toLowerCase(), status.getCommandsSent(),
                    status.getEntitiesCount());
        }
        table.print(System.out);
    }

    @Command(name = "apply", description = "Apply a service, from flags or from a JSON or YAML file (--file).")
    static final class Apply implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Option(names = "--file", paramLabel = "FILE", description = "the service spec as JSON or YAML (.yaml, .yml)")
        Path file;

        @Option(names = "--serial", paramLabel = "SERIAL")
        String serial;

        @Option(names = "--name", paramLabel = "NAME")
        String name;

        @Option(names = "--uni", defaultValue = "1")
        int uni;

        @Option(names = "--alloc-id", paramLabel = "ID")
        int allocId;

        @Option(names = "--cir", paramLabel = "KBPS", defaultValue = "0")
        int cir;

        @Option(names = "--pir", paramLabel = "KBPS", defaultValue = "100000")
        int pir;

        @Option(names = "--gem", paramLabel = "PORT:PBITS[:QUEUE]",
                description = "a GEM port, its p-bits and queue: 1024:0,1,2,3:0 (repeatable)")
        List<String> gems = List.of();

        @Option(names = "--vlan-mode", paramLabel = "MODE", defaultValue = "untagged",
                description = "untagged, single, double or translated")
        String mode;

        @Option(names = "--c-vlan", defaultValue = "0")
        int cVlan;

        @Option(names = "--s-vlan", defaultValue = "0")
        int sVlan;

        @Option(names = "--vlan-pbits", defaultValue = "0")
        int vlanPbits;

        @Option(names = "--match-vlan", defaultValue = "0")
        int matchVlan;

        @Override
        public Integer call() throws Exception {
            ServiceSpec spec = file != null ? fromFile(file) : fromFlags();
            return client.run(channel -> print(client, List.of(client.deadline(ProvisioningServiceGrpc
                    .newBlockingStub(channel)).applyService(spec))));
        }

        private ServiceSpec fromFlags() {
            ServiceSpec.Builder spec = ServiceSpec.newBuilder().setSerialNumber(serial == null ? "" : serial)
                    .setName(name == null ? "" : name).setUni(uni)
                    .setUpstream(Upstream.newBuilder().setAllocId(allocId).setCirKbps(cir).setPirKbps(pir));
            for (String gem : gems) {
                String[] parts = gem.split(":");
                GemPort.Builder port = GemPort.newBuilder().setPortId(Integer.parseInt(parts[0]));
                if (parts.length > 1) {
                    Arrays.stream(parts[1].split(",")).map(String::trim).map(Integer::parseInt).forEach(port::addPbits);
                }
                if (parts.length > 2) {
                    port.setQueue(Integer.parseInt(parts[2]));
                }
                spec.addGemPorts(port);
            }
            VlanTreatment.Mode vlanMode = switch (mode.toLowerCase()) {
                case "untagged" -> VlanTreatment.Mode.UNTAGGED;
                case "single" -> VlanTreatment.Mode.SINGLE_TAGGED;
                case "double" -> VlanTreatment.Mode.DOUBLE_TAGGED;
                case "translated" -> VlanTreatment.Mode.TRANSLATED;
                default -> throw new IllegalArgumentException("VLAN mode: " + mode
                        + " (expected: untagged, single, double or translated)");
            };
            return spec.setVlan(VlanTreatment.newBuilder().setMode(vlanMode).setCVlan(cVlan).setSVlan(sVlan)
                    .setPbits(vlanPbits).setMatchVlan(matchVlan)).build();
        }
    }

    /** A spec file: JSON as the API's JSON mapping has it, or the same structure in YAML. */
    static ServiceSpec fromFile(Path file) throws Exception {
        String text = Files.readString(file);
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            text = new Gson().toJson(tree);
        }
        ServiceSpec.Builder spec = ServiceSpec.newBuilder();
        JsonFormat.parser().merge(text, spec);
        return spec.build();
    }

    @Command(name = "remove", description = "Remove a service and everything it created.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(index = "0", paramLabel = "SERIAL")
        String serial;

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> print(client, List.of(client.deadline(ProvisioningServiceGrpc
                    .newBlockingStub(channel)).removeService(ServiceRef.newBuilder().setSerialNumber(serial)
                    .setName(name).build()))));
        }
    }

    @Command(name = "list", description = "List services, of one ONU or of all.")
    static final class ListServices implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(paramLabel = "SERIAL", arity = "0..1")
        String serial;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> print(client, client.deadline(ProvisioningServiceGrpc
                    .newBlockingStub(channel)).listServices(ListServicesRequest.newBuilder()
                    .setSerialNumber(serial == null ? "" : serial).build()).getServicesList()));
        }
    }
}
