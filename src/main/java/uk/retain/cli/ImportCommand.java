package uk.retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.web.UploadedFileName;
import uk.retain.workforce.AllocationProvenance;
import uk.retain.workforce.RecordedRow;
import uk.retain.workforce.RecordedSupervision;
import uk.retain.workforce.ReplaceRetain;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.ImportPreview;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Register;
import uk.retain.workforce.RegisterChangedException;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Registers.StoredRegister;

/**
 * Imports a bundle into the configured database, replacing that authority's register whole; refused when the bundle
 * lacks allocations made in Retain since the last import, unless {@code --replace-retain-allocations}, and likewise
 * supervision sessions ({@code --replace-retain-supervisions}) and rows of capability files recorded on Retain's pages
 * ({@code --replace-retain-records}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a bundle into the configured database, replacing that authority's data atomically. A bundle"
                + " without the allocations made in Retain since the last import is refused (exit 3, each one listed)"
                + " unless --replace-retain-allocations is given; likewise supervision sessions (--replace-retain-supervisions)"
                + " and rows recorded on Retain's pages, such as exit interviews (--replace-retain-records).")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RetainCommand retain;

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

    @Option(names = "--replace-retain-allocations",
            description = "import even when the bundle lacks allocations made in Retain since the last import, ending them")
    boolean replaceRetainAllocations;

    @Option(names = "--replace-retain-supervisions",
            description = "import even when the bundle lacks supervision sessions recorded in Retain since the last import, dropping them")
    boolean replaceRetainSupervisions;

    @Option(names = "--replace-retain-records",
            description = "import even when the bundle lacks rows recorded on Retain's pages since the last import (exit"
                    + " interviews, CPD activities, retention payments), dropping them")
    boolean replaceRetainRecords;

    @Override
    public Integer call() {
        // Check the bundle before touching the database: a bad bundle costs nothing and changes nothing.
        Register register;
        try {
            register = Bundles.read(bundle);
        } catch (InvalidBundleException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.report());
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        SpringApplication application = new SpringApplication(retain.application());
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run("--logging.level.root=warn")) {
            ApplicationEventPublisher events = context;
            String by = "command line (" + System.getProperty("user.name", "unknown") + ")";
            Registers registers = context.getBean(Registers.class);
            String name = UploadedFileName.of(bundle.toString(), "bundle");
            StoredRegister stored = null;
            for (int attempt = 0; stored == null && attempt < 3; attempt++) {
                ImportPreview preview = registers.preview(register);
                int ended = preview.retainAllocationsEnded().size();
                int dropped = preview.retainSupervisionsDropped().size();
                if (dropped > 0 && !replaceRetainSupervisions) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.printf("retain: the bundle does not have %d supervision session(s) recorded in Retain since the last"
                            + " import; importing it would drop them, so nothing was imported:%n", dropped);
                    for (RecordedSupervision recorded : preview.retainSupervisionsDropped()) {
                        err.printf("  %s (%s): %s session on %s, %d minutes, recorded by %s at %s%n",
                                preview.workerName(recorded.session().workerId()), recorded.session().workerId(),
                                recorded.session().kind().code(), recorded.session().date(), recorded.session().minutes(),
                                recorded.recordedBy(), recorded.recordedAt());
                    }
                    err.println("Give them to the case management system (GET /api/v1/authorities/{la_code}/supervisions.csv)"
                            + " and export the bundle again, or import with --replace-retain-supervisions.");
                    err.flush();
                    events.publishEvent(new Audited(by, register.authority().laCode(), Action.IMPORT, "bundle", name,
                            "refused: would drop " + dropped + " supervision session(s) recorded in Retain"));
                    return RetainCommand.EXIT_REFUSED;
                }
                if (preview.dropsRetainRows() && !replaceRetainRecords) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.printf("retain: the bundle does not have %d row(s) recorded in Retain since the last import;"
                            + " importing it would drop them, so nothing was imported:%n", preview.retainRowsDropped().size());
                    for (RecordedRow recorded : preview.retainRowsDropped()) {
                        err.printf("  %s: %s, recorded by %s at %s%n", recorded.fileName(), recorded.byColumn(preview.current()),
                                recorded.recordedBy(), recorded.recordedAt());
                    }
                    err.println("Give them to the system the bundle comes from (GET /api/v1/authorities/{la_code}/bundle.zip"
                            + " carries them) and export the bundle again, or import with --replace-retain-records.");
                    err.flush();
                    events.publishEvent(new Audited(by, register.authority().laCode(), Action.IMPORT, "bundle", name,
                            "refused: would " + preview.lostUnconfirmed(new ReplaceRetain(true, true, false))));
                    return RetainCommand.EXIT_REFUSED;
                }
                if (ended > 0 && !replaceRetainAllocations) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.printf("retain: the bundle does not have %d allocation(s) made in Retain since the last import;"
                            + " importing it would end them, so nothing was imported:%n", ended);
                    for (AllocationProvenance made : preview.retainAllocationsEnded()) {
                        err.printf("  case %s: %s (%s), %s from %s, made by %s at %s%n", made.allocation().caseId(),
                                preview.workerName(made.allocation().workerId()), made.allocation().workerId(),
                                made.allocation().role().code(), made.allocation().startDate(), made.madeBy(), made.madeAt());
                    }
                    err.println("Give them to the case management system (retain-allocations --since ...) and export the"
                            + " bundle again, or import with --replace-retain-allocations.");
                    err.flush();
                    events.publishEvent(new Audited(by, register.authority().laCode(), Action.IMPORT, "bundle", name,
                            "refused: would end " + ended + " allocation(s) made in Retain"));
                    return RetainCommand.EXIT_REFUSED;
                }
                try {
                    // The import and its audit record commit together, or neither does; and only on the register checked.
                    String removed = preview.removedForAudit();
                    stored = registers.replace(register, preview.version(), version -> events.publishEvent(new Audited(by,
                            register.authority().laCode(), Action.IMPORT, "bundle", name, "version " + version + removed)));
                } catch (RegisterChangedException e) {
                    // An allocation was made while checking: check again.
                }
            }
            if (stored == null) {
                throw new IllegalStateException("allocations kept arriving while importing; nothing was imported, try again");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Imported %s (%s), version %d: %d teams, %d workers, %d employments, %d cases, %d allocations.%n",
                    register.authority().name(), register.authority().laCode(), stored.version(),
                    register.teams().size(), register.workers().size(), register.employments().size(),
                    register.cases().size(), register.allocations().size());
            out.flush();
        }
        return 0;
    }
}
