package uk.retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.retain.people.AuditTrail;
import uk.retain.people.AuditTrail.Action;
import uk.retain.web.UploadedFileName;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Registers.StoredRegister;

/** Imports a bundle into the configured database, replacing that authority's register whole. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a bundle into the configured database, replacing that authority's data atomically.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RetainCommand retain;

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

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
            AuditTrail audit = context.getBean(AuditTrail.class);
            String by = "command line (" + System.getProperty("user.name", "unknown") + ")";
            // The import and its audit record commit together, or neither does.
            StoredRegister stored = context.getBean(Registers.class).replace(register, version -> audit.record(by,
                    register.authority().laCode(), Action.IMPORT, "bundle", UploadedFileName.of(bundle.toString(), "bundle"),
                    "version " + version));
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
