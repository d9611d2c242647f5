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
import uk.retain.workforce.Registers;

/**
 * Builds the national-scale database ({@link NationalCouncils}: 153 councils, about 40,000 social workers in post and
 * 400,000 open cases, five years) on PostgreSQL: RETAIN_DB_URL's, or the embedded one {@code bench load} uses.
 * Councils already there are kept, so an interrupted build goes on where it stopped.
 */
@Command(name = "national", mixinStandardHelpOptions = true,
        description = "Generate the national-scale database (153 councils, five years) on PostgreSQL.")
final class BenchNationalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--councils", defaultValue = "153", description = "how many councils (default 153)")
    int councils;

    @Option(names = "--pg-data", paramLabel = "DIR", description = "the embedded PostgreSQL's data directory (default: retain-bench-pg in the temporary folder)")
    Path pgData;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (councils < 1 || councils > 153) {
            spec.commandLine().getErr().println("retain: --councils is 1 to 153");
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        Path data = pgData != null ? pgData : Path.of(System.getProperty("java.io.tmpdir"), "retain-bench-pg");
        try (BenchPostgres database = BenchPostgres.open("retain_national", data)) {
            out.printf("Database: %s%n", database.description);
            out.flush();
            SpringApplication application = new SpringApplication(bench.application());
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setLogStartupInfo(false);
            try (ConfigurableApplicationContext context = application.run("--spring.datasource.url=" + database.url,
                    "--spring.datasource.username=" + database.user, "--spring.datasource.password=" + database.password,
                    "--retain.demo.load=never", "--logging.level.root=warn")) {
                long started = System.nanoTime();
                NationalCouncils.Totals totals = NationalCouncils.build(context.getBean(Registers.class), councils, out);
                if (totals != null) {
                    out.printf("Built %d councils in %.0f s: %,d workers in post and %,d open cases on %s, %,d rows%n",
                            totals.councils(), (System.nanoTime() - started) / 1e9, totals.workersInPost(), totals.openCases(),
                            NationalCouncils.TO, totals.rows());
                }
            }
        }
        out.flush();
        return 0;
    }
}
