package uk.retain.recruitment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.Coded;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;
import uk.retain.workforce.JobRole;

/**
 * {@code vacancies.csv} of exchange-format.md: one row per vacancy advertised. A vacancy names its team and, when it
 * would fill one, its post; {@code closed_on} is on or after {@code opened_on}, and {@code closed_reason} is given
 * when {@code closed_on} is, and only then.
 */
public final class VacanciesFile extends BundleFileType<Vacancy> {

    public static final String NAME = "vacancies.csv";

    public VacanciesFile() {
        super(NAME, 140, List.of("vacancy_id", "team_id", "job_role", "opened_on"),
                List.of("post_id", "closed_on", "closed_reason"), "vacancy_id");
    }

    @Override
    public Vacancy type(Cells row) {
        String vacancyId = row.id("vacancy_id");
        String teamId = row.id("team_id");
        JobRole jobRole = row.code("job_role", JobRole.class);
        String postId = row.optionalId("post_id");
        LocalDate openedOn = row.date("opened_on");
        LocalDate closedOn = row.optionalDate("closed_on");
        ClosedReason closedReason = row.optionalCode("closed_reason", ClosedReason.class);
        if (openedOn != null && closedOn != null && closedOn.isBefore(openedOn)) {
            row.problem("closed_on", "closed_on " + closedOn + " is before opened_on " + openedOn
                    + ": a vacancy closes on or after the day it was advertised");
        }
        boolean closed = row.raw("closed_on") != null;
        boolean reasonGiven = row.raw("closed_reason") != null;
        if (closed && !reasonGiven) {
            row.problem("closed_reason", "a vacancy with a closed_on needs a closed_reason (one of: "
                    + Coded.codesOf(ClosedReason.class) + ")");
        } else if (!closed && closedReason != null) {
            row.problem("closed_reason", "a vacancy without a closed_on is still open and must not carry a closed_reason");
        }
        return new Vacancy(vacancyId, teamId, jobRole, postId, openedOn, closedOn, closedReason);
    }

    @Override
    public List<String> cells(Vacancy vacancy) {
        return Arrays.asList(vacancy.vacancyId(), vacancy.teamId(), vacancy.jobRole().code(),
                vacancy.openedOn().toString(), vacancy.postId(), text(vacancy.closedOn()),
                vacancy.closedReason() == null ? null : vacancy.closedReason().code());
    }

    @Override
    public void check(List<FileRow<Vacancy>> rows, FileChecks checks) {
        for (FileRow<Vacancy> row : rows) {
            checks.refersTo(row.line(), "team_id", row.value().teamId(), "teams.csv");
            checks.refersTo(row.line(), "post_id", row.value().postId(), "posts.csv");
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
