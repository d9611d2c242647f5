package uk.retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.demo.CouncilSize;
import uk.retain.demo.DemoCareers;
import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Register;

/** Writes the demo council as a bundle folder, which any other command (or an import) can then read. */
@Command(name = "demo-bundle", mixinStandardHelpOptions = true,
        description = "Write the demo council (la_code 999, Exampleshire) as a bundle folder.")
final class DemoBundleCommand implements Callable<Integer> {

    enum Size { demo, bench }

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "the folder to write: created if needed, and it must be empty")
    Path out;

    @Option(names = "--size", defaultValue = "demo", paramLabel = "demo|bench",
            description = "demo: about 250 social workers, Oct 2022 to Oct 2026 (default); "
                    + "bench: about 3,000 social workers and 60,000 cases, Oct 2022 to Sep 2025")
    Size size;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("retain: " + out + " exists and is not a folder: choose a new folder for the bundle");
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        if (Files.isDirectory(out) && !isEmpty(out)) {
            // Never mix the demo's files with someone else's, nor overwrite a real bundle.
            err.println("retain: " + out + " already exists and is not empty: choose a new folder, or empty this one first");
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        CouncilSize council = size == Size.bench ? CouncilSize.BENCH : CouncilSize.DEMO;
        // The demo council's careers records as the loaded demo holds them; the bench council has none.
        Register register = size == Size.bench ? DemoCouncil.generate(council) : DemoCareers.withCareers(DemoCouncil.generate(council));
        BundleWriter.writeFolder(register, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Wrote %s (la_code %s) to %s: %d teams, %d workers, %d employment rows, %d posts, %d absences, "
                        + "%d cases, %d allocations, %d supervisions, %s to %s.%n",
                register.authority().name(), register.authority().laCode(), out, register.teams().size(),
                register.workers().size(), register.employments().size(), register.posts().size(),
                register.absences().size(), register.cases().size(), register.allocations().size(),
                register.supervisions().size(), council.historyStart(), council.historyEnd());
        List<String> capability = new ArrayList<>();
        for (BundleFileType<?> type : BundleWriter.capabilityFilesOf(register)) {
            capability.add(type.fileName() + " " + register.capabilityFiles().get(type.fileName()).size());
        }
        if (!capability.isEmpty()) {
            stdout.println("Rows of its capability files: " + String.join(", ", capability) + ".");
        }
        stdout.flush();
        return 0;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
