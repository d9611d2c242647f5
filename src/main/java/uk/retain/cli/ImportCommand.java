package uk.retain.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Imports a bundle into the configured database (placeholder until the register store lands). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a bundle into the configured database, replacing that authority's data.")
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not built yet");
    }
}
