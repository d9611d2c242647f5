package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.workforce.ProblemAssertions.at;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * exchange-format.md, the rules that tie rows and files together: references, a worker's FTE on any day, posts
 * not overfilled, when a row is a leaving (end_reason), and when a case may be allocated. Each test makes one
 * change to the valid minimal bundle (see {@link TestBundle#minimal()}) and expects exactly the problem it causes.
 */
class BundleCrossRowRulesTest {

    @TempDir
    Path dir;

    // ---- references --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}:{1}: {2} {3}")
    @CsvSource({
            "posts.csv, 2, team_id, T9, teams.csv",
            "employments.csv, 3, worker_id, W9, workers.csv",
            "employments.csv, 3, team_id, T9, teams.csv",
            "employments.csv, 3, post_id, P9, posts.csv",
            "absences.csv, 2, worker_id, W9, workers.csv",
            "allocations.csv, 2, case_id, C9, cases.csv",
            "allocations.csv, 2, worker_id, W9, workers.csv",
            "supervisions.csv, 2, worker_id, W9, workers.csv",
            "supervisions.csv, 2, supervisor_id, W9, workers.csv",
    })
    void aReferenceToAnUnknownRowIsAnError(String file, int line, String column, String id, String target) {
        List<Problem> problems = TestBundle.minimal().cell(file, line, column, id).problems(dir);

        assertThat(problems).singleElement().satisfies(at(file, line, column, "'" + id + "'", target));
    }

    @Test
    void aPostIdWithoutPostsCsvIsAnError() {
        List<Problem> problems = TestBundle.minimal().without("posts.csv").problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 2, "post_id", "'P1'", "posts.csv"));
    }

    @Test
    void allocationsWithoutCasesCsvAreAnError() {
        List<Problem> problems = TestBundle.minimal().without("cases.csv").problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 2, "case_id", "cases.csv"));
    }

    @Test
    void anAgencyRowMayCoverAPost() throws Exception {
        assertThat(TestBundle.minimal().cell("employments.csv", 3, "post_id", "P1").problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    // ---- a worker's FTE on any day -------------------------------------------------------------------------

    @Test
    void twoOverlappingRowsOverOneFteAreAnError() {
        // W1 is 1.0 in row 2 from 2020; a second role of 0.2 in June 2024 makes 1.2.
        List<Problem> problems = TestBundle.minimal()
                .employment("W1,fixed_term,practice_educator,T2,,0.2,2024-06-01,2024-06-30,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 5, "fte", "W1", "1.2"));
    }

    @Test
    void agencyAndNonAgencyRowsAddUpToo() {
        // W2 is 0.5 agency from 2024-01-01; 0.6 permanent from 2024-03-01 makes 1.1.
        List<Problem> problems = TestBundle.minimal()
                .employment("W2,permanent,social_worker,T1,,0.6,2024-03-01,,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 5, "fte", "W2", "1.1"));
    }

    @Test
    void rowsOverlappingOnOneDayOnlyAreOverOneFteOnThatDay() {
        // Ranges are inclusive: both rows are in force on 2024-06-30, 1.0 + 0.5 = 1.5.
        List<Problem> problems = TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2024-01-01,2024-06-30,,",
                        "W4,permanent,senior_social_worker,T1,,0.5,2024-06-30,,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 6, "fte", "W4", "1.5"));
    }

    @Test
    void twoPartTimeRowsOfExactlyOneFteAreValid() throws Exception {
        // 0.6 + 0.4 = 1.0
        assertThat(TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,0.6,2024-01-01,,,",
                        "W4,fixed_term,practice_educator,T2,,0.4,2024-01-01,,,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void threeRowsOfExactlyOneFteAreValid() throws Exception {
        // 0.1 + 0.2 + 0.7 = 1.0 exactly (in binary floating point it would be 0.9999999999999999 or more)
        assertThat(TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,0.1,2024-01-01,,,",
                        "W4,fixed_term,practice_educator,T2,,0.2,2024-01-01,,,",
                        "W4,agency,social_worker,T2,,0.7,2024-01-01,,,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void backToBackFullTimeRowsAreValid() throws Exception {
        assertThat(TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2024-01-01,2024-06-30,,",
                        "W4,permanent,senior_social_worker,T2,,1,2024-07-01,,,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    // ---- posts not overfilled ----------------------------------------------------------------------------

    @Test
    void aPostOverfilledByNonAgencyRowsIsAnError() {
        // P1 is 1.0 and W1 fills it 1.0; W4 filling it 0.5 too makes 1.5.
        List<Problem> problems = TestBundle.minimal().worker("W4")
                .employment("W4,fixed_term,social_worker,T1,P1,0.5,2024-01-01,,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 5, "post_id", "P1", "1.5"));
    }

    @Test
    void agencyRowsOnAPostDoNotFillIt() throws Exception {
        assertThat(TestBundle.minimal().worker("W4")
                .employment("W4,agency,social_worker,T1,P1,0.5,2024-01-01,,,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void aJobShareFillingAPostExactlyIsValid() throws Exception {
        // 0.5 + 0.5 = the post's 1.0
        assertThat(TestBundle.minimal().worker("W4")
                .cell("employments.csv", 2, "fte", "0.5")
                .employment("W4,permanent,social_worker,T1,P1,0.5,2024-01-01,,,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void aPostFilledByOneWorkerAfterAnotherIsValid() throws Exception {
        assertThat(TestBundle.minimal().workers("W4", "W5")
                .post("P2,T2,social_worker,1,2020-01-01,")
                .employment("W4,permanent,social_worker,T2,P2,1,2024-01-01,2024-06-30,2,",
                        "W5,permanent,social_worker,T2,P2,1,2024-07-01,,,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void aPostOverfilledOnOneDayIsAnError() {
        // W4 fills P2 to 2024-06-30 inclusive, W5 from 2024-06-30: 2.0 on that day.
        List<Problem> problems = TestBundle.minimal().workers("W4", "W5")
                .post("P2,T2,social_worker,1,2020-01-01,")
                .employment("W4,permanent,social_worker,T2,P2,1,2024-01-01,2024-06-30,2,",
                        "W5,permanent,social_worker,T2,P2,1,2024-06-30,,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 6, "post_id", "P2"));
    }

    // ---- end_reason: a leaving must say why, nothing else may --------------------------------------------

    @Test
    void aLeavingWithoutAnEndReasonIsAnError() {
        // W3's only row ends 2023-12-31: a leaving.
        List<Problem> problems = TestBundle.minimal().cell("employments.csv", 4, "end_reason", "")
                .cell("employments.csv", 4, "leaver_destination", "").problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 4, "end_reason", "W3", "2023-12-31"));
    }

    @Test
    void aRowContinuedTheNextDayMustNotCarryAnEndReason() {
        // A role change: social_worker to 2023-12-31, senior_social_worker from 2024-01-01.
        List<Problem> problems = TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2023-01-01,2023-12-31,3,",
                        "W4,permanent,senior_social_worker,T1,,1,2024-01-01,,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 5, "end_reason", "W4", "2024-01-01"));
    }

    @Test
    void aRowContinuedTheNextDayWithoutAnEndReasonIsValid() throws Exception {
        // From permanent to fixed-term is still non-agency employment: not a leaving.
        assertThat(TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2023-01-01,2023-12-31,,",
                        "W4,fixed_term,social_worker,T2,,0.8,2024-01-01,,,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void aPartTimeRowEndingWhileAnotherGoesOnIsNotALeaving() {
        List<Problem> problems = TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,0.5,2024-01-01,2024-06-30,3,",
                        "W4,permanent,practice_educator,T2,,0.5,2024-01-01,,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 5, "end_reason", "W4"));
    }

    @Test
    void anAgencyRowNeverCarriesAnEndReason() {
        List<Problem> problems = TestBundle.minimal()
                .cell("employments.csv", 3, "end_date", "2024-06-30")
                .cell("employments.csv", 3, "end_reason", "1")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 3, "end_reason", "agency"));
    }

    @Test
    void anAgencyRowThatEndsNeedsNoEndReason() throws Exception {
        assertThat(TestBundle.minimal().cell("employments.csv", 3, "end_date", "2024-06-30").problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void aRowStillInForceMustNotCarryAnEndReason() {
        // "present exactly when the row is a leaving": a row without an end_date is no leaving.
        List<Problem> problems = TestBundle.minimal().cell("employments.csv", 2, "end_reason", "1").problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 2, "end_reason", "not a leaving"));
    }

    @Test
    void movingFromNonAgencyToAgencyTheNextDayIsALeaving() {
        List<Problem> problems = TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2023-01-01,2023-12-31,,",
                        "W4,agency,social_worker,T1,,1,2024-01-01,,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 5, "end_reason", "W4", "2023-12-31"));
    }

    @Test
    void movingFromNonAgencyToAgencyWithAnEndReasonIsValid() throws Exception {
        assertThat(TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2023-01-01,2023-12-31,3,5",
                        "W4,agency,social_worker,T1,,1,2024-01-01,,,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void twoConcurrentRowsEndingTheSameDayAreBothLeavings() {
        List<Problem> problems = TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,0.5,2023-01-01,2023-12-31,3,",
                        "W4,permanent,practice_educator,T2,,0.5,2023-06-01,2023-12-31,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("employments.csv", 6, "end_reason", "W4", "2023-12-31"));
    }

    // ---- allocations -------------------------------------------------------------------------------------

    @Test
    void anAllocationStartingBeforeTheCaseOpenedIsAnError() {
        // C1 opened 2024-01-01.
        List<Problem> problems = TestBundle.minimal().cell("allocations.csv", 2, "start_date", "2023-12-31").problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 2, "start_date", "C1", "2023-12-31"));
    }

    @Test
    void anAllocationStartingAfterTheCaseClosedIsAnError() {
        // C1 closed 2024-06-30; W1's primary allocation ends that day; W2 co-works from 2024-07-01.
        List<Problem> problems = TestBundle.minimal()
                .cell("cases.csv", 2, "closed_on", "2024-06-30")
                .cell("allocations.csv", 2, "end_date", "2024-06-30")
                .allocation("C1,W2,co_worker,2024-07-01,2024-07-05,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 3, "start_date", "C1", "2024-07-01"));
    }

    @Test
    void aPrimaryAllocationEndingOnTheDayTheCaseClosesIsValid() throws Exception {
        assertThat(TestBundle.minimal()
                .cell("cases.csv", 2, "closed_on", "2024-06-30")
                .cell("allocations.csv", 2, "end_date", "2024-06-30")
                .cell("allocations.csv", 2, "change_reason", "case_closed")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void aPrimaryAllocationRunningPastTheCaseClosingIsAnError() {
        List<Problem> problems = TestBundle.minimal()
                .cell("cases.csv", 2, "closed_on", "2024-06-30")
                .cell("allocations.csv", 2, "end_date", "2024-07-31")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 2, "end_date", "C1", "2024-06-30"));
    }

    @Test
    void aPrimaryAllocationWithoutAnEndOnAClosedCaseIsAnError() {
        List<Problem> problems = TestBundle.minimal().cell("cases.csv", 2, "closed_on", "2024-06-30").problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 2, "end_date", "C1", "2024-06-30"));
    }

    @Test
    void twoOverlappingPrimaryAllocationsOnACaseAreAnError() {
        List<Problem> problems = TestBundle.minimal().allocation("C1,W2,primary,2024-03-01,,").problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 3, "start_date", "C1", "W1", "primary"));
    }

    @Test
    void primaryAllocationsOverlappingOnOneDayAreAnError() {
        List<Problem> problems = TestBundle.minimal()
                .cell("allocations.csv", 2, "end_date", "2024-02-29")
                .allocation("C1,W2,primary,2024-02-29,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 3, "start_date", "C1", "2024-02-29"));
    }

    @Test
    void backToBackPrimaryAllocationsAreValid() throws Exception {
        assertThat(TestBundle.minimal()
                .cell("allocations.csv", 2, "end_date", "2024-02-29")
                .cell("allocations.csv", 2, "change_reason", "case_transferred")
                .allocation("C1,W2,primary,2024-03-01,,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void aCoWorkerOverlappingThePrimaryIsValid() throws Exception {
        assertThat(TestBundle.minimal().allocation("C1,W2,co_worker,2024-03-01,,").problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void anAllocationRunningIntoAGapInEmploymentIsAnError() {
        // W4 leaves 2024-03-31 and returns 2024-05-01: not in employment 2024-04-01 to 2024-04-30.
        List<Problem> problems = workerWithAGap()
                .allocation("C1,W4,co_worker,2024-03-01,2024-06-30,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 3, "end_date", "W4", "2024-04-01"));
    }

    @Test
    void anAllocationStartingInAGapInEmploymentIsAnError() {
        List<Problem> problems = workerWithAGap()
                .allocation("C1,W4,co_worker,2024-04-15,2024-04-20,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 3, "start_date", "W4", "2024-04-15"));
    }

    @Test
    void aPrimaryAllocationStillInForceAfterTheWorkerLeftIsAnError() {
        List<Problem> problems = TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2024-01-01,2024-06-30,1,")
                .cell("allocations.csv", 2, "end_date", "2024-01-31")
                .allocation("C1,W4,primary,2024-02-01,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("allocations.csv", 3, "end_date", "W4", "2024-07-01"));
    }

    @Test
    void backToBackEmploymentRowsCoverAnAllocation() throws Exception {
        assertThat(TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2024-01-01,2024-03-31,,",
                        "W4,permanent,senior_social_worker,T1,,1,2024-04-01,,,")
                .allocation("C1,W4,co_worker,2024-03-01,2024-06-30,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void employmentOnAnyContractCoversAnAllocation() throws Exception {
        // Permanent to 2024-03-31 (a leaving), agency from 2024-04-01: in employment on every day.
        assertThat(TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2024-01-01,2024-03-31,3,",
                        "W4,agency,social_worker,T1,,1,2024-04-01,,,")
                .allocation("C1,W4,co_worker,2024-03-01,2024-06-30,")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    /** W4: permanent 2024-01-01 to 2024-03-31 (a leaving), then again from 2024-05-01. */
    private static TestBundle workerWithAGap() {
        return TestBundle.minimal().worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2024-01-01,2024-03-31,1,",
                        "W4,permanent,social_worker,T1,,1,2024-05-01,,,");
    }

    @Test
    void theWorkerWithAGapIsValid() throws Exception {
        assertThat(workerWithAGap().problemsIfAny(dir)).as("problems reported").isEmpty();
    }
}
