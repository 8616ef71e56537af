package io.omcid.agent.cli;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** The end of logging: the daemon's lines go through a queue, and a process must not exit before they are out. */
final class Logs {

    private Logs() {
    }

    /** Writes what is queued and stops logging; the last call of a process. */
    static void drain() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof ch.qos.logback.classic.LoggerContext context) {
            context.stop();
        }
    }
}
