package uk.retain.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the demo council as a bundle (placeholder until the generator lands). */
@Command(name = "demo-bundle", mixinStandardHelpOptions = true,
        description = "Write the demo council (la_code 999, Exampleshire) as a bundle folder.")
final class DemoBundleCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write")
    Path out;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not built yet");
    }
}
