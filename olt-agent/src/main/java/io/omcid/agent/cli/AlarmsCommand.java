package io.omcid.agent.cli;

import io.omcid.api.v1.ActiveAlarm;
import io.omcid.api.v1.AlarmEvent;
import io.omcid.api.v1.AlarmServiceGrpc;
import io.omcid.api.v1.ListAlarmsRequest;
import io.omcid.api.v1.SimulatedAlarm;
import io.omcid.api.v1.SimulatorServiceGrpc;
import io.omcid.api.v1.WatchAlarmsRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.Callable;

/** Alarms: list the active ones, watch raises and clears. */
@Command(name = "alarms", mixinStandardHelpOptions = true, description = "Alarms of the ONUs.",
        subcommands = {AlarmsCommand.ListAlarms.class, AlarmsCommand.Watch.class, AlarmsCommand.SimAlarm.class})
final class AlarmsCommand {

    @Command(name = "list", description = "Active alarms, of one ONU or of all.")
    static final class ListAlarms implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(paramLabel = "SERIAL", arity = "0..1")
        String serial;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> {
                var response = client.deadline(AlarmServiceGrpc.newBlockingStub(channel)).listAlarms(
                        ListAlarmsRequest.newBuilder().setSerialNumber(serial == null ? "" : serial).build());
                if (client.json) {
                    for (ActiveAlarm alarm : response.getAlarmsList()) {
                        client.printJson(System.out, alarm);
                    }
                    return;
                }
                Table table = new Table("SERIAL", "CLASS", "INSTANCE", "NAME", "ALARM");
                for (ActiveAlarm alarm : response.getAlarmsList()) {
                    table.row(alarm.getSerialNumber(), alarm.getClassId(), alarm.getInstance(), alarm.getClassName(),
                            alarm.getAlarm());
                }
                table.print(System.out);
            });
        }
    }

    @Command(name = "watch", description = "Follow alarm raises and clears; resume after an event id with --after.")
    static final class Watch implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Option(names = "--after", paramLabel = "ID", defaultValue = "0", description = "resume after this event id")
        long after;

        @Option(names = "--serial", paramLabel = "SERIAL", description = "only this ONU")
        String serial;

        @Option(names = "--count", paramLabel = "N", description = "stop after N events")
        Long count;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> {
                Iterator<AlarmEvent> events = AlarmServiceGrpc.newBlockingStub(channel).watchAlarms(WatchAlarmsRequest
                        .newBuilder().setAfterEventId(after).setSerialNumber(serial == null ? "" : serial).build());
                long seen = 0;
                while ((count == null || seen < count) && events.hasNext()) {
                    AlarmEvent event = events.next();
                    seen++;
                    if (client.json) {
                        client.printJson(System.out, event);
                    } else {
                        System.out.printf("%d %s %s %d/%d alarm %d %s%s%n", event.getEventId(),
                                Instant.ofEpochSecond(event.getTime().getSeconds(), event.getTime().getNanos()),
                                event.getSerialNumber(), event.getClassId(), event.getInstance(), event.getAlarm(),
                                event.getRaised() ? "raised" : "cleared",
                                event.getHistoryTruncated() ? " (earlier events left the history)" : "");
                    }
                    System.out.flush();
                }
            });
        }
    }

    /** Raise or clear an alarm on a simulated ONU. */
    @Command(name = "sim-alarm", description = "Raise or clear an alarm on a simulated ONU (simulated PON only).")
    static final class SimAlarm implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(index = "0", paramLabel = "SERIAL")
        String serial;

        @Parameters(index = "1", paramLabel = "CLASS")
        int classId;

        @Parameters(index = "2", paramLabel = "INSTANCE")
        int instance;

        @Parameters(index = "3", paramLabel = "ALARM")
        int alarm;

        @Option(names = "--clear", description = "clear instead of raise")
        boolean clear;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> {
                client.deadline(SimulatorServiceGrpc.newBlockingStub(channel)).setAlarm(SimulatedAlarm.newBuilder()
                        .setSerialNumber(serial).setClassId(classId).setInstance(instance).setAlarm(alarm)
                        .setRaised(!clear).build());
                System.out.println(serial + ": alarm " + alarm + " of " + classId + "/" + instance
                        + (clear ? " cleared" : " raised"));
            });
        }
    }
}
