package io.omcid.agent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The olt-agent command line: one jar, one subcommand per task. */
@Command(name = "olt-agent", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "OLT-side ITU-T G.988 OMCI management daemon and tools.",
        subcommands = {ServeCommand.class, OnuCommand.class, EntityCommand.class, ServiceCommand.class,
            AlarmsCommand.class, CaptureCommand.class, DecodeCommand.class, TraceCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args);
        Logs.drain();
        System.exit(code);
    }

    /** Runs a command line and gives its exit code; used by tests too. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        // a failed call prints its status, not a stack trace
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof io.grpc.StatusRuntimeException status) {
                line.getErr().println("error: " + status.getStatus().getCode() + ": "
                        + status.getStatus().getDescription());
                return 3;
            }
            if (e instanceof IllegalArgumentException) {
                line.getErr().println("error: " + e.getMessage());
                return 2;
            }
            if (e instanceof java.io.IOException) {
                // a port taken, a directory not writable: the reason is the message
                line.getErr().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"olt-agent " + (version == null ? "development" : version)};
        }
    }
}
