package io.omcid.agent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Trace file tools. */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Work with OMCI trace files.",
        subcommands = {TraceConvertCommand.class, TraceDiffCommand.class})
final class TraceCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
