package io.omcid.agent.cli;

import io.omcid.api.v1.ListOnusRequest;
import io.omcid.api.v1.Onu;
import io.omcid.api.v1.OnuRef;
import io.omcid.api.v1.OnuServiceGrpc;
import io.omcid.api.v1.RebootOnuRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** ONUs: list, show, reboot, resync. */
@Command(name = "onu", mixinStandardHelpOptions = true, description = "ONUs of the daemon.",
        subcommands = {OnuCommand.ListOnus.class, OnuCommand.Show.class, OnuCommand.Reboot.class,
            OnuCommand.Resync.class})
final class OnuCommand {

    static String state(Onu onu) {
        return onu.getState().name().replace("ONU_STATE_", "").toLowerCase();
    }

    @Command(name = "list", description = "List ONUs.")
    static final class ListOnus implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Option(names = "--pon", paramLabel = "PORT", description = "only this PON port")
        Integer pon;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> {
                ListOnusRequest.Builder request = ListOnusRequest.newBuilder();
                if (pon != null) {
                    request.setPonPort(pon);
                }
                var response = client.deadline(OnuServiceGrpc.newBlockingStub(channel)).listOnus(request.build());
                if (client.json) {
                    for (Onu onu : response.getOnusList()) {
                        client.printJson(System.out, onu);
                    }
                    return;
                }
                Table table = new Table("PON", "ONU", "SERIAL", "STATE", "EQUIPMENT", "SOFTWARE", "SET", "MDS", "MES");
                for (Onu onu : response.getOnusList()) {
                    table.row(onu.getPonPort(), onu.getOnuId(), onu.getSerialNumber(), state(onu),
                            onu.getEquipmentId(), onu.getSoftwareVersionsCount() == 0 ? "" : onu.getSoftwareVersions(0),
                            onu.getMessageSet().name().replace("MESSAGE_SET_", "").toLowerCase(),
                            onu.getMibDataSync(), onu.getManagedEntities());
                }
                table.print(System.out);
            });
        }
    }

    @Command(name = "show", description = "Show one ONU.")
    static final class Show implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(paramLabel = "SERIAL")
        String serial;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> {
                Onu onu = client.deadline(OnuServiceGrpc.newBlockingStub(channel))
                        .getOnu(OnuRef.newBuilder().setSerialNumber(serial).build());
                if (client.json) {
                    client.printJson(System.out, onu);
                    return;
                }
                Table table = new Table("FIELD", "VALUE");
                table.row("serial number", onu.getSerialNumber()).row("PON port", onu.getPonPort())
                        .row("ONU id", onu.getOnuId()).row("state", state(onu)).row("vendor", onu.getVendorId())
                        .row("equipment id", onu.getEquipmentId())
                        .row("software", String.join(", ", onu.getSoftwareVersionsList()))
                        .row("message set", onu.getMessageSet().name().replace("MESSAGE_SET_", "").toLowerCase())
                        .row("MIB data sync", onu.getMibDataSync()).row("managed entities", onu.getManagedEntities())
                        .row("last audit", onu.hasLastAudit() ? java.time.Instant.ofEpochSecond(
                                onu.getLastAudit().getSeconds()).toString() : "never");
                table.print(System.out);
            });
        }
    }

    @Command(name = "reboot", description = "Reboot an ONU.")
    static final class Reboot implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(paramLabel = "SERIAL")
        String serial;

        @Option(names = "--condition", defaultValue = "0", description = "0 now, 1-3 unless calls are up")
        int condition;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> {
                var result = client.deadline(OnuServiceGrpc.newBlockingStub(channel)).rebootOnu(
                        RebootOnuRequest.newBuilder().setSerialNumber(serial).setCondition(condition).build());
                System.out.println(client.json ? com.google.protobuf.util.JsonFormat.printer()
                        .omittingInsignificantWhitespace().print(result) : serial + ": reboot "
                                + result.getResultName());
            });
        }
    }

    @Command(name = "resync", description = "Audit an ONU now: MIB data sync, upload if it differs, alarms.")
    static final class Resync implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(paramLabel = "SERIAL")
        String serial;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> {
                client.deadline(OnuServiceGrpc.newBlockingStub(channel)).resyncOnu(OnuRef.newBuilder()
                        .setSerialNumber(serial).build());
                System.out.println(client.json ? "{}" : serial + ": resynchronising");
            });
        }
    }
}
