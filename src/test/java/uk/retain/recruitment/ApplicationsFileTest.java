package uk.retain.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.recruitment.RecruitmentBundle.APPLICATIONS;
import static uk.retain.workforce.ProblemAssertions.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/** exchange-format.md, applications.csv: each rule broken once in the valid bundle gives exactly its problem. */
class ApplicationsFileTest {

    @TempDir
    Path dir;

    private List<Problem> withCell(int line, String column, String value) {
        return RecruitmentBundle.valid().cell(APPLICATIONS, line, column, value).problems(dir);
    }

    /** Line 3 (A2, offer_declined) with its stage cells replaced by {@code stages} (six cells, comma separated). */
    private List<Problem> withStages(String stages, String outcome) {
        return RecruitmentBundle.valid()
                .replace(APPLICATIONS, "A2,V1,CAND-2,job_board,2025-01-11,2025-01-20,2025-01-30,2025-02-05,,,offer_declined,",
                        "A2,V1,CAND-2,job_board," + stages + "," + outcome + ",")
                .problems(dir);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theValidFileReadsWithoutAProblem() throws Exception {
        Register register = RecruitmentBundle.valid().read(dir);

        assertThat(register.rows(ApplicationsFile.class)).containsExactly(
                new Application("A1", "V1", "CAND-1", Source.FRONTLINE, day("2025-01-10"), day("2025-01-20"),
                        day("2025-01-30"), day("2025-02-05"), day("2025-02-07"), day("2025-03-03"),
                        ApplicationOutcome.STARTED, null, "W1"),
                new Application("A2", "V1", "CAND-2", Source.JOB_BOARD, day("2025-01-11"), day("2025-01-20"),
                        day("2025-01-30"), day("2025-02-05"), null, null, ApplicationOutcome.OFFER_DECLINED, "pay", null),
                new Application("A3", "V2", "CAND-3", Source.COUNCIL_WEBSITE, day("2025-06-10"), null, null, null, null,
                        null, ApplicationOutcome.IN_PROGRESS, null, null));
    }

    @Test
    void aRowWrittenBackGivesItsCellsInColumnOrder() {
        ApplicationsFile file = new ApplicationsFile();
        Application application = new Application("A2", "V1", "CAND-2", Source.JOB_BOARD, day("2025-01-11"), null, null,
                null, null, null, ApplicationOutcome.WITHDRAWN, "moved away", null);

        assertThat(file.columns()).containsExactly("application_id", "vacancy_id", "candidate_id", "source", "applied_on",
                "outcome", "shortlisted_on", "interviewed_on", "offered_on", "accepted_on", "started_on", "outcome_reason",
                "worker_id");
        assertThat(file.cells(application)).containsExactly("A2", "V1", "CAND-2", "job_board", "2025-01-11", "withdrawn",
                null, null, null, null, null, "moved away", null);
    }

    @Test
    void stagesMayStopAtAnyStage() throws Exception {
        RecruitmentBundle.valid()
                .replace(APPLICATIONS, "2025-01-30,2025-02-05,,,offer_declined,pay,", "2025-01-30,,,,rejected,,")
                .read(dir);
    }

    @Test
    void stagesMayAllBeOnOneDay() throws Exception {
        RecruitmentBundle.valid().replace(APPLICATIONS,
                "2025-01-10,2025-01-20,2025-01-30,2025-02-05,2025-02-07,2025-03-03,started",
                "2025-01-10,2025-01-10,2025-01-10,2025-01-10,2025-01-10,2025-01-10,started").read(dir);
    }

    @ParameterizedTest(name = "empty {0}")
    @ValueSource(strings = {"application_id", "vacancy_id", "candidate_id", "source", "applied_on", "outcome"})
    void anEmptyRequiredCellIsAnError(String column) {
        assertThat(withCell(4, column, "")).singleElement().satisfies(at(APPLICATIONS, 4, column, "a value is required"));
    }

    @Test
    void anApplicationIdIsUnique() {
        assertThat(withCell(4, "application_id", "A1")).singleElement()
                .satisfies(at(APPLICATIONS, 4, "application_id", "'A1'", "already used on line 2"));
    }

    @Test
    void theVacancyMustBeInVacanciesCsv() {
        assertThat(withCell(4, "vacancy_id", "V9")).singleElement()
                .satisfies(at(APPLICATIONS, 4, "vacancy_id", "'V9'", "vacancies.csv"));
    }

    @Test
    void applicationsWithoutVacanciesCsvAreAnError() {
        List<Problem> problems = RecruitmentBundle.valid().without(RecruitmentBundle.VACANCIES).problems(dir);

        assertThat(problems).hasSize(3).allSatisfy(problem -> assertThat(problem.toString())
                .contains("applications.csv:").contains(": vacancy_id: ").contains("vacancies.csv, but the bundle has none"));
    }

    @Test
    void theWorkerMustBeInWorkersCsv() {
        assertThat(withCell(2, "worker_id", "W9")).singleElement()
                .satisfies(at(APPLICATIONS, 2, "worker_id", "'W9'", "workers.csv"));
    }

    @Test
    void theCandidateIsAnIdentifierOfAtMost64Characters() {
        assertThat(withCell(4, "candidate_id", "C".repeat(65))).singleElement()
                .satisfies(at(APPLICATIONS, 4, "candidate_id", "at most 64 characters"));
    }

    @Test
    void theSourceIsACode() {
        assertThat(withCell(4, "source", "linkedin")).singleElement()
                .satisfies(at(APPLICATIONS, 4, "source", "'linkedin'", "university_partner", "step_up", "frontline"));
    }

    @Test
    void theOutcomeIsACode() {
        assertThat(withCell(4, "outcome", "hired")).singleElement()
                .satisfies(at(APPLICATIONS, 4, "outcome", "'hired'", "in_progress, started, rejected, withdrawn, offer_declined"));
    }

    @ParameterizedTest(name = "{0} is a date")
    @ValueSource(strings = {"applied_on", "shortlisted_on", "interviewed_on", "offered_on", "accepted_on", "started_on"})
    void everyStageIsADate(String column) {
        assertThat(withCell(2, column, "2025/01/10")).singleElement()
                .satisfies(at(APPLICATIONS, 2, column, "'2025/01/10'", "YYYY-MM-DD"));
    }

    @ParameterizedTest(name = "{2} without {3}")
    @CsvSource(delimiter = '|', value = {
            "2025-01-11,,2025-01-30,2025-02-05,,| offer_declined | interviewed_on | shortlisted_on",
            "2025-01-11,2025-01-20,,2025-02-05,,| offer_declined | offered_on | interviewed_on",
            "2025-01-11,,,2025-02-05,,| offer_declined | offered_on | shortlisted_on, interviewed_on",
            "2025-01-11,2025-01-20,2025-01-30,,2025-02-07,| in_progress | accepted_on | offered_on",
            "2025-01-11,2025-01-20,2025-01-30,2025-02-05,,2025-03-03| in_progress | started_on | accepted_on",
    })
    void aStageIsNeverGivenWithoutEveryStageBeforeIt(String stages, String outcome, String column, String missing) {
        assertThat(withStages(stages, outcome)).singleElement()
                .satisfies(at(APPLICATIONS, 3, column, column + " is given without " + missing));
    }

    @ParameterizedTest(name = "{2} before {3}")
    @CsvSource(delimiter = '|', value = {
            "2025-01-11,2025-01-10,2025-01-30,2025-02-05,,| shortlisted_on | applied_on 2025-01-11",
            "2025-01-11,2025-01-20,2025-01-19,2025-02-05,,| interviewed_on | shortlisted_on 2025-01-20",
            "2025-01-11,2025-01-20,2025-01-30,2025-01-29,,| offered_on | interviewed_on 2025-01-30",
            "2025-01-11,2025-01-20,2025-01-30,2025-02-05,2025-02-04,| accepted_on | offered_on 2025-02-05",
            "2025-01-11,2025-01-20,2025-01-30,2025-02-05,2025-02-06,2025-02-05| started_on | accepted_on 2025-02-06",
    })
    void aStageDateIsNeverBeforeTheStagesBeforeIt(String stages, String column, String earlier) {
        assertThat(withStages(stages, "in_progress")).singleElement()
                .satisfies(at(APPLICATIONS, 3, column, "before " + earlier));
    }

    @Test
    void aStageDateIsComparedWithEveryStageBeforeIt() {
        // Interviewed after shortlisting but before applying: both later stages are before applied_on.
        assertThat(withStages("2025-01-11,2025-01-05,2025-01-08,,,", "in_progress")).satisfiesExactly(
                at(APPLICATIONS, 3, "shortlisted_on", "before applied_on 2025-01-11"),
                at(APPLICATIONS, 3, "interviewed_on", "before applied_on 2025-01-11"));
    }

    @Test
    void aStartedApplicationNamesTheWorker() {
        assertThat(withCell(2, "worker_id", "")).singleElement()
                .satisfies(at(APPLICATIONS, 2, "worker_id", "outcome started needs the worker_id"));
    }

    @Test
    void onlyAStartedApplicationNamesAWorker() {
        assertThat(withCell(4, "worker_id", "W1")).singleElement()
                .satisfies(at(APPLICATIONS, 4, "worker_id", "only an application with outcome started", "in_progress"));
    }

    @Test
    void aStartedApplicationNeedsStartedOn() {
        assertThat(withCell(2, "started_on", "")).singleElement()
                .satisfies(at(APPLICATIONS, 2, "started_on", "outcome started needs a started_on"));
    }

    @Test
    void aDeclinedOfferNeedsOfferedOn() {
        assertThat(withStages("2025-01-11,2025-01-20,2025-01-30,,,", "offer_declined")).singleElement()
                .satisfies(at(APPLICATIONS, 3, "offered_on", "offer_declined needs an offered_on"));
    }

    @Test
    void aDeclinedOfferWasNotAccepted() {
        assertThat(withStages("2025-01-11,2025-01-20,2025-01-30,2025-02-05,2025-02-07,", "offer_declined")).singleElement()
                .satisfies(at(APPLICATIONS, 3, "accepted_on", "offer_declined must not have an accepted_on"));
    }

    @Test
    void anApplicationInProgressMayHaveReachedAnyStage() throws Exception {
        TestBundle bundle = RecruitmentBundle.valid().replace(APPLICATIONS, "2025-02-05,,,offer_declined,pay,",
                "2025-02-05,2025-02-07,2025-03-03,in_progress,,");
        assertThat(bundle.read(dir).rows(ApplicationsFile.class).get(1).outcome()).isEqualTo(ApplicationOutcome.IN_PROGRESS);
    }
}
