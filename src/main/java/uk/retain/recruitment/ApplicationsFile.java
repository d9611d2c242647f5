package uk.retain.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * {@code applications.csv} of exchange-format.md: one candidate's application to one vacancy, stage by stage. A stage
 * is never given without every stage before it, and its date is never before theirs; {@code worker_id} is given
 * when the outcome is {@code started}, and only then; {@code started} needs {@code started_on}, and
 * {@code offer_declined} needs {@code offered_on} and no {@code accepted_on}.
 */
public final class ApplicationsFile extends BundleFileType<Application> {

    public static final String NAME = "applications.csv";

    public ApplicationsFile() {
        super(NAME, 150, List.of("application_id", "vacancy_id", "candidate_id", "source", "applied_on", "outcome"),
                List.of("shortlisted_on", "interviewed_on", "offered_on", "accepted_on", "started_on", "outcome_reason",
                        "worker_id"),
                "application_id");
    }

    @Override
    public Application type(Cells row) {
        String applicationId = row.id("application_id");
        String vacancyId = row.id("vacancy_id");
        String candidateId = row.id("candidate_id");
        Source source = row.code("source", Source.class);
        LocalDate[] stages = new LocalDate[Application.STAGES.size()];
        for (int i = 0; i < stages.length; i++) {
            String column = Application.STAGES.get(i);
            stages[i] = i == 0 ? row.date(column) : row.optionalDate(column);
        }
        ApplicationOutcome outcome = row.code("outcome", ApplicationOutcome.class);
        String outcomeReason = row.raw("outcome_reason");
        String workerId = row.optionalId("worker_id");
        stagesInOrder(row);
        stageDatesInOrder(row, stages);
        if (outcome != null) {
            outcomeAgreesWithStages(row, outcome);
        }
        return new Application(applicationId, vacancyId, candidateId, source, stages[0], stages[1], stages[2], stages[3],
                stages[4], stages[5], outcome, outcomeReason, workerId);
    }

    /**
     * A stage given without the one before it: said once per gap, at the first stage given after it. An empty
     * {@code applied_on} is reported as a required value, not again here.
     */
    private static void stagesInOrder(Cells row) {
        List<String> missing = new ArrayList<>();
        for (int i = 1; i < Application.STAGES.size(); i++) {
            String column = Application.STAGES.get(i);
            if (row.raw(column) == null) {
                missing.add(column);
            } else if (!missing.isEmpty()) {
                if (row.raw(Application.STAGES.get(i - 1)) == null) {
                    row.problem(column, column + " is given without " + String.join(", ", missing)
                            + ": a stage is never given without every stage before it");
                }
            }
        }
    }

    /** A stage date before the date of a stage before it, named: the latest such earlier stage. */
    private static void stageDatesInOrder(Cells row, LocalDate[] stages) {
        int latest = -1;
        for (int i = 0; i < stages.length; i++) {
            if (stages[i] == null) {
                continue;
            }
            if (latest >= 0 && stages[i].isBefore(stages[latest])) {
                row.problem(Application.STAGES.get(i), Application.STAGES.get(i) + " " + stages[i] + " is before "
                        + Application.STAGES.get(latest) + " " + stages[latest]
                        + ": a stage is never reached before the stages before it");
            }
            if (latest < 0 || stages[i].isAfter(stages[latest])) {
                latest = i;
            }
        }
    }

    private static void outcomeAgreesWithStages(Cells row, ApplicationOutcome outcome) {
        boolean started = outcome == ApplicationOutcome.STARTED;
        boolean workerGiven = row.raw("worker_id") != null;
        if (started && !workerGiven) {
            row.problem("worker_id", "an application with outcome started needs the worker_id of the worker the candidate became");
        } else if (!started && workerGiven) {
            row.problem("worker_id", "only an application with outcome started names a worker_id, not one with outcome "
                    + outcome.code());
        }
        if (started && row.raw("started_on") == null) {
            row.problem("started_on", "an application with outcome started needs a started_on");
        }
        if (outcome == ApplicationOutcome.OFFER_DECLINED) {
            if (row.raw("offered_on") == null) {
                row.problem("offered_on", "an application with outcome offer_declined needs an offered_on");
            }
            if (row.raw("accepted_on") != null) {
                row.problem("accepted_on", "an application with outcome offer_declined must not have an accepted_on:"
                        + " an offer accepted was not declined");
            }
        }
    }

    @Override
    public List<String> cells(Application a) {
        return Arrays.asList(a.applicationId(), a.vacancyId(), a.candidateId(), a.source().code(), a.appliedOn().toString(),
                a.outcome().code(), text(a.shortlistedOn()), text(a.interviewedOn()), text(a.offeredOn()),
                text(a.acceptedOn()), text(a.startedOn()), a.outcomeReason(), a.workerId());
    }

    @Override
    public void check(List<FileRow<Application>> rows, FileChecks checks) {
        for (FileRow<Application> row : rows) {
            checks.refersTo(row.line(), "vacancy_id", row.value().vacancyId(), VacanciesFile.NAME);
            checks.refersTo(row.line(), "worker_id", row.value().workerId(), "workers.csv");
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
