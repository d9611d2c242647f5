package uk.retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.allocation.CaseRequest;
import uk.retain.allocation.Recommendations;
import uk.retain.allocation.Recommender;
import uk.retain.allocation.Wording;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.CaseToAllocate;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Register;

/**
 * Prints recommended allocations for a file of new or unallocated cases as one JSON object, reading the bundle
 * directly, under the default caseload policy.
 */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = "Recommend a primary worker (and a co-worker where a newly qualified worker needs one) for each "
                + "case of a file, under the default caseload policy, as one JSON object.")
final class AllocateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the day the allocations would start")
    LocalDate date;

    @Option(names = "--cases", required = true, paramLabel = "FILE",
            description = "a CSV file with the columns of cases.csv and an optional team_id: new cases, or open cases without a primary worker")
    Path cases;

    @Option(names = "--release-worker", paramLabel = "WORKER_ID",
            description = "also plan the reallocation of every case this worker holds as primary on the date (they leave or go on long absence)")
    String releaseWorker;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Register register;
        List<CaseToAllocate> rows;
        try {
            register = Bundles.read(bundle);
            rows = Bundles.readCases(cases, register, date);
        } catch (InvalidBundleException e) {
            err.println(e.report());
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        List<CaseRequest> requests = rows.stream().map(row -> new CaseRequest(row.item(), row.teamId(), null)).toList();
        SolverLogs.off();
        Recommendations result;
        try {
            result = Recommender.recommend(register, CaseloadPolicy.DEFAULT, date, requests,
                    Optional.ofNullable(releaseWorker), Recommender.DEFAULT_LIMIT);
        } catch (IllegalArgumentException e) {
            err.println("retain: " + e.getMessage());
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.write(result.byName(Wording.plain(register))));
        out.flush();
        return 0;
    }
}
