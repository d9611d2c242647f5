package uk.retain.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.workforce.TestBundle;

/**
 * measures.md for the whole authority, on small hand-built bundles. The reference date is D = 2025-09-30 (a
 * Tuesday), so the year is 2024-10-01 (a Tuesday) to 2025-09-30. Expected values are worked out by hand in the
 * comments.
 */
class WorkforceMeasuresTest {

    static final LocalDate D = LocalDate.of(2025, 9, 30);
    static final Offset<Double> EXACT = within(1e-9);

    @TempDir
    Path dir;

    private Measures measures(TestBundle bundle) throws Exception {
        return WorkforceMeasures.of(bundle.read(dir)).forAuthority(D);
    }

    // ---- in post --------------------------------------------------------------------------------------------

    @Test
    void inPostCountsTheNonAgencyRowsInForceOnD() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2", "W3", "W4", "W5").employment(
                "W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                "W2,fixed_term,social_worker,T1,,0.5,2020-01-01,,,",
                "W3,permanent,social_worker,T1,,1,2020-01-01,2025-06-30,1,", // left before D
                "W4,permanent,social_worker,T1,,0.8,2025-10-01,,,",          // starts after D
                "W5,agency,social_worker,T1,,1,2020-01-01,,,"));             // agency

        // 1.0 (W1) + 0.5 (W2)
        assertThat(m.inpostFte()).isCloseTo(1.5, EXACT);
        assertThat(m.inpostHeadcount()).isEqualTo(2);
    }

    @Test
    void aRoleChangeContinuedTheNextDayIsNeitherALeavingNorAStart() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1", "T2").workers("W1", "W2").employment(
                "W1,permanent,social_worker,T1,,1,2020-01-01,2025-01-31,,",
                "W1,permanent,senior_social_worker,T2,,1,2025-02-01,,,",
                // An FTE change, and a move from permanent to fixed-term, continued the next day.
                "W2,permanent,social_worker,T1,,1,2020-01-01,2025-03-31,,",
                "W2,fixed_term,social_worker,T1,,0.6,2025-04-01,,,"));

        assertThat(m.startersHeadcount()).isZero();
        assertThat(m.startersFte()).isZero();
        assertThat(m.leaversHeadcount()).isZero();
        assertThat(m.leaversFte()).isZero();
        // 1.0 + 0.6
        assertThat(m.inpostFte()).isCloseTo(1.6, EXACT);
        assertThat(m.inpostHeadcount()).isEqualTo(2);
        assertThat(m.turnoverRateFte()).isCloseTo(0.0, EXACT);
    }

    @Test
    void twoConcurrentPartTimeRowsAddUpToOneWorker() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1", "T2").worker("W1").employment(
                "W1,permanent,social_worker,T2,,0.6,2020-01-01,,,",
                "W1,fixed_term,practice_educator,T1,,0.4,2020-01-01,,,"));

        // 0.6 + 0.4, one person
        assertThat(m.inpostFte()).isCloseTo(1.0, EXACT);
        assertThat(m.inpostHeadcount()).isEqualTo(1);
    }

    // ---- starters and leavers -------------------------------------------------------------------------

    @Test
    void aLeavingOnTheReferenceDateCounts() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2").employment(
                "W1,permanent,social_worker,T1,,0.8,2020-01-01,2025-09-30,1,",
                "W2,permanent,social_worker,T1,,1,2020-01-01,,,"));

        assertThat(m.leaversHeadcount()).isEqualTo(1);
        assertThat(m.leaversFte()).isCloseTo(0.8, EXACT);
        // W1 is still in post on D, the last day of the row: 0.8 + 1.0 = 1.8, 2 people
        assertThat(m.inpostFte()).isCloseTo(1.8, EXACT);
        assertThat(m.inpostHeadcount()).isEqualTo(2);
        // 100 × 0.8 / 1.8 and 100 × 1 / 2
        assertThat(m.turnoverRateFte()).isCloseTo(44.44444444444444, EXACT);
        assertThat(m.turnoverRateHeadcount()).isCloseTo(50.0, EXACT);
    }

    @Test
    void aRowEndingOnDAndContinuedTheDayAfterIsNoLeaving() throws Exception {
        // Leaves on day e: in non-agency employment on e and not on e + 1, even when e + 1 is after D.
        Measures m = measures(TestBundle.withTeams("T1").worker("W1").employment(
                "W1,permanent,social_worker,T1,,1,2020-01-01,2025-09-30,,",
                "W1,permanent,senior_social_worker,T1,,1,2025-10-01,,,"));

        assertThat(m.leaversHeadcount()).isZero();
        assertThat(m.inpostHeadcount()).isEqualTo(1);
    }

    @Test
    void aLeavingOnTheFirstDayOfTheYearCountsAndTheDayBeforeDoesNot() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2", "W3").employment(
                "W1,permanent,social_worker,T1,,0.7,2020-01-01,2024-10-01,1,", // first day of the year
                "W2,permanent,social_worker,T1,,1,2020-01-01,2024-09-30,1,",   // the day before
                "W3,permanent,social_worker,T1,,1,2020-01-01,,,"));

        assertThat(m.leaversHeadcount()).isEqualTo(1);
        assertThat(m.leaversFte()).isCloseTo(0.7, EXACT);
        // 100 × 0.7 / 1.0
        assertThat(m.turnoverRateFte()).isCloseTo(70.0, EXACT);
    }

    @Test
    void aStartOnTheFirstDayOfTheYearCountsAndTheDayBeforeDoesNot() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2", "W3").employment(
                "W1,permanent,social_worker,T1,,0.5,2024-10-01,,,", // first day of the year
                "W2,permanent,social_worker,T1,,1,2024-09-30,,,",   // the day before
                "W3,fixed_term,social_worker,T1,,0.7,2025-09-30,,,")); // on D itself

        assertThat(m.startersHeadcount()).isEqualTo(2);
        // 0.5 + 0.7
        assertThat(m.startersFte()).isCloseTo(1.2, EXACT);
    }

    @Test
    void aWorkerWhoLeavesAndReturnsWithinTheYearIsALeaverAndAStarter() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").worker("W1").employment(
                "W1,permanent,social_worker,T1,,1,2020-01-01,2024-12-31,1,",
                "W1,permanent,social_worker,T1,,0.8,2025-03-01,,,"));

        assertThat(m.leaversHeadcount()).isEqualTo(1);
        assertThat(m.leaversFte()).isCloseTo(1.0, EXACT);
        assertThat(m.startersHeadcount()).isEqualTo(1);
        assertThat(m.startersFte()).isCloseTo(0.8, EXACT);
        assertThat(m.inpostFte()).isCloseTo(0.8, EXACT);
        // 100 × 1.0 / 0.8 and 100 × 1 / 1
        assertThat(m.turnoverRateFte()).isCloseTo(125.0, EXACT);
        assertThat(m.turnoverRateHeadcount()).isCloseTo(100.0, EXACT);
    }

    @Test
    void movingFromPermanentToAgencyIsALeaving() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2").employment(
                "W1,permanent,social_worker,T1,,1,2020-01-01,2025-03-31,3,5",
                "W1,agency,social_worker,T1,,1,2025-04-01,,,",
                "W2,permanent,social_worker,T1,,1,2020-01-01,,,"));

        assertThat(m.leaversHeadcount()).isEqualTo(1);
        assertThat(m.leaversFte()).isCloseTo(1.0, EXACT);
        assertThat(m.startersHeadcount()).isZero();
        assertThat(m.inpostHeadcount()).isEqualTo(1);
        assertThat(m.agencyHeadcount()).isEqualTo(1);
        // 100 × 1 / 1
        assertThat(m.turnoverRateHeadcount()).isCloseTo(100.0, EXACT);
    }

    @Test
    void movingFromAgencyToPermanentIsAStart() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").worker("W1").employment(
                "W1,agency,social_worker,T1,,1,2024-01-01,2025-01-31,,",
                "W1,permanent,social_worker,T1,,0.5,2025-02-01,,,"));

        assertThat(m.startersHeadcount()).isEqualTo(1);
        assertThat(m.startersFte()).isCloseTo(0.5, EXACT);
        assertThat(m.leaversHeadcount()).isZero();
    }

    @Test
    void aStartOrLeavingCountsTheWorkersWholeNonAgencyFteThatDay() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1", "T2").worker("W1").employment(
                "W1,permanent,social_worker,T1,,0.6,2025-01-01,2025-06-30,1,",
                "W1,fixed_term,practice_educator,T2,,0.4,2025-01-01,2025-06-30,1,"));

        // One start and one leaving of one person with 0.6 + 0.4 FTE
        assertThat(m.startersHeadcount()).isEqualTo(1);
        assertThat(m.startersFte()).isCloseTo(1.0, EXACT);
        assertThat(m.leaversHeadcount()).isEqualTo(1);
        assertThat(m.leaversFte()).isCloseTo(1.0, EXACT);
        assertThat(m.inpostHeadcount()).isZero();
        assertThat(m.turnoverRateFte()).as("no one in post: 0 denominator").isNull();
        assertThat(m.turnoverRateHeadcount()).isNull();
    }

    // ---- agency --------------------------------------------------------------------------------------

    @Test
    void agencyFteHeadcountAndRates() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1", "T2").workers("W1", "W2", "W3", "W4", "W5", "W6").employment(
                "W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                "W2,fixed_term,social_worker,T1,,0.5,2020-01-01,,,",
                "W3,agency,social_worker,T1,,0.8,2024-01-01,,,",
                "W4,agency,social_worker,T1,,0.5,2024-01-01,,,",
                "W4,agency,team_manager,T2,,0.3,2024-01-01,,,",
                "W5,agency,social_worker,T1,,1,2025-01-01,,,",              // came in the year: no start
                "W6,agency,social_worker,T1,,1,2024-01-01,2025-03-31,,")); // went in the year: no leaving

        // 0.8 (W3) + 0.5 + 0.3 (W4) + 1.0 (W5) = 2.6, 3 people
        assertThat(m.agencyFte()).isCloseTo(2.6, EXACT);
        assertThat(m.agencyHeadcount()).isEqualTo(3);
        // 100 × 2.6 / (2.6 + 1.5) and 100 × 3 / (3 + 2)
        assertThat(m.agencyRateFte()).isCloseTo(63.41463414634146, EXACT);
        assertThat(m.agencyRateHeadcount()).isCloseTo(60.0, EXACT);
        // Agency rows are neither in post, nor starts, nor leavings.
        assertThat(m.inpostFte()).isCloseTo(1.5, EXACT);
        assertThat(m.startersHeadcount()).isZero();
        assertThat(m.leaversHeadcount()).isZero();
    }

    // ---- vacancy and agency cover ------------------------------------------------------------------------

    @Test
    void vacancyIsWhatTheNonAgencyHoldersLeaveOfTheFundedPosts() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2", "W3")
                .post("P1,T1,social_worker,1,2020-01-01,",            // filled 0.6: 0.4 vacant
                        "P2,T1,social_worker,1,2020-01-01,2025-09-29",   // not funded on D
                        "P3,T1,social_worker,0.5,2025-10-01,",           // not funded yet on D
                        "P4,T1,social_worker,1,2020-01-01,2025-09-30",   // funded on D, its last day: 1.0 vacant
                        "P5,T1,team_manager,0.5,2020-01-01,",            // filled 0.5: 0 vacant
                        "P6,T1,social_worker,1,2020-01-01,")             // its holder left: 1.0 vacant
                .employment("W1,permanent,social_worker,T1,P1,0.6,2020-01-01,,,",
                        "W2,permanent,team_manager,T1,P5,0.5,2020-01-01,,,",
                        "W3,permanent,social_worker,T1,P6,1,2020-01-01,2025-06-30,1,"));

        // 0.4 + 1.0 + 1.0
        assertThat(m.vacancyFte()).isCloseTo(2.4, EXACT);
        // 100 × 2.4 / (2.4 + 1.1)
        assertThat(m.vacancyRateFte()).isCloseTo(68.57142857142857, EXACT);
        assertThat(m.agencyCoverFte()).isCloseTo(0.0, EXACT);
        assertThat(m.agencyCoverRateFte()).as("no agency FTE: 0 denominator").isNull();
        // 100 × 0 / 2.4
        assertThat(m.vacancyAgencyCoverRateFte()).isCloseTo(0.0, EXACT);
    }

    @Test
    void agencyCoverIsCappedAtThePostsVacancy() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2", "W3", "W4", "W5", "W6")
                .post("P1,T1,social_worker,1,2020-01-01,",
                        "P2,T1,social_worker,0.5,2020-01-01,",
                        "P3,T1,social_worker,0.5,2020-01-01,")
                .employment("W1,permanent,social_worker,T1,P1,0.6,2020-01-01,,,", // P1 vacancy 0.4
                        "W2,agency,social_worker,T1,P1,1,2024-01-01,,,",            // covers P1: min(0.4, 1.0) = 0.4
                        "W3,agency,social_worker,T1,P2,0.3,2024-01-01,,,",          // covers P2: min(0.5, 0.3) = 0.3
                        "W4,agency,social_worker,T1,,0.5,2024-01-01,,,",            // no post
                        "W5,permanent,social_worker,T1,P3,0.5,2020-01-01,,,",       // P3 full: vacancy 0
                        "W6,agency,social_worker,T1,P3,0.5,2024-01-01,,,"));        // covers P3: min(0, 0.5) = 0

        // vacancy 0.4 + 0.5 + 0 = 0.9; cover 0.4 + 0.3 + 0 = 0.7; agency 1.0 + 0.3 + 0.5 + 0.5 = 2.3; in post 0.6 + 0.5 = 1.1
        assertThat(m.vacancyFte()).isCloseTo(0.9, EXACT);
        assertThat(m.agencyCoverFte()).isCloseTo(0.7, EXACT);
        assertThat(m.agencyFte()).isCloseTo(2.3, EXACT);
        // 100 × 0.9 / (0.9 + 1.1)
        assertThat(m.vacancyRateFte()).isCloseTo(45.0, EXACT);
        // 100 × 0.7 / 2.3
        assertThat(m.agencyCoverRateFte()).isCloseTo(30.434782608695652, EXACT);
        // 100 × 0.7 / 0.9
        assertThat(m.vacancyAgencyCoverRateFte()).isCloseTo(77.77777777777777, EXACT);
    }

    @Test
    void withNoVacancyTheVacancyCoverRateIsNull() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2")
                .post("P1,T1,social_worker,1,2020-01-01,")
                .employment("W1,permanent,social_worker,T1,P1,1,2020-01-01,,,",
                        "W2,agency,social_worker,T1,P1,1,2024-01-01,,,"));

        assertThat(m.vacancyFte()).isCloseTo(0.0, EXACT);
        assertThat(m.vacancyRateFte()).isCloseTo(0.0, EXACT);
        assertThat(m.agencyCoverFte()).isCloseTo(0.0, EXACT);
        assertThat(m.agencyCoverRateFte()).isCloseTo(0.0, EXACT);
        assertThat(m.vacancyAgencyCoverRateFte()).as("0 denominator").isNull();
    }

    @Test
    void withoutPostsCsvTheVacancyMeasuresAreNull() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2").employment(
                "W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                "W2,agency,social_worker,T1,,1,2024-01-01,,,"));

        assertThat(m.vacancyFte()).isNull();
        assertThat(m.vacancyRateFte()).isNull();
        assertThat(m.agencyCoverFte()).isNull();
        assertThat(m.agencyCoverRateFte()).isNull();
        assertThat(m.vacancyAgencyCoverRateFte()).isNull();
        // The other measures are still given.
        assertThat(m.agencyRateFte()).isCloseTo(50.0, EXACT);
    }

    // ---- caseloads ---------------------------------------------------------------------------------------

    /** W1 permanent 0.8, W2 agency 1.0, W3 permanent 1.0, W4 permanent 0.5, W5 left, W6 not started: see the cases. */
    private static TestBundle caseloads() {
        return TestBundle.withTeams("T1").workers("W1", "W2", "W3", "W4", "W5", "W6")
                .employment("W1,permanent,social_worker,T1,,0.8,2020-01-01,,,",
                        "W2,agency,social_worker,T1,,1,2024-01-01,,,",
                        "W3,permanent,social_worker,T1,,1,2020-01-01,,,",
                        "W4,permanent,social_worker,T1,,0.5,2020-01-01,,,",
                        "W5,permanent,social_worker,T1,,1,2020-01-01,2025-06-30,1,",
                        "W6,permanent,social_worker,T1,,1,2025-10-01,,,")
                .caseRow("C1,CH1,,child_in_need,,2024-01-01,",
                        "C2,CH2,,child_protection,,2024-01-01,",
                        "C3,CH3,,child_in_care,,2024-01-01,",
                        "C4,CH4,,child_in_need,,2024-01-01,2025-06-30",
                        "C5,CH5,,child_in_need,,2024-01-01,",
                        "C6,CH6,,child_in_need,,2025-10-01,")
                .allocation("C1,W1,primary,2024-01-01,,",
                        "C2,W1,primary,2024-01-01,,",
                        "C3,W2,primary,2024-06-01,,",                        // an agency case holder
                        "C1,W3,co_worker,2024-01-01,,",                      // a co-worker holds no case
                        "C4,W3,primary,2024-01-01,2025-06-30,case_closed",   // closed before D
                        "C5,W4,primary,2024-01-01,2025-08-31,other",         // open, but no primary on D
                        "C5,W5,co_worker,2024-01-01,2025-06-30,worker_left");
    }

    @Test
    void caseHoldersAreTheWorkersHoldingAPrimaryAllocationOfAnOpenCaseOnD() throws Exception {
        Measures m = measures(caseloads());

        // C1, C2 (W1) and C3 (W2); C4 is closed and C5 has no primary on D
        assertThat(m.cases()).isEqualTo(3);
        // W1 0.8 (non-agency) + W2 1.0 (agency); W3 only co-works and W4's allocation has ended
        assertThat(m.caseHoldersFte()).isCloseTo(1.8, EXACT);
        // 3 / 1.8
        assertThat(m.caseloadFte()).isCloseTo(1.6666666666666667, EXACT);
        assertThat(m.workersOver20Cases()).isZero();
    }

    @Test
    void caseloadByWorkerListsEveryWorkerInEmploymentOnDIncludingThoseWithNoCases() throws Exception {
        Measures m = measures(caseloads());

        // W5 left before D and W6 starts after it
        assertThat(m.caseloadByWorker()).containsExactlyInAnyOrder(
                new WorkerCaseload("W1", 2),
                new WorkerCaseload("W2", 1),
                new WorkerCaseload("W3", 0),
                new WorkerCaseload("W4", 0));
        @SuppressWarnings("unchecked")
        java.util.List<Map<String, Object>> json = (java.util.List<Map<String, Object>>) m.byDfeName().get("caseload_by_worker");
        assertThat(json).contains(Map.of("worker_id", "W1", "cases", 2), Map.of("worker_id", "W3", "cases", 0));
    }

    @Test
    void workersOver20CasesHoldMoreThan20() throws Exception {
        TestBundle bundle = TestBundle.withTeams("T1").workers("W1", "W2", "W3").employment(
                "W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                "W2,agency,social_worker,T1,,1,2020-01-01,,,",
                "W3,permanent,social_worker,T1,,1,2020-01-01,,,");
        for (int i = 1; i <= 41; i++) {
            bundle.caseRow("C" + i + ",CH" + i + ",,child_in_need,,2024-01-01,");
            bundle.allocation("C" + i + "," + (i <= 21 ? "W1" : "W2") + ",primary,2024-01-01,,");
        }
        // W3 holds 21 cases too, but one of them closed before D: 20 open cases on D
        for (int i = 42; i <= 62; i++) {
            bundle.caseRow("C" + i + ",CH" + i + ",,child_in_need,,2024-01-01," + (i == 42 ? "2025-09-29" : ""));
            bundle.allocation("C" + i + ",W3,primary,2024-01-01," + (i == 42 ? "2025-09-29" : "") + ",");
        }

        Measures m = measures(bundle);

        // W1: 21 > 20 counts; W2 (agency, any contract counts): 20 does not; W3: 20 open cases does not
        assertThat(m.workersOver20Cases()).isEqualTo(1);
        assertThat(m.cases()).isEqualTo(61);
        assertThat(m.caseloadByWorker()).containsExactlyInAnyOrder(
                new WorkerCaseload("W1", 21), new WorkerCaseload("W2", 20), new WorkerCaseload("W3", 20));
    }

    @Test
    void twentyOneCasesOfAnAgencyWorkerCount() throws Exception {
        TestBundle bundle = TestBundle.withTeams("T1").worker("W1").employment("W1,agency,social_worker,T1,,1,2020-01-01,,,");
        for (int i = 1; i <= 21; i++) {
            bundle.caseRow("C" + i + ",CH" + i + ",,child_in_need,,2024-01-01,");
            bundle.allocation("C" + i + ",W1,primary,2024-01-01,,");
        }

        assertThat(measures(bundle).workersOver20Cases()).isEqualTo(1);
    }

    @Test
    void withoutCasesOrAllocationsTheCaseloadMeasuresAreNull() throws Exception {
        TestBundle withoutBoth = TestBundle.withTeams("T1").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,");
        TestBundle casesOnly = TestBundle.withTeams("T1").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,")
                .caseRow("C1,CH1,,child_in_need,,2024-01-01,");

        for (TestBundle bundle : java.util.List.of(withoutBoth, casesOnly)) {
            Measures m = measures(bundle);
            assertThat(m.caseHoldersFte()).isNull();
            assertThat(m.cases()).isNull();
            assertThat(m.caseloadFte()).isNull();
            assertThat(m.workersOver20Cases()).isNull();
            assertThat(m.caseloadByWorker()).isNull();
            assertThat(m.childrenWith3PlusWorkers()).isNull();
            assertThat(m.byDfeName()).containsEntry("caseload_fte", null).containsEntry("cases", null);
        }
    }

    @Test
    void withCaseFilesButNoCaseHeldTheCaseloadIsNullAndTheCountsZero() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,")
                .caseRow("C1,CH1,,child_in_need,,2024-01-01,")
                .row("allocations.csv"));

        assertThat(m.cases()).isZero();
        assertThat(m.caseHoldersFte()).isCloseTo(0.0, EXACT);
        assertThat(m.caseloadFte()).as("0 denominator").isNull();
        assertThat(m.workersOver20Cases()).isZero();
        assertThat(m.caseloadByWorker()).containsExactly(new WorkerCaseload("W1", 0));
        assertThat(m.childrenWith3PlusWorkers()).isZero();
    }

    // ---- sickness absence ------------------------------------------------------------------------------

    @Test
    void aSicknessAbsenceWithoutWorkingDaysCountsItsMondayToFridayDays() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,")
                .absence("W1,2025-03-03,2025-03-14,SIC,")); // Monday to Friday of the next week: 10 days

        // 10 × 1.0
        assertThat(m.workingDaysLostFte()).isCloseTo(10.0, EXACT);
        // 100 × 10 / (1.0 × 253)
        assertThat(m.absenceRateFte()).isCloseTo(3.9525691699604746, EXACT);
    }

    @Test
    void aSicknessAbsenceWithWorkingDaysCountsThem() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").worker("W1")
                .employment("W1,permanent,social_worker,T1,,0.5,2020-01-01,,,")
                .absence("W1,2025-03-03,2025-03-07,SIC,3")); // a part-timer's 3 working days in a week

        // 3 × 0.5
        assertThat(m.workingDaysLostFte()).isCloseTo(1.5, EXACT);
        // 100 × 1.5 / (0.5 × 253)
        assertThat(m.absenceRateFte()).isCloseTo(1.1857707509881423, EXACT);
    }

    @Test
    void anAbsenceAcrossTheStartOfTheYearCountsOnlyItsDaysInTheYear() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2")
                .employment("W1,permanent,social_worker,T1,,0.5,2020-01-01,,,",
                        "W2,permanent,social_worker,T1,,1,2020-01-01,,,")
                // Monday 2024-09-23 to Friday 2024-10-04: 10 weekdays, of which Tue 1 to Fri 4 October (4) in the year
                .absence("W1,2024-09-23,2024-10-04,SIC,",
                        "W2,2024-09-23,2024-10-04,SIC,5"));

        // W1: 4 weekdays × 0.5 = 2.0; W2: 5 working days spread over 10 weekdays, 4 in the year: 5 × 4 / 10 × 1.0 = 2.0
        assertThat(m.workingDaysLostFte()).isCloseTo(4.0, EXACT);
        // 100 × 4 / (1.5 × 253)
        assertThat(m.absenceRateFte()).isCloseTo(1.0540184453227932, EXACT);
    }

    @Test
    void anAbsenceAcrossTheReferenceDateCountsOnlyItsDaysInTheYear() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                        "W2,permanent,social_worker,T1,,1,2020-01-01,,,")
                // Monday 2025-09-29 to Friday 2025-10-03: 5 weekdays, Mon 29 and Tue 30 in the year
                .absence("W1,2025-09-29,2025-10-03,SIC,2.5",
                        // Friday 2025-09-26 to Thursday 2025-10-02: Fri 26, Mon 29, Tue 30 in the year
                        "W2,2025-09-26,2025-10-02,SIC,"));

        // W1: 2.5 × 2 / 5 = 1.0; W2: 3 weekdays; both 1.0 FTE
        assertThat(m.workingDaysLostFte()).isCloseTo(4.0, EXACT);
        // 100 × 4 / (2.0 × 253)
        assertThat(m.absenceRateFte()).isCloseTo(0.7905138339920948, EXACT);
    }

    @Test
    void anAbsenceIsWeightedByTheFteOnItsFirstDayInTheYear() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").worker("W1")
                // 1.0 until the day before the year, 0.5 from its first day, 1.0 again from 2025-03-06
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,2024-09-30,,",
                        "W1,permanent,social_worker,T1,,0.5,2024-10-01,2025-03-05,,",
                        "W1,permanent,social_worker,T1,,1,2025-03-06,,,")
                .absence("W1,2024-09-23,2024-10-04,SIC,",   // first day in the year 2024-10-01: 0.5
                        "W1,2025-03-03,2025-03-07,SIC,"));  // first day 2025-03-03: 0.5

        // 4 weekdays × 0.5 + 5 weekdays × 0.5
        assertThat(m.workingDaysLostFte()).isCloseTo(4.5, EXACT);
    }

    @Test
    void onlySicknessOfNonAgencyWorkersInTheYearCounts() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").workers("W1", "W2")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                        "W2,agency,social_worker,T1,,1,2020-01-01,,,")
                .absence("W1,2025-03-03,2025-03-04,SIC,",   // 2 days: counts
                        "W1,2025-04-07,2025-04-11,MAT,",
                        "W1,2025-04-14,2025-04-18,OTH,",
                        "W1,2025-05-05,2025-05-09,TRN,",
                        "W1,2025-05-12,2025-05-16,UNP,",
                        "W1,2024-09-02,2024-09-06,SIC,",   // before the year
                        "W1,2025-10-06,2025-10-10,SIC,",   // after D
                        "W2,2025-03-03,2025-03-07,SIC,"));  // agency

        // 2 × 1.0
        assertThat(m.workingDaysLostFte()).isCloseTo(2.0, EXACT);
        // 100 × 2 / (1.0 × 253)
        assertThat(m.absenceRateFte()).isCloseTo(0.7905138339920948, EXACT);
    }

    @Test
    void withoutAbsencesCsvTheAbsenceMeasuresAreNull() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,"));

        assertThat(m.workingDaysLostFte()).isNull();
        assertThat(m.absenceRateFte()).isNull();
    }

    @Test
    void withAbsencesCsvButNoSicknessTheAbsenceIsZero() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,")
                .row("absences.csv"));

        assertThat(m.workingDaysLostFte()).isCloseTo(0.0, EXACT);
        assertThat(m.absenceRateFte()).isCloseTo(0.0, EXACT);
    }

    // ---- post-qualifying experience ------------------------------------------------------------------

    @Test
    void pqeOver2YearsAndPqeBands() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1")
                .worker("W1", "2023-09-30")  // exactly 2 years on D: over 2, band 2_to_5
                .worker("W2", "2023-10-01")  // 1 year 364 days: under_2
                .worker("W3", "2020-09-30")  // exactly 5: 5_to_10
                .worker("W4", "2020-10-01")  // 4 whole years: 2_to_5
                .worker("W5", "2015-09-30")  // exactly 10: 10_to_20
                .worker("W6", "2005-09-30")  // exactly 20: 20_plus
                .worker("W7", "2005-10-01")  // 19 whole years: 10_to_20
                .worker("W8")                // no qualified_on: excluded
                .worker("W9", "2000-01-01")  // agency: excluded
                .worker("W10", "2000-01-01") // left before D: excluded
                .employment("W1,permanent,social_worker,T1,,1,2023-10-01,,,",
                        "W2,permanent,asye_social_worker,T1,,1,2023-10-01,,,",
                        "W3,permanent,social_worker,T1,,1,2020-10-01,,,",
                        "W4,fixed_term,social_worker,T1,,0.5,2020-10-01,,,",
                        "W5,permanent,senior_social_worker,T1,,1,2015-10-01,,,",
                        "W6,permanent,team_manager,T1,,1,2005-10-01,,,",
                        "W7,permanent,service_manager,T1,,1,2005-10-01,,,",
                        "W8,permanent,social_worker,T1,,1,2020-01-01,,,",
                        "W9,agency,social_worker,T1,,1,2020-01-01,,,",
                        "W10,permanent,social_worker,T1,,1,2020-01-01,2025-06-30,1,"));

        // 7 workers with a qualified_on; all but W2 qualified on or before 2023-09-30: 100 × 6 / 7
        assertThat(m.pqeOver2yPercent()).isCloseTo(85.71428571428571, EXACT);
        assertThat(m.pqeBands()).isEqualTo(new PqeBands(1, 2, 1, 2, 1));
        assertThat(m.byDfeName().get("pqe_bands")).isEqualTo(Map.of(
                "under_2", 1, "2_to_5", 2, "5_to_10", 1, "10_to_20", 2, "20_plus", 1));
    }

    @Test
    void withoutAnyQualificationDateThePqePercentIsNull() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1").worker("W1").worker("W2", "2010-01-01")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                        "W2,agency,social_worker,T1,,1,2020-01-01,,,"));

        assertThat(m.pqeOver2yPercent()).isNull();
        assertThat(m.pqeBands()).isEqualTo(new PqeBands(0, 0, 0, 0, 0));
    }

    // ---- stability: children with 3 or more primary workers -------------------------------------------

    @Test
    void childrenWith3PlusWorkersCountsDistinctPrimaryWorkersDuringTheYear() throws Exception {
        TestBundle bundle = TestBundle.withTeams("T1").workers("W1", "W2", "W3").employment(
                        "W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                        "W2,permanent,social_worker,T1,,1,2020-01-01,,,",
                        "W3,permanent,social_worker,T1,,1,2020-01-01,,,")
                .caseRow("C1,CH1,,child_in_care,,2024-01-01,",
                        "C2,CH2,,child_in_care,,2024-01-01,",
                        "C3,CH3,,child_in_care,,2024-01-01,",
                        "C4,CH4,,child_in_care,,2024-01-01,",
                        "C5,CH5,,child_in_care,,2024-01-01,",
                        "C6,CH6,,child_in_care,,2024-01-01,",
                        "C7,CH7,,child_in_care,,2024-01-01,",
                        "C8,CH8,,child_in_care,,2023-01-01,2024-06-30")
                .allocation(
                        // CH1: W1, W2, W3: 3 -> yes
                        "C1,W1,primary,2024-10-01,2024-12-31,worker_moved",
                        "C1,W2,primary,2025-01-01,2025-03-31,worker_moved",
                        "C1,W3,primary,2025-04-01,,",
                        // CH2: W1, W2: 2 -> no
                        "C2,W1,primary,2024-10-01,2025-01-31,workload_balance",
                        "C2,W2,primary,2025-02-01,,",
                        // CH3: W1, W2, W1 again: 2 distinct -> no
                        "C3,W1,primary,2024-10-01,2024-11-30,other",
                        "C3,W2,primary,2024-12-01,2025-01-31,other",
                        "C3,W1,primary,2025-02-01,,",
                        // CH4: W3 ended before the year; W1, W2 in it: 2 -> no
                        "C4,W3,primary,2024-01-01,2024-09-30,other",
                        "C4,W1,primary,2024-10-01,2024-12-31,other",
                        "C4,W2,primary,2025-01-01,,",
                        // CH5: one primary and two co-workers: 1 -> no
                        "C5,W1,primary,2024-10-01,,",
                        "C5,W2,co_worker,2024-10-01,,",
                        "C5,W3,co_worker,2024-10-01,,",
                        // CH6: W3 ends on the first day of the year, so is in it: W3, W1, W2: 3 -> yes
                        "C6,W3,primary,2024-01-01,2024-10-01,other",
                        "C6,W1,primary,2024-10-02,2025-06-30,other",
                        "C6,W2,primary,2025-07-01,,",
                        // CH7: W2 and W3 only after D: 1 -> no
                        "C7,W1,primary,2024-10-01,2025-09-30,other",
                        "C7,W2,primary,2025-10-01,2025-10-31,other",
                        "C7,W3,primary,2025-11-01,,",
                        // CH8: closed before the year, three primaries then: no
                        "C8,W1,primary,2023-01-01,2023-06-30,other",
                        "C8,W2,primary,2023-07-01,2023-12-31,other",
                        "C8,W3,primary,2024-01-01,2024-06-30,case_closed");

        Measures m = measures(bundle);

        // CH1 and CH6
        assertThat(m.childrenWith3PlusWorkers()).isEqualTo(2);
    }

    // ---- zero denominators and the JSON form ----------------------------------------------------------

    @Test
    void aRateWithAZeroDenominatorIsNull() throws Exception {
        Measures m = measures(TestBundle.withTeams("T1")
                .post("P1,T1,social_worker,1,2020-01-01,")
                .row("absences.csv").row("cases.csv").row("allocations.csv"));

        assertThat(m.inpostFte()).isZero();
        assertThat(m.turnoverRateFte()).isNull();
        assertThat(m.turnoverRateHeadcount()).isNull();
        assertThat(m.agencyRateFte()).isNull();
        assertThat(m.agencyRateHeadcount()).isNull();
        assertThat(m.agencyCoverRateFte()).isNull();
        assertThat(m.caseloadFte()).isNull();
        assertThat(m.absenceRateFte()).isNull();
        assertThat(m.pqeOver2yPercent()).isNull();
        // Its denominators are not 0: 100 × 1 / (1 + 0) and 100 × 0 / 1
        assertThat(m.vacancyRateFte()).isCloseTo(100.0, EXACT);
        assertThat(m.vacancyAgencyCoverRateFte()).isCloseTo(0.0, EXACT);
        assertThat(m.byDfeName()).containsEntry("turnover_rate_fte", null).containsEntry("caseload_fte", null);
    }

    @Test
    void theJsonFormHasTheDfeNamesInTheOrderOfMeasuresMd() throws Exception {
        Measures m = measures(caseloads());

        assertThat(m.byDfeName().keySet()).containsExactly(
                "inpost_fte", "inpost_headcount", "starters_fte", "starters_headcount", "leavers_fte",
                "leavers_headcount", "turnover_rate_fte", "turnover_rate_headcount", "agency_fte", "agency_headcount",
                "agency_rate_fte", "agency_rate_headcount", "vacancy_fte", "vacancy_rate_fte", "agency_cover_fte",
                "agency_cover_rate_fte", "vacancy_agency_cover_rate_fte", "case_holders_fte", "cases", "caseload_fte",
                "working_days_lost_fte", "absence_rate_fte", "pqe_over_2y_percent", "pqe_bands",
                "workers_over_20_cases", "caseload_by_worker", "children_with_3_plus_workers");
        assertThat(m.byDfeName()).containsEntry("cases", 3).containsEntry("inpost_headcount", 3);
    }

    @Test
    void measuresAreComputedForAnyReferenceDate() throws Exception {
        WorkforceMeasures measures = WorkforceMeasures.of(TestBundle.withTeams("T1").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2024-04-01,2025-03-31,1,").read(dir));

        // The census date of 2024: W1 started in the year 2023-10-01 to 2024-09-30 and is in post
        Measures m2024 = measures.forAuthority(LocalDate.of(2024, 9, 30));
        assertThat(m2024.startersHeadcount()).isEqualTo(1);
        assertThat(m2024.leaversHeadcount()).isZero();
        assertThat(m2024.inpostHeadcount()).isEqualTo(1);
        // 2025: W1 left in the year and is not in post
        Measures m2025 = measures.forAuthority(D);
        assertThat(m2025.startersHeadcount()).isZero();
        assertThat(m2025.leaversHeadcount()).isEqualTo(1);
        assertThat(m2025.inpostHeadcount()).isZero();
    }
}
