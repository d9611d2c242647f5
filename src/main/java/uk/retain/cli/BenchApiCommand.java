package uk.retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Register;

/**
 * Times one measures call through the REST API on a register already imported (the target: under 20 ms
 * median on the 3,000-worker council), with the server in this JVM on loopback.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Time GET /api/v1/authorities/{la}/measures on an imported register and print the figures.")
final class BenchApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--bundle", paramLabel = "PATH", description = "a bundle to import (default: the benchmark council)")
    Path bundle;

    @Option(names = "--date", defaultValue = "2025-09-30", paramLabel = "YYYY-MM-DD", description = "the reference date (default 2025-09-30)")
    LocalDate date;

    @Option(names = "--calls", defaultValue = "200", paramLabel = "N", description = "timed calls (default 200) after 50 warm-up calls")
    int calls;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Register register;
        try {
            register = bundle == null ? DemoCouncil.bench() : Bundles.read(bundle);
        } catch (InvalidBundleException e) {
            spec.commandLine().getErr().println(e.report());
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        if (calls < 1) {
            spec.commandLine().getErr().println("retain: --calls must be at least 1");
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        out.printf("Register: %s, %,d workers, %,d cases, %,d allocations%n", register.authority().name(),
                register.workers().size(), register.cases().size(), register.allocations().size());
        out.flush();
        ApiBench.Figures figures = ApiBench.measure(bench.application(), register, date, 50, calls);
        out.printf("Import into H2: %,d ms%n", figures.importMillis());
        out.printf("GET measures?date=%s over HTTP on loopback, %d calls: median %.2f ms, 95th percentile %.2f ms, min %.2f ms%n",
                date, figures.calls(), figures.median(), figures.p95(), figures.min());
        out.printf("Target: median under 20 ms: %s%n", figures.median() < 20 ? "met" : "NOT met");
        out.flush();
        return 0;
    }
}
