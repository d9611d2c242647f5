package uk.retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.census.CensusCheck;
import uk.retain.census.CensusChecks;
import uk.retain.census.CensusFinding;
import uk.retain.census.CensusReturn;
import uk.retain.census.CensusReturns;
import uk.retain.census.CensusXml;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;

/**
 * Writes the DfE census return of a bundle for a census date as XML, after the schema and the pre-submission checks:
 * an invalid bundle exits 2 with its problems; a return that would not pass exits 3 with each failed check as
 * {@code file:line: column: message}, naming the bundle row to fix, and writes nothing.
 */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = "Write the DfE children's social work workforce census return (CSWW XML) of a bundle for a census date.")
final class CensusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the census date, a 30 September, e.g. 2025-09-30")
    LocalDate date;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the XML file to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (date.getMonth() != Month.SEPTEMBER || date.getDayOfMonth() != 30) {
            err.println("retain: --date " + date + " is not a census date: the census counts on 30 September.");
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        CensusYear year = CensusYear.of(date.getYear());
        // The schema is compiled while the bundle is read: both take a fresh JVM a while.
        Thread compiling = Thread.ofPlatform().daemon().start(CensusXml::prepare);
        CensusReturn census;
        Instant now = Instant.now();
        try {
            census = Bundles.read(bundle, register -> CensusReturns.of(register, year, now));
        } catch (InvalidBundleException e) {
            err.println(e.report());
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        List<CensusFinding> findings = CensusChecks.of(census);
        try {
            compiling.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] xml = CensusXml.write(census);
        List<CensusXml.SchemaError> schema = CensusChecks.passes(findings) ? CensusXml.validate(xml) : List.of();
        if (!CensusChecks.passes(findings) || !schema.isEmpty()) {
            for (Problem problem : located(findings, true)) {
                err.println(problem);
            }
            for (CensusXml.SchemaError error : schema) {
                err.println(out.getFileName() + ":" + error.line() + ": -: " + error.message());
            }
            err.flush();
            return RetainCommand.EXIT_REFUSED;
        }
        Files.write(out, xml);
        // Warnings do not stop the return; they are said on standard error.
        for (Problem problem : located(findings, false)) {
            err.println("warning: " + problem);
        }
        err.flush();
        return 0;
    }

    /** The findings (blocking ones, or the warnings) as the bundle's file, line and column to fix. */
    private List<Problem> located(List<CensusFinding> findings, boolean blocking) {
        ResourceBundle words = ResourceBundle.getBundle("messages", Locale.UK);
        boolean aboutWorkers = findings.stream().anyMatch(f -> f.blocking() == blocking && f.workerId() != null);
        Map<BundleFile, Map<String, List<Long>>> lines = aboutWorkers ? lines() : Map.of();
        Map<String, List<Long>> workerLines = lines.getOrDefault(BundleFile.WORKERS, Map.of());
        Map<String, List<Long>> employmentLines = lines.getOrDefault(BundleFile.EMPLOYMENTS, Map.of());
        List<Problem> problems = new ArrayList<>();
        for (CensusFinding finding : findings) {
            if (finding.blocking() != blocking) {
                continue;
            }
            CensusCheck check = finding.check();
            String message = words.getString("census.check." + check.code());
            String file = check.file() == null ? "census" : check.file();
            String column = check.column() == null ? "-" : check.column();
            long line = 0;
            if (finding.workerId() != null) {
                message += " (worker " + finding.workerId() + (finding.sweNumber() == null ? "" : ", " + finding.sweNumber()) + ")";
                List<Long> at = (BundleFile.WORKERS.fileName().equals(file) ? workerLines : employmentLines).get(finding.workerId());
                if (at != null && !at.isEmpty()) {
                    // Employment fixes belong to the worker's latest row in the file, the one a leaving or a role ends on.
                    line = at.get(at.size() - 1);
                }
            }
            problems.add(new Problem(file, line, column, message));
        }
        return problems;
    }

    /** The lines of each worker's rows in workers.csv and employments.csv, the bundle read once more. */
    private Map<BundleFile, Map<String, List<Long>>> lines() {
        try {
            return Bundles.lines(bundle, "worker_id", BundleFile.WORKERS, BundleFile.EMPLOYMENTS);
        } catch (InvalidBundleException e) {
            return Map.of();
        }
    }
}
