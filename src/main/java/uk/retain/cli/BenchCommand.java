package uk.retain.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Benchmarks (placeholder until the generator lands). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark and print its figures.")
final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not built yet");
    }
}
