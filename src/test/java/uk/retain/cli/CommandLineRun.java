package uk.retain.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** The command line run as a user runs it, keeping what it printed on stdout and on stderr. */
final class CommandLineRun {

    private final Class<?> application;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A run of the commands that need no Spring application ({@code measures}, {@code allocate}, ...). */
    CommandLineRun() {
        this(Object.class);
    }

    /** A run of the commands that start {@code application} (such as {@code import}). */
    CommandLineRun(Class<?> application) {
        this.application = application;
    }

    /** The exit code of the command line with {@code args}. */
    int run(String... args) {
        CommandLine commandLine = RetainCommand.commandLine(application);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
