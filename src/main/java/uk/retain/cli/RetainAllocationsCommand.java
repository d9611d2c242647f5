package uk.retain.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.workforce.AllocationProvenance;
import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Registers;

/**
 * Writes the allocations made or ended in Retain since a day as an allocations.csv of the bundle format, read from
 * the configured database (as {@code import} writes it), for the case management system to catch up.
 */
@Command(name = "retain-allocations", mixinStandardHelpOptions = true,
        description = "Write the allocations made or ended in Retain since a date, from the configured database, as an"
                + " allocations.csv of the bundle format for the case management system.")
final class RetainAllocationsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RetainCommand retain;

    @Option(names = "--since", required = true, paramLabel = "YYYY-MM-DD",
            description = "the first day (from its start in England) of the allocations made or ended in Retain")
    LocalDate since;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write; it must not exist yet")
    Path out;

    @Option(names = "--la", paramLabel = "LA_CODE",
            description = "the authority; needed only when the database holds more than one")
    String laCode;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out)) {
            // Never overwrite a file: it may be a bundle's own allocations.csv.
            err.println("retain: " + out + " already exists: choose a new file");
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        SpringApplication application = new SpringApplication(retain.application());
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run("--logging.level.root=warn")) {
            Registers registers = context.getBean(Registers.class);
            List<String> held = registers.authorities().stream().map(Authority::laCode).toList();
            String la = laCode != null ? laCode : held.size() == 1 ? held.get(0) : null;
            if (la == null || !held.contains(la)) {
                err.println("retain: " + (la == null ? "the database holds " + (held.isEmpty() ? "no authority" : "authorities "
                        + String.join(", ", held) + ": name one with --la") : "the database holds no authority " + la));
                err.flush();
                return RetainCommand.EXIT_INVALID_INPUT;
            }
            Clock clock = context.getBean(Clock.class);
            List<AllocationProvenance> changed = registers.changedInRetainSince(la, since.atStartOfDay(clock.getZone()).toInstant());
            try (OutputStream file = Files.newOutputStream(out, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                BundleWriter.writeAllocations(changed.stream().map(AllocationProvenance::allocation).toList(), file);
            }
            String by = "command line (" + System.getProperty("user.name", "unknown") + ")";
            context.publishEvent(new Audited(by, la, Action.EXPORT, "allocations", BundleFile.ALLOCATIONS.fileName(),
                    "made or ended in Retain since " + since + ": " + changed.size() + " row(s)"));
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf("Wrote %d allocation(s) made or ended in Retain since %s for %s to %s.%n", changed.size(), since, la, out);
            stdout.flush();
        }
        return 0;
    }
}
