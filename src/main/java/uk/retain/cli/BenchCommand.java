package uk.retain.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Benchmarks: each sub-command runs one and prints its figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark and print its figures.",
        subcommands = {BenchMeasuresCommand.class, BenchParseOnlyCommand.class, BenchApiCommand.class,
            BenchAllocateCommand.class, BenchLoadCommand.class, BenchNodeCommand.class, BenchPagesCommand.class, BenchStartCommand.class,
            BenchNationalCommand.class, BenchForecastCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RetainCommand retain;

    /** The application a benchmark that needs the server starts. */
    Class<?> application() {
        return retain.application();
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("retain: name a benchmark, e.g. 'bench measures'.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return RetainCommand.EXIT_INVALID_INPUT;
    }
}
