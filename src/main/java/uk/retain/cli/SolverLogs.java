package uk.retain.cli;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The solver's log lines, which Logback's default set-up (no Spring Boot to configure it in a command) would print
 * on standard output, among a command's JSON.
 */
final class SolverLogs {

    private SolverLogs() {
    }

    /** No solver log lines at all: standard output carries only the command's answer. */
    static void off() {
        level(Level.OFF);
    }

    /** Only the solver's warnings and errors. */
    static void warningsOnly() {
        level(Level.WARN);
    }

    private static void level(Level level) {
        if (LoggerFactory.getLogger("ai.timefold") instanceof Logger logger) {
            logger.setLevel(level);
        }
    }
}
