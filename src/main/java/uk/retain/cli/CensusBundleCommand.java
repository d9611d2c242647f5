package uk.retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.census.CensusStarts;
import uk.retain.census.CensusStarts.CensusStart;
import uk.retain.census.CensusStarts.StartNote;
import uk.retain.census.CensusXmlReader;
import uk.retain.census.InvalidReturnException;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;

/**
 * Writes the starting bundle of a census return (decision 0035), for a council with no register yet: a return that
 * cannot be read, or has no authority or date, exits 2 with {@code file:line: column: message} and writes nothing;
 * otherwise the bundle is written and what it could not carry (records left out, values defaulted, the schema's
 * errors) is said on standard error, each at the return's line.
 */
@Command(name = "census-bundle", mixinStandardHelpOptions = true,
        description = "Write the starting bundle of a census return (CSWW XML): its authority, workers and their employments.")
final class CensusBundleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--return", required = true, paramLabel = "FILE", description = "the census return, CSWW XML")
    Path census;

    @Option(names = "--out", required = true, paramLabel = "DIR|ZIP",
            description = "a new (or empty) folder, or a .zip file, to write the bundle to")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String name = census.getFileName().toString();
        boolean zip = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        String refusal = zip ? (Files.exists(out) ? "retain: " + out + " already exists: choose a new .zip file" : null)
                : Files.exists(out) && !Files.isDirectory(out) ? "retain: " + out + " exists and is not a folder: choose a new folder for the bundle"
                : Files.isDirectory(out) && !isEmpty(out) ? "retain: " + out + " already exists and is not empty: choose a new folder, or empty this one first"
                : null;
        if (refusal != null) {
            err.println(refusal);
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        CensusXmlReader.Read read;
        try {
            read = CensusXmlReader.read(Files.readAllBytes(census));
        } catch (IOException e) {
            err.println(new Problem(name, 0, "-", "cannot be read: " + e.getMessage()));
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        } catch (InvalidReturnException e) {
            err.println(new Problem(name, e.line(), "-", e.getMessage()));
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        CensusStart start = CensusStarts.of(read);
        ResourceBundle words = ResourceBundle.getBundle("messages", Locale.UK);
        if (start.refused()) {
            for (StartNote note : start.notes()) {
                err.println(problem(name, note, words));
            }
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        Register register = start.register();
        if (zip) {
            BundleWriter.writeZip(register, out);
        } else {
            BundleWriter.writeFolder(register, out);
        }
        // The bundle is a start: what it could not carry is said, each at the return's line, not kept back.
        for (CensusXmlReader.RecordError error : read.unreadable()) {
            err.println("warning: " + new Problem(name, error.line(), "-", error.message()));
        }
        for (CensusXmlReader.RecordError error : read.schemaErrors()) {
            err.println("warning: " + new Problem(name, error.line(), "-", "the 2022 schema: " + error.message()));
        }
        for (StartNote note : start.notes()) {
            err.println("warning: " + problem(name, note, words));
        }
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Wrote the starting bundle of authority %s to %s: %d workers and their employment rows from %d records "
                + "(%d left out), in one team to rename or replace; history from %s.%n", register.authority().laCode(), out,
                register.workers().size(), read.census().workers().size(), start.recordsLeftOut(), register.authority().historyFrom());
        stdout.flush();
        return 0;
    }

    private static Problem problem(String name, StartNote note, ResourceBundle words) {
        String message = words.getString("census.start.issue." + note.issue().code());
        if (note.record() > 0) {
            message += " (record " + note.record() + (note.sweNumber() == null ? "" : ", " + note.sweNumber()) + ")";
        }
        return new Problem(name, note.line(), note.issue().field(), message);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
