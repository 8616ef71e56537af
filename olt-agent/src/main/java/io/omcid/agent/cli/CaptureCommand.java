package io.omcid.agent.cli;

import io.omcid.api.v1.CaptureServiceGrpc;
import io.omcid.api.v1.CaptureStatus;
import io.omcid.api.v1.CaptureTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** Capture of OMCI frames to pcapng, switched on and off while the daemon runs. */
@Command(name = "capture", mixinStandardHelpOptions = true, description = "Capture ONUs' OMCI frames to pcapng.",
        subcommands = {CaptureCommand.Start.class, CaptureCommand.Stop.class, CaptureCommand.Status.class})
final class CaptureCommand {

    static void print(ClientOptions client, CaptureStatus status) throws Exception {
        if (client.json) {
            client.printJson(System.out, status);
            return;
        }
        new Table("CAPTURING", "FILE", "FRAMES", "DROPPED")
                .row(status.getAll() ? "all ONUs" : status.getSerialNumbersCount() == 0 ? "nothing"
                        : String.join(",", status.getSerialNumbersList()), status.getFile().isEmpty() ? "-"
                        : status.getFile(), status.getFramesWritten(), status.getFramesDropped())
                .print(System.out);
    }

    @Command(name = "start", description = "Capture one ONU, or all when no serial number is given.")
    static final class Start implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(paramLabel = "SERIAL", arity = "0..1")
        String serial;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> print(client, client.deadline(CaptureServiceGrpc.newBlockingStub(channel))
                    .startCapture(CaptureTarget.newBuilder().setSerialNumber(serial == null ? "" : serial).build())));
        }
    }

    @Command(name = "stop", description = "Stop capturing one ONU, or all.")
    static final class Stop implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Parameters(paramLabel = "SERIAL", arity = "0..1")
        String serial;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> print(client, client.deadline(CaptureServiceGrpc.newBlockingStub(channel))
                    .stopCapture(CaptureTarget.newBuilder().setSerialNumber(serial == null ? "" : serial).build())));
        }
    }

    @Command(name = "status", description = "What is captured, and where.")
    static final class Status implements Callable<Integer> {
        @Mixin
        ClientOptions client;

        @Override
        public Integer call() throws Exception {
            return client.run(channel -> print(client, client.deadline(CaptureServiceGrpc.newBlockingStub(channel))
                    .getCaptureStatus(CaptureTarget.getDefaultInstance())));
        }
    }
}
