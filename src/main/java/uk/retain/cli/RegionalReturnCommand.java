package uk.retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.region.RegionalReturn;
import uk.retain.region.SweHashes;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;

/**
 * Writes a council's regional return (docs/regional-return.md) from a bundle, reading it directly: aggregates and
 * keyed hashes only, the SWE numbers hashed with the region's key, which is read from its file and written nowhere.
 */
@Command(name = "regional-return", mixinStandardHelpOptions = true,
        description = "Write the council's regional return (aggregates and keyed hashes, docs/regional-return.md) of a bundle on a reference date.")
final class RegionalReturnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the reference date, e.g. 2026-09-30")
    LocalDate date;

    @Option(names = "--key-file", required = true, paramLabel = "FILE",
            description = "the region's key for the hashes of SWE numbers: a file of at least 32 bytes")
    Path keyFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the return's file to write (JSON)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SweHashes hashes;
        try {
            hashes = SweHashes.fromFile(keyFile);
        } catch (IOException | IllegalArgumentException e) {
            err.println(keyFile + ": " + (e instanceof IOException ? "cannot be read (" + e.getMessage() + ")" : e.getMessage()));
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        RegionalReturn regionalReturn;
        try {
            regionalReturn = Bundles.read(bundle, register -> RegionalReturn.of(register, date, hashes));
        } catch (InvalidBundleException e) {
            err.println(e.report());
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        if (regionalReturn.regionCode() == null) {
            err.println(bundle + ": the authority has no region_code, so it has no region to make a return to");
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        Files.writeString(out, regionalReturn.text(), StandardCharsets.UTF_8);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote " + out + ": the regional return of " + regionalReturn.laCode() + " on " + date + ", "
                + regionalReturn.events().size() + " events.");
        stdout.flush();
        return 0;
    }
}
