package uk.retain.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.workforce.TestBundle;

/**
 * measures.md, "Grouping": FTEs count by row, people and cases by main team, posts by their own team, rates from
 * each team's own figures, so that the teams add up to the authority. D = 2025-09-30; the year starts 2024-10-01.
 */
class WorkforceMeasuresByTeamTest {

    static final LocalDate D = LocalDate.of(2025, 9, 30);
    static final Offset<Double> EXACT = within(1e-9);

    /** The measures that are counts or FTEs: the teams' values add up to the authority's. */
    static final List<String> SUMMABLE = List.of("inpost_fte", "inpost_headcount", "starters_fte", "starters_headcount",
            "leavers_fte", "leavers_headcount", "agency_fte", "agency_headcount", "vacancy_fte", "agency_cover_fte",
            "case_holders_fte", "cases", "working_days_lost_fte", "workers_over_20_cases");

    @TempDir
    Path dir;

    private Map<String, Measures> byTeam(TestBundle bundle) throws Exception {
        return WorkforceMeasures.of(bundle.read(dir)).byTeam(D);
    }

    @Test
    void everyTeamIsGivenInTeamIdOrderAndAnEmptyTeamHasNullRates() throws Exception {
        Map<String, Measures> teams = byTeam(TestBundle.withTeams("T2", "T3", "T1").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,"));

        assertThat(teams.keySet()).containsExactly("T1", "T2", "T3");
        Measures empty = teams.get("T2");
        assertThat(empty.inpostFte()).isZero();
        assertThat(empty.inpostHeadcount()).isZero();
        assertThat(empty.turnoverRateFte()).isNull();
        assertThat(empty.turnoverRateHeadcount()).isNull();
        assertThat(empty.agencyRateFte()).isNull();
        assertThat(empty.agencyRateHeadcount()).isNull();
        assertThat(empty.pqeOver2yPercent()).isNull();
    }

    @Test
    void fteCountsByRowAndHeadcountByMainTeam() throws Exception {
        Map<String, Measures> teams = byTeam(TestBundle.withTeams("T1", "T2").worker("W1").employment(
                "W1,permanent,social_worker,T2,,0.6,2020-01-01,,,",
                "W1,fixed_term,practice_educator,T1,,0.4,2020-01-01,,,"));

        assertThat(teams.get("T1").inpostFte()).isCloseTo(0.4, EXACT);
        assertThat(teams.get("T2").inpostFte()).isCloseTo(0.6, EXACT);
        // main team: the row with the largest FTE, 0.6 in T2
        assertThat(teams.get("T1").inpostHeadcount()).isZero();
        assertThat(teams.get("T2").inpostHeadcount()).isEqualTo(1);
        // turnover by headcount of T1: 0 leavers / 0 in post
        assertThat(teams.get("T1").turnoverRateHeadcount()).isNull();
        assertThat(teams.get("T1").turnoverRateFte()).isCloseTo(0.0, EXACT);
    }

    @Test
    void aTieGoesToTheSmallestTeamIdComparedAsStrings() throws Exception {
        Map<String, Measures> teams = byTeam(TestBundle.withTeams("T9", "T10").worker("W1").employment(
                "W1,permanent,social_worker,T9,,0.5,2020-01-01,,,",
                "W1,permanent,practice_educator,T10,,0.5,2020-01-01,,,"));

        // "T10" < "T9" as strings (though 10 > 9 as numbers)
        assertThat(teams.get("T10").inpostHeadcount()).isEqualTo(1);
        assertThat(teams.get("T9").inpostHeadcount()).isZero();
        assertThat(teams.get("T9").inpostFte()).isCloseTo(0.5, EXACT);
        assertThat(teams.get("T10").inpostFte()).isCloseTo(0.5, EXACT);
    }

    @Test
    void startsAndLeavingsCountFteByRowAndPeopleByTheirMainTeamThatDay() throws Exception {
        Map<String, Measures> teams = byTeam(TestBundle.withTeams("T1", "T2", "T3").workers("W1", "W2", "W3").employment(
                // W1 starts 2025-01-01 in T1 (0.6) and T2 (0.4)
                "W1,permanent,social_worker,T1,,0.6,2025-01-01,,,",
                "W1,permanent,practice_educator,T2,,0.4,2025-01-01,,,",
                // W2 leaves 2025-06-30 from T1 (0.3) and T2 (0.7)
                "W2,permanent,social_worker,T1,,0.3,2020-01-01,2025-06-30,1,",
                "W2,permanent,practice_educator,T2,,0.7,2020-01-01,2025-06-30,1,",
                // W3 starts in T1, moves to T3 the next day after 2025-03-31, leaves from T3
                "W3,permanent,social_worker,T1,,1,2025-01-01,2025-03-31,,",
                "W3,permanent,social_worker,T3,,1,2025-04-01,2025-08-31,2,"));

        Measures t1 = teams.get("T1");
        Measures t2 = teams.get("T2");
        Measures t3 = teams.get("T3");
        // starters: T1 0.6 (W1) + 1.0 (W3), people W1 and W3; T2 0.4 (W1's row), nobody
        assertThat(t1.startersFte()).isCloseTo(1.6, EXACT);
        assertThat(t1.startersHeadcount()).isEqualTo(2);
        assertThat(t2.startersFte()).isCloseTo(0.4, EXACT);
        assertThat(t2.startersHeadcount()).isZero();
        assertThat(t3.startersFte()).isZero();
        assertThat(t3.startersHeadcount()).isZero();
        // leavers: T1 0.3 (W2's row); T2 0.7 and W2 (main team T2); T3 1.0 and W3
        assertThat(t1.leaversFte()).isCloseTo(0.3, EXACT);
        assertThat(t1.leaversHeadcount()).isZero();
        assertThat(t2.leaversFte()).isCloseTo(0.7, EXACT);
        assertThat(t2.leaversHeadcount()).isEqualTo(1);
        assertThat(t3.leaversFte()).isCloseTo(1.0, EXACT);
        assertThat(t3.leaversHeadcount()).isEqualTo(1);
        // in post on D: W1 only, T1 0.6 (head) and T2 0.4
        // turnover T1: 100 × 0.3 / 0.6 = 50, 100 × 0 / 1 = 0; T2: 100 × 0.7 / 0.4 = 175, 1 / 0 = null; T3: null
        assertThat(t1.turnoverRateFte()).isCloseTo(50.0, EXACT);
        assertThat(t1.turnoverRateHeadcount()).isCloseTo(0.0, EXACT);
        assertThat(t2.turnoverRateFte()).isCloseTo(175.0, EXACT);
        assertThat(t2.turnoverRateHeadcount()).isNull();
        assertThat(t3.turnoverRateFte()).isNull();
    }

    @Test
    void aMainTeamIsTakenAmongTheRowsTheMeasureLooksAt() throws Exception {
        // W1: permanent 0.4 in T1 and agency 0.6 in T2, holding 21 cases.
        TestBundle bundle = TestBundle.withTeams("T1", "T2").worker("W1", "2015-01-01").employment(
                "W1,permanent,social_worker,T1,,0.4,2020-01-01,,,",
                "W1,agency,social_worker,T2,,0.6,2020-01-01,,,");
        for (int i = 1; i <= 21; i++) {
            bundle.caseRow("C" + i + ",CH" + i + ",,child_in_need,,2024-01-01,");
            bundle.allocation("C" + i + ",W1,primary,2024-01-01,,");
        }

        Map<String, Measures> teams = byTeam(bundle);
        Measures t1 = teams.get("T1");
        Measures t2 = teams.get("T2");

        // non-agency measures: main team among the non-agency rows, T1
        assertThat(t1.inpostHeadcount()).isEqualTo(1);
        assertThat(t1.pqeBands()).isEqualTo(new PqeBands(0, 0, 0, 1, 0));
        assertThat(t1.pqeOver2yPercent()).isCloseTo(100.0, EXACT);
        assertThat(t2.pqeOver2yPercent()).isNull();
        // agency measures: among the agency rows, T2
        assertThat(t2.agencyHeadcount()).isEqualTo(1);
        assertThat(t1.agencyHeadcount()).isZero();
        // caseload measures: among all rows, T2 (0.6 > 0.4)
        assertThat(t2.cases()).isEqualTo(21);
        assertThat(t1.cases()).isZero();
        assertThat(t2.workersOver20Cases()).isEqualTo(1);
        assertThat(t1.workersOver20Cases()).isZero();
        assertThat(t2.caseloadByWorker()).containsExactly(new WorkerCaseload("W1", 21));
        assertThat(t1.caseloadByWorker()).isEmpty();
        // case holders' FTE by row: 0.4 in T1, 0.6 in T2; caseload T1 0 / 0.4 = 0, T2 21 / 0.6 = 35
        assertThat(t1.caseHoldersFte()).isCloseTo(0.4, EXACT);
        assertThat(t2.caseHoldersFte()).isCloseTo(0.6, EXACT);
        assertThat(t1.caseloadFte()).isCloseTo(0.0, EXACT);
        assertThat(t2.caseloadFte()).isCloseTo(35.0, EXACT);
        // agency rate T1: 100 × 0 / (0 + 0.4) = 0; T2: 100 × 0.6 / (0.6 + 0) = 100
        assertThat(t1.agencyRateFte()).isCloseTo(0.0, EXACT);
        assertThat(t2.agencyRateFte()).isCloseTo(100.0, EXACT);
        assertThat(t2.agencyRateHeadcount()).isCloseTo(100.0, EXACT);
    }

    @Test
    void aCaseCountsToItsPrimaryWorkersMainTeamOnD() throws Exception {
        Map<String, Measures> teams = byTeam(TestBundle.withTeams("T1", "T2").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,2025-06-30,,",
                        "W1,permanent,social_worker,T2,,1,2025-07-01,,,")
                .caseRow("C1,CH1,,child_in_need,,2024-01-01,")
                .allocation("C1,W1,primary,2024-01-01,,"));

        // W1 moved to T2 before D; the case was allocated while W1 was in T1
        assertThat(teams.get("T2").cases()).isEqualTo(1);
        assertThat(teams.get("T1").cases()).isZero();
        assertThat(teams.get("T2").caseHoldersFte()).isCloseTo(1.0, EXACT);
        assertThat(teams.get("T1").caseHoldersFte()).isZero();
        assertThat(teams.get("T1").caseloadFte()).as("nobody holds a case in T1").isNull();
    }

    @Test
    void aPostCountsToItsOwnTeam() throws Exception {
        Map<String, Measures> teams = byTeam(TestBundle.withTeams("T1", "T2").workers("W1", "W2")
                .post("P1,T2,social_worker,1,2020-01-01,")
                // Both rows are in T1, on T2's post
                .employment("W1,permanent,social_worker,T1,P1,0.5,2020-01-01,,,",
                        "W2,agency,social_worker,T1,P1,0.5,2024-01-01,,,"));

        Measures t1 = teams.get("T1");
        Measures t2 = teams.get("T2");
        // P1: 1.0 − 0.5 = 0.5 vacant, covered min(0.5, 0.5) = 0.5, both in T2
        assertThat(t2.vacancyFte()).isCloseTo(0.5, EXACT);
        assertThat(t2.agencyCoverFte()).isCloseTo(0.5, EXACT);
        assertThat(t1.vacancyFte()).isZero();
        assertThat(t1.agencyCoverFte()).isZero();
        // the FTEs stay with the rows' team T1
        assertThat(t1.inpostFte()).isCloseTo(0.5, EXACT);
        assertThat(t1.agencyFte()).isCloseTo(0.5, EXACT);
        // T2: vacancy rate 100 × 0.5 / (0.5 + 0) = 100; cover rate 0.5 / 0 agency = null; vacancy cover 100 × 0.5 / 0.5
        assertThat(t2.vacancyRateFte()).isCloseTo(100.0, EXACT);
        assertThat(t2.agencyCoverRateFte()).isNull();
        assertThat(t2.vacancyAgencyCoverRateFte()).isCloseTo(100.0, EXACT);
        // T1: vacancy rate 100 × 0 / (0 + 0.5) = 0; cover rate 100 × 0 / 0.5 = 0; vacancy cover 0 / 0 = null
        assertThat(t1.vacancyRateFte()).isCloseTo(0.0, EXACT);
        assertThat(t1.agencyCoverRateFte()).isCloseTo(0.0, EXACT);
        assertThat(t1.vacancyAgencyCoverRateFte()).isNull();
    }

    @Test
    void absenceCountsByRow() throws Exception {
        Map<String, Measures> teams = byTeam(TestBundle.withTeams("T1", "T2").worker("W1")
                .employment("W1,permanent,social_worker,T1,,0.6,2020-01-01,,,",
                        "W1,permanent,practice_educator,T2,,0.4,2020-01-01,,,")
                .absence("W1,2025-03-03,2025-03-07,SIC,"));

        // 5 weekdays × 0.6 and × 0.4
        assertThat(teams.get("T1").workingDaysLostFte()).isCloseTo(3.0, EXACT);
        assertThat(teams.get("T2").workingDaysLostFte()).isCloseTo(2.0, EXACT);
        // 100 × 3 / (0.6 × 253) and 100 × 2 / (0.4 × 253)
        assertThat(teams.get("T1").absenceRateFte()).isCloseTo(1.976284584980237, EXACT);
        assertThat(teams.get("T2").absenceRateFte()).isCloseTo(1.976284584980237, EXACT);
    }

    @Test
    void childrenWith3PlusWorkersIsNotGivenByTeam() throws Exception {
        Map<String, Measures> teams = byTeam(bigBundle());

        assertThat(teams.values()).allSatisfy(team -> assertThat(team.childrenWith3PlusWorkers()).isNull());
    }

    // ---- the teams add up to the authority --------------------------------------------------------------

    /**
     * Three teams, every kind of row:
     * <pre>
     * W1 q2015  permanent 0.6 T1 (P1) + 0.4 T2, from 2020               21 cases          SIC 5 days
     * W2 q2024  permanent 1.0 T2 from 2025-02-01 (a start)               2 cases
     * W3 q2010  permanent 1.0 T3 to 2025-05-31 (a leaving)                                 SIC 5 days
     * W4        agency 0.5 T1 (P1) + 0.5 T3, from 2024                   1 case            SIC (agency)
     * W5 q2000  fixed-term 0.5 T3 + agency 0.5 T1 (P2), from 2024-06-01  co-worker         SIC 1 working day
     * W6 q2022  permanent 1.0 T1, then T3 (P3) from 2025-02-01           1 case            SIC across the year start
     * W7        permanent 0.5 T2 2024-11-01 to 2025-03-31, then T1 from 2025-06-01 (start, leaving, start)
     * </pre>
     */
    static TestBundle bigBundle() {
        TestBundle bundle = TestBundle.withTeams("T1", "T2", "T3")
                .worker("W1", "2015-01-01").worker("W2", "2024-01-01").worker("W3", "2010-01-01").worker("W4")
                .worker("W5", "2000-01-01").worker("W6", "2022-01-01").worker("W7")
                .post("P1,T1,social_worker,1,2020-01-01,",
                        "P2,T2,social_worker,1,2020-01-01,",
                        "P3,T3,social_worker,1,2020-01-01,",
                        "P4,T3,social_worker,0.5,2020-01-01,2025-01-01")
                .employment("W1,permanent,social_worker,T1,P1,0.6,2020-01-01,,,",
                        "W1,permanent,practice_educator,T2,,0.4,2020-01-01,,,",
                        "W2,permanent,social_worker,T2,,1,2025-02-01,,,",
                        "W3,permanent,senior_social_worker,T3,,1,2020-01-01,2025-05-31,1,",
                        "W4,agency,social_worker,T1,P1,0.5,2024-01-01,,,",
                        "W4,agency,social_worker,T3,,0.5,2024-01-01,,,",
                        "W5,fixed_term,team_manager,T3,,0.5,2024-06-01,,,",
                        "W5,agency,social_worker,T1,P2,0.5,2024-06-01,,,",
                        "W6,permanent,social_worker,T1,,1,2020-01-01,2025-01-31,,",
                        "W6,permanent,social_worker,T3,P3,1,2025-02-01,,,",
                        "W7,permanent,social_worker,T2,,0.5,2024-11-01,2025-03-31,2,",
                        "W7,permanent,social_worker,T1,,0.5,2025-06-01,,,")
                .absence("W1,2025-03-03,2025-03-07,SIC,",
                        "W3,2025-01-06,2025-01-10,SIC,",
                        "W4,2025-03-03,2025-03-07,SIC,",
                        "W5,2025-02-03,2025-02-04,SIC,1",
                        "W6,2024-09-30,2024-10-02,SIC,");
        for (int i = 1; i <= 21; i++) {
            bundle.caseRow("C" + i + ",CH" + i + ",,child_in_need,,2024-01-01,");
            bundle.allocation("C" + i + ",W1,primary,2024-01-01,,");
        }
        return bundle
                .caseRow("C22,CH22,F1,child_protection,true,2025-02-01,",
                        "C23,CH23,F1,child_protection,true,2025-02-01,",
                        "C24,CH24,,child_in_care,,2024-01-01,",
                        "C25,CH25,,care_leaver,,2024-01-01,",
                        "C26,CH26,,assessment,,2024-01-01,2025-06-30")
                .allocation("C22,W2,primary,2025-02-01,,",
                        "C23,W2,primary,2025-02-01,,",
                        "C24,W4,primary,2024-01-01,,",
                        "C25,W6,primary,2024-01-01,,",
                        "C25,W5,co_worker,2024-06-01,,",
                        "C26,W7,primary,2024-11-01,2025-03-31,worker_left");
    }

    @Test
    void theBigBundlesAuthorityFiguresWorkedOutByHand() throws Exception {
        Measures m = WorkforceMeasures.of(bigBundle().read(dir)).forAuthority(D);

        // in post on D: W1 1.0, W2 1.0, W5 0.5, W6 1.0, W7 0.5
        assertThat(m.inpostFte()).isCloseTo(4.0, EXACT);
        assertThat(m.inpostHeadcount()).isEqualTo(5);
        // starts: W2 2025-02-01 (1.0), W7 2024-11-01 (0.5) and 2025-06-01 (0.5)
        assertThat(m.startersHeadcount()).isEqualTo(3);
        assertThat(m.startersFte()).isCloseTo(2.0, EXACT);
        // leavings: W3 2025-05-31 (1.0), W7 2025-03-31 (0.5)
        assertThat(m.leaversHeadcount()).isEqualTo(2);
        assertThat(m.leaversFte()).isCloseTo(1.5, EXACT);
        // agency on D: W4 0.5 + 0.5, W5 0.5
        assertThat(m.agencyFte()).isCloseTo(1.5, EXACT);
        assertThat(m.agencyHeadcount()).isEqualTo(2);
        // vacancy: P1 1.0 − 0.6 = 0.4, P2 1.0, P3 0, P4 not funded; cover: min(0.4, 0.5) + min(1.0, 0.5)
        assertThat(m.vacancyFte()).isCloseTo(1.4, EXACT);
        assertThat(m.agencyCoverFte()).isCloseTo(0.9, EXACT);
        // cases on D: 21 (W1) + 2 (W2) + 1 (W4) + 1 (W6); C26 closed; holders W1 1.0 + W2 1.0 + W4 1.0 + W6 1.0
        assertThat(m.cases()).isEqualTo(25);
        assertThat(m.caseHoldersFte()).isCloseTo(4.0, EXACT);
        assertThat(m.workersOver20Cases()).isEqualTo(1);
        assertThat(m.caseloadByWorker()).containsExactlyInAnyOrder(new WorkerCaseload("W1", 21),
                new WorkerCaseload("W2", 2), new WorkerCaseload("W4", 1), new WorkerCaseload("W5", 0),
                new WorkerCaseload("W6", 1), new WorkerCaseload("W7", 0));
        // sickness: W1 5 × 1.0, W3 5 × 1.0, W5 1 × 0.5, W6 2 (Tue 1 and Wed 2 October) × 1.0; W4 is agency
        assertThat(m.workingDaysLostFte()).isCloseTo(12.5, EXACT);
        // PQE of W1 (10 years), W2 (1), W5 (25), W6 (3); W7 has none: 3 of 4 over 2 years
        assertThat(m.pqeOver2yPercent()).isCloseTo(75.0, EXACT);
        assertThat(m.pqeBands()).isEqualTo(new PqeBands(1, 1, 0, 1, 1));
        assertThat(m.childrenWith3PlusWorkers()).isZero();
    }

    @Test
    void theBigBundlesTeamFiguresWorkedOutByHand() throws Exception {
        Map<String, Measures> teams = byTeam(bigBundle());
        Measures t1 = teams.get("T1");
        Measures t2 = teams.get("T2");
        Measures t3 = teams.get("T3");

        // in post: T1 W1 0.6 + W7 0.5 (heads W1, W7); T2 W1 0.4 + W2 1.0 (head W2); T3 W5 0.5 + W6 1.0 (heads W5, W6)
        assertThat(List.of(t1.inpostFte(), t2.inpostFte(), t3.inpostFte())).satisfiesExactly(
                v -> assertThat(v).isCloseTo(1.1, EXACT), v -> assertThat(v).isCloseTo(1.4, EXACT),
                v -> assertThat(v).isCloseTo(1.5, EXACT));
        assertThat(List.of(t1.inpostHeadcount(), t2.inpostHeadcount(), t3.inpostHeadcount())).containsExactly(2, 1, 2);
        // agency: T1 W4 0.5 + W5 0.5, T3 W4 0.5; W4's tie 0.5/0.5 goes to T1, W5's only agency row is T1
        assertThat(t1.agencyFte()).isCloseTo(1.0, EXACT);
        assertThat(t3.agencyFte()).isCloseTo(0.5, EXACT);
        assertThat(List.of(t1.agencyHeadcount(), t2.agencyHeadcount(), t3.agencyHeadcount())).containsExactly(2, 0, 0);
        // cases: W1 (main T1) 21, W4 (all rows 0.5 T1 / 0.5 T3: T1) 1; W2 (T2) 2; W6 (T3) 1
        assertThat(List.of(t1.cases(), t2.cases(), t3.cases())).containsExactly(22, 2, 1);
        // W5 (fixed-term 0.5 T3, agency 0.5 T1: all rows tie, T1) is listed in T1 with 0 cases
        assertThat(t1.caseloadByWorker()).containsExactlyInAnyOrder(new WorkerCaseload("W1", 21),
                new WorkerCaseload("W4", 1), new WorkerCaseload("W5", 0), new WorkerCaseload("W7", 0));
        // sickness: T1 W1 3.0 + W6 2.0; T2 W1 2.0; T3 W3 5.0 + W5 0.5
        assertThat(t1.workingDaysLostFte()).isCloseTo(5.0, EXACT);
        assertThat(t2.workingDaysLostFte()).isCloseTo(2.0, EXACT);
        assertThat(t3.workingDaysLostFte()).isCloseTo(5.5, EXACT);
        // PQE: W1 in T1, W2 in T2, W5 (fixed-term row) and W6 in T3
        assertThat(t1.pqeBands()).isEqualTo(new PqeBands(0, 0, 0, 1, 0));
        assertThat(t2.pqeBands()).isEqualTo(new PqeBands(1, 0, 0, 0, 0));
        assertThat(t3.pqeBands()).isEqualTo(new PqeBands(0, 1, 0, 0, 1));
    }

    @Test
    void theTeamsCountsAndFtesAddUpToTheAuthoritys() throws Exception {
        WorkforceMeasures measures = WorkforceMeasures.of(bigBundle().read(dir));
        for (LocalDate date : List.of(D, LocalDate.of(2025, 3, 31), LocalDate.of(2024, 12, 31))) {
            Map<String, Object> authority = measures.forAuthority(date).byDfeName();
            Map<String, Measures> teams = measures.byTeam(date);

            for (String name : SUMMABLE) {
                double sum = 0;
                for (Measures team : teams.values()) {
                    sum += ((Number) team.byDfeName().get(name)).doubleValue();
                }
                assertThat(sum).as("%s on %s: the teams' sum", name, date)
                        .isCloseTo(((Number) authority.get(name)).doubleValue(), EXACT);
            }
            for (String band : List.of("under_2", "2_to_5", "5_to_10", "10_to_20", "20_plus")) {
                int sum = teams.values().stream().mapToInt(team -> team.pqeBands().byName().get(band)).sum();
                assertThat(sum).as("pqe_bands.%s on %s", band, date)
                        .isEqualTo(((Map<?, ?>) authority.get("pqe_bands")).get(band));
            }
            List<WorkerCaseload> listed = new ArrayList<>();
            teams.values().forEach(team -> listed.addAll(team.caseloadByWorker()));
            assertThat(listed).as("caseload_by_worker on %s", date)
                    .containsExactlyInAnyOrderElementsOf(measures.forAuthority(date).caseloadByWorker());
        }
    }

    @Test
    void eachTeamsRatesComeFromItsOwnCountsAndFtes() throws Exception {
        Map<String, Measures> teams = byTeam(bigBundle());

        assertThat(teams).hasSize(3);
        teams.forEach((teamId, t) -> {
            assertRate(teamId, "turnover_rate_fte", t.turnoverRateFte(), percent(t.leaversFte(), t.inpostFte()));
            assertRate(teamId, "turnover_rate_headcount", t.turnoverRateHeadcount(),
                    percent(t.leaversHeadcount(), t.inpostHeadcount()));
            assertRate(teamId, "agency_rate_fte", t.agencyRateFte(), percent(t.agencyFte(), t.agencyFte() + t.inpostFte()));
            assertRate(teamId, "agency_rate_headcount", t.agencyRateHeadcount(),
                    percent(t.agencyHeadcount(), t.agencyHeadcount() + t.inpostHeadcount()));
            assertRate(teamId, "vacancy_rate_fte", t.vacancyRateFte(), percent(t.vacancyFte(), t.vacancyFte() + t.inpostFte()));
            assertRate(teamId, "agency_cover_rate_fte", t.agencyCoverRateFte(), percent(t.agencyCoverFte(), t.agencyFte()));
            assertRate(teamId, "vacancy_agency_cover_rate_fte", t.vacancyAgencyCoverRateFte(),
                    percent(t.agencyCoverFte(), t.vacancyFte()));
            assertRate(teamId, "caseload_fte", t.caseloadFte(),
                    t.caseHoldersFte() == 0 ? null : t.cases() / t.caseHoldersFte());
            assertRate(teamId, "absence_rate_fte", t.absenceRateFte(),
                    percent(t.workingDaysLostFte(), t.inpostFte() * 253));
        });
        // T2: 100 × 0.5 leavers (W7) / 1.4 in post
        assertThat(teams.get("T2").turnoverRateFte()).isCloseTo(35.714285714285715, EXACT);
    }

    private static Double percent(double numerator, double denominator) {
        return denominator == 0 ? null : 100 * numerator / denominator;
    }

    private static void assertRate(String teamId, String name, Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).as("%s of %s (0 denominator)", name, teamId).isNull();
        } else {
            assertThat(actual).as("%s of %s", name, teamId).isCloseTo(expected, EXACT);
        }
    }
}
