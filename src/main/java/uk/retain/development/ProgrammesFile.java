package uk.retain.development;

import java.util.Arrays;
import java.util.List;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.Coded;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * programmes.csv (exchange-format.md): one row per worker's place on a programme, named by {@code programme_id}.
 * {@code worker_id} and {@code assessor_id} are workers of the bundle; {@code ended_on} is on or after
 * {@code start_date}; {@code outcome} is given when {@code ended_on} is, and only then.
 */
public final class ProgrammesFile extends BundleFileType<Programme> {

    public static final String FILE = "programmes.csv";

    public ProgrammesFile() {
        super(FILE, 100, List.of("programme_id", "worker_id", "programme", "start_date"),
                List.of("cohort", "assessor_id", "probation_end", "ended_on", "outcome"), "programme_id");
    }

    @Override
    public Programme type(Cells row) {
        Programme programme = new Programme(row.id("programme_id"), row.id("worker_id"),
                row.code("programme", ProgrammeKind.class), row.raw("cohort"), row.date("start_date"),
                row.optionalId("assessor_id"), row.optionalDate("probation_end"), row.optionalDate("ended_on"),
                row.optionalCode("outcome", ProgrammeOutcome.class));
        if (programme.startDate() != null && programme.endedOn() != null
                && programme.endedOn().isBefore(programme.startDate())) {
            row.problem("ended_on", "ended_on " + programme.endedOn() + " is before the start " + programme.startDate());
        }
        boolean ended = row.raw("ended_on") != null;
        if (ended && row.raw("outcome") == null) {
            row.problem("outcome", "an outcome is required when ended_on is given (one of: "
                    + Coded.codesOf(ProgrammeOutcome.class) + ")");
        } else if (!ended && programme.outcome() != null) {
            row.problem("outcome", "outcome '" + programme.outcome().code()
                    + "' is given, but ended_on is empty: an outcome is given only when the programme has ended");
        }
        return programme;
    }

    @Override
    public List<String> cells(Programme p) {
        return Arrays.asList(p.programmeId(), p.workerId(), Written.code(p.programme()), Written.date(p.startDate()),
                p.cohort(), p.assessorId(), Written.date(p.probationEnd()), Written.date(p.endedOn()),
                Written.code(p.outcome()));
    }

    @Override
    public void check(List<FileRow<Programme>> rows, FileChecks checks) {
        for (FileRow<Programme> row : rows) {
            checks.refersTo(row.line(), "worker_id", row.value().workerId(), "workers.csv");
            checks.refersTo(row.line(), "assessor_id", row.value().assessorId(), "workers.csv");
        }
    }
}
