package uk.retain.exits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.measures.MeasureSet;
import uk.retain.measures.RegisterMeasures;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * measures.md, the stability index, the leavers by service and the leaving reasons, each at its boundaries, for the
 * authority and by team. Teams T1 to T4; the reference date D is 2025-09-30 unless a test says otherwise, so
 * Y = D − 1 year = 2024-09-30 and the year is 2024-10-01 to 2025-09-30.
 */
class LeavingAndStayingMeasuresTest {

    static final LocalDate D = LocalDate.of(2025, 9, 30);
    static final String INTERVIEWS = "leaving_interviews.csv";
    static final String INTERVIEW_HEADER = "worker_id,held_on,main_reason,other_reasons,would_return,would_recommend";

    @TempDir
    Path dir;

    private static TestBundle teams() {
        return TestBundle.withTeams("T1", "T2", "T3", "T4");
    }

    /** A permanent full-time row of a new worker, from {@code start} to {@code end} (a leaving, so with a reason). */
    private TestBundle worker(TestBundle bundle, String id, String team, String start, String end) {
        bundle.worker(id);
        return bundle.employment(row(id, "permanent", team, "1", start, end));
    }

    private static String row(String id, String contract, String team, String fte, String start, String end) {
        String reason = end.isEmpty() || contract.equals("agency") ? "" : "3";
        return id + "," + contract + ",social_worker," + team + ",," + fte + "," + start + "," + end + "," + reason + ",";
    }

    private MeasureSet.Prepared measures(TestBundle bundle) {
        try {
            return new LeavingAndStayingMeasures().prepare(bundle.read(dir));
        } catch (InvalidBundleException e) {
            throw new AssertionError("the test's bundle is invalid: " + e.problems(), e);
        }
    }

    private Object authority(TestBundle bundle, LocalDate date, String measure) throws InvalidBundleException {
        Map<String, Object> json = measures(bundle).forAuthority(date);
        assertThat(json).containsOnlyKeys("stability_index_percent", "leavers_under_1y_service",
                "leavers_under_2y_service", "leaving_reasons");
        return json.get(measure);
    }

    private Map<String, Object> byTeam(TestBundle bundle, LocalDate date, String measure) throws InvalidBundleException {
        Map<String, Object> values = new LinkedHashMap<>();
        measures(bundle).byTeam(date).forEach((team, json) -> values.put(team, json.get(measure)));
        return values;
    }

    @Nested
    class StabilityIndex {

        static final String M = "stability_index_percent";

        /** One worker stable from 2020 on and one on Y who leaves on 2025-01-31: 50%. */
        private TestBundle baseline() {
            TestBundle bundle = teams();
            worker(bundle, "S1", "T1", "2020-01-01", "");
            return worker(bundle, "U1", "T1", "2020-01-01", "2025-01-31");
        }

        @Test
        void ofTheWorkersOnYThePercentageInEmploymentEveryDayToD() throws InvalidBundleException {
            assertThat(authority(baseline(), D, M)).isEqualTo(50.0);
        }

        @Test
        void aWorkerWhoLeavesOnDIsStillEmployedOnDAndStable() throws InvalidBundleException {
            assertThat(authority(worker(baseline(), "W", "T1", "2019-01-01", "2025-09-30"), D, M)).isEqualTo(100.0 * 2 / 3);
        }

        @Test
        void aWorkerWhoLeavesOnTheDayBeforeDIsNotStable() throws InvalidBundleException {
            assertThat(authority(worker(baseline(), "W", "T1", "2019-01-01", "2025-09-29"), D, M)).isEqualTo(100.0 / 3);
        }

        @Test
        void aWorkerWhoStartsOnYCounts() throws InvalidBundleException {
            assertThat(authority(worker(baseline(), "W", "T1", "2024-09-30", ""), D, M)).isEqualTo(100.0 * 2 / 3);
        }

        @Test
        void aWorkerWhoStartsOnTheDayAfterYIsNotInTheDenominator() throws InvalidBundleException {
            assertThat(authority(worker(baseline(), "W", "T1", "2024-10-01", ""), D, M)).isEqualTo(50.0);
        }

        @Test
        void aGapOfOneDayBreaksStability() throws InvalidBundleException {
            TestBundle bundle = worker(baseline(), "W", "T1", "2019-01-01", "2025-03-31")
                    .employment(row("W", "permanent", "T1", "1", "2025-04-02", ""));

            assertThat(authority(bundle, D, M)).isEqualTo(100.0 / 3);
        }

        @Test
        void rowsBackToBackAreOneRunOfEmploymentEvenAcrossTeamsAndContracts() throws InvalidBundleException {
            TestBundle bundle = baseline().worker("W")
                    .employment("W,fixed_term,social_worker,T1,,1,2019-01-01,2025-03-31,,",
                            row("W", "permanent", "T2", "1", "2025-04-01", ""));

            assertThat(authority(bundle, D, M)).isEqualTo(100.0 * 2 / 3);
        }

        @Test
        void agencyEmploymentIsNotCounted() throws InvalidBundleException {
            TestBundle bundle = baseline().worker("A")
                    .employment(row("A", "agency", "T1", "1", "2020-01-01", ""))
                    .worker("B")
                    // Agency on Y, then permanent from the next day: not in non-agency employment on Y.
                    .employment(row("B", "agency", "T1", "1", "2020-01-01", "2024-09-30"),
                            row("B", "permanent", "T1", "1", "2024-10-01", ""));

            assertThat(authority(bundle, D, M)).isEqualTo(50.0);
        }

        @Test
        void nobodyOnYIsNull() throws InvalidBundleException {
            TestBundle bundle = worker(teams(), "W", "T1", "2024-10-01", "");

            assertThat(authority(bundle, D, M)).isNull();
            assertThat(byTeam(bundle, D, M)).containsOnlyKeys("T1", "T2", "T3", "T4").allSatisfy((team, value) -> assertThat(value).isNull());
        }

        @Test
        void byTeamTheMainTeamOnYAmongNonAgencyRows() throws InvalidBundleException {
            TestBundle bundle = teams();
            // On Y in T1, moves to T2 and stays: stable, for T1.
            bundle.worker("M").employment("M,permanent,social_worker,T1,,1,2020-01-01,2025-01-31,,",
                    row("M", "permanent", "T2", "1", "2025-02-01", ""));
            // The larger agency row would make it T1 among all rows; among non-agency rows, T2 (not stable).
            bundle.worker("P").employment(row("P", "permanent", "T2", "0.4", "2020-01-01", "2025-03-31"),
                    row("P", "agency", "T1", "0.6", "2020-01-01", ""));
            // Two half rows: the tie goes to the smallest team_id, T1 (not stable: leaves before D).
            bundle.worker("H").employment(row("H", "permanent", "T2", "0.5", "2020-01-01", "2025-05-31"),
                    row("H", "permanent", "T1", "0.5", "2020-01-01", "2025-05-31"));

            Map<String, Object> teams = byTeam(bundle, D, M);
            assertThat(teams).containsOnlyKeys("T1", "T2", "T3", "T4").containsEntry("T1", 50.0).containsEntry("T2", 0.0)
                    .containsEntry("T3", null).containsEntry("T4", null);
            assertThat(authority(bundle, D, M)).isEqualTo(100.0 / 3);
        }

        @Test
        void yIsDMinusOneCalendarYearAcrossTheTwentyNinthOfFebruary() throws InvalidBundleException {
            // D = 2025-02-28, so Y = 2024-02-28 and 2024-02-29 is the year's first day.
            LocalDate date = LocalDate.of(2025, 2, 28);
            TestBundle bundle = teams();
            worker(bundle, "ONY", "T1", "2024-02-28", "");
            worker(bundle, "AFTERY", "T1", "2024-02-29", "");
            worker(bundle, "LEFT", "T1", "2020-01-01", "2025-02-27");

            assertThat(authority(bundle, date, M)).isEqualTo(50.0);
        }

        @Test
        void onTheTwentyNinthOfFebruaryYIsTheTwentyEighthTheYearBefore() throws InvalidBundleException {
            LocalDate date = LocalDate.of(2024, 2, 29);
            TestBundle bundle = teams();
            worker(bundle, "ONY", "T1", "2023-02-28", "");
            worker(bundle, "AFTERY", "T1", "2023-03-01", "");
            worker(bundle, "LEFT", "T1", "2020-01-01", "2024-02-28");

            assertThat(authority(bundle, date, M)).isEqualTo(50.0);
        }
    }

    @Nested
    class LeaversByService {

        static final String U1 = "leavers_under_1y_service";
        static final String U2 = "leavers_under_2y_service";

        /** A worker who leaves on 2025-06-30 with service from {@code start}. */
        private TestBundle leaverFrom(String start) {
            return worker(teams(), "W", "T1", start, "2025-06-30");
        }

        private void assertCounts(TestBundle bundle, LocalDate date, int under1, int under2) throws InvalidBundleException {
            Map<String, Object> json = measures(bundle).forAuthority(date);
            assertThat(json).containsEntry(U1, under1).containsEntry(U2, under2);
        }

        @Test
        void serviceStartExactlyOneYearBeforeTheLeavingIsNotUnderOneYear() throws InvalidBundleException {
            assertCounts(leaverFrom("2024-06-30"), D, 0, 1);
        }

        @Test
        void serviceStartOneYearLessOneDayBeforeTheLeavingIsUnderOneYear() throws InvalidBundleException {
            assertCounts(leaverFrom("2024-07-01"), D, 1, 1);
        }

        @Test
        void serviceStartExactlyTwoYearsBeforeTheLeavingIsNotUnderTwoYears() throws InvalidBundleException {
            assertCounts(leaverFrom("2023-06-30"), D, 0, 0);
        }

        @Test
        void serviceStartTwoYearsLessOneDayBeforeTheLeavingIsUnderTwoYears() throws InvalidBundleException {
            assertCounts(leaverFrom("2023-07-01"), D, 0, 1);
        }

        @Test
        void serviceRunsAcrossRowsBackToBackButNotAcrossAGapOrAgencyWork() throws InvalidBundleException {
            TestBundle bundle = teams();
            // Moves team on 2025-01-01 with no gap: service from 2024-03-01, 16 months at the leaving.
            bundle.worker("MOVE").employment("MOVE,permanent,social_worker,T1,,1,2024-03-01,2024-12-31,,",
                    row("MOVE", "permanent", "T2", "1", "2025-01-01", "2025-06-30"));
            // Leaves on 2024-12-30 after years of service, comes back on 2025-01-01: two leavings in the year.
            worker(bundle, "BACK", "T1", "2015-01-01", "2024-12-30").employment(row("BACK", "permanent", "T1", "1", "2025-01-01", "2025-06-30"));
            // Agency for two years, then permanent: service from the permanent row.
            bundle.worker("AG").employment(row("AG", "agency", "T1", "1", "2023-01-01", "2024-12-31"),
                    row("AG", "permanent", "T1", "1", "2025-01-01", "2025-06-30"));

            // Under 1 year: BACK's second leaving and AG; under 2 years: those and MOVE.
            assertCounts(bundle, D, 2, 3);
        }

        @Test
        void onlyLeavingsOnADayOfTheYearCount() throws InvalidBundleException {
            TestBundle bundle = teams();
            worker(bundle, "BEFORE", "T1", "2024-09-01", "2024-09-30");
            worker(bundle, "FIRST", "T1", "2024-09-01", "2024-10-01");
            worker(bundle, "ON_D", "T1", "2025-09-01", "2025-09-30");
            worker(bundle, "AFTER", "T1", "2025-09-01", "2025-10-01");

            assertCounts(bundle, D, 2, 2);
        }

        @Test
        void noLeaverIsZeroNotNullEvenWithoutTheOptionalFiles() throws InvalidBundleException {
            TestBundle bundle = worker(teams(), "W", "T1", "2020-01-01", "");

            assertCounts(bundle, D, 0, 0);
            assertThat(byTeam(bundle, D, U1)).containsOnlyKeys("T1", "T2", "T3", "T4").allSatisfy((team, value) -> assertThat(value).isEqualTo(0));
            assertThat(byTeam(bundle, D, U2)).allSatisfy((team, value) -> assertThat(value).isEqualTo(0));
        }

        @Test
        void byTeamTheMainTeamOnTheLeavingDayAmongNonAgencyRows() throws InvalidBundleException {
            TestBundle bundle = teams();
            worker(bundle, "ONE", "T1", "2025-01-01", "2025-06-30");
            // The agency row is larger, but the leaving counts to the non-agency row's team.
            bundle.worker("AG").employment(row("AG", "permanent", "T2", "0.4", "2025-01-01", "2025-06-30"),
                    row("AG", "agency", "T1", "0.6", "2025-01-01", "2025-06-30"));
            // A tie of two half rows goes to the smallest team_id.
            bundle.worker("TIE").employment(row("TIE", "permanent", "T3", "0.5", "2025-01-01", "2025-06-30"),
                    row("TIE", "permanent", "T2", "0.5", "2025-01-01", "2025-06-30"));
            // Moved from T1 to T4 before leaving: counts to T4, the team on the leaving day.
            bundle.worker("MOVE").employment("MOVE,permanent,social_worker,T1,,1,2024-01-01,2025-02-28,,",
                    row("MOVE", "permanent", "T4", "1", "2025-03-01", "2025-06-30"));

            assertThat(byTeam(bundle, D, U1)).containsExactly(Map.entry("T1", 1), Map.entry("T2", 2), Map.entry("T3", 0),
                    Map.entry("T4", 0));
            assertThat(byTeam(bundle, D, U2)).containsExactly(Map.entry("T1", 1), Map.entry("T2", 2), Map.entry("T3", 0),
                    Map.entry("T4", 1));
            assertCounts(bundle, D, 3, 4);
        }

        @Test
        void oneYearBeforeALeavingOnTheLastDayOfFebruaryIsTheTwentyEighth() throws InvalidBundleException {
            // D = 2025-02-28: the year is 2024-02-29 to 2025-02-28; e − 1 year for e = 2025-02-28 is 2024-02-28.
            LocalDate date = LocalDate.of(2025, 2, 28);
            TestBundle bundle = teams();
            worker(bundle, "LEAP", "T1", "2024-02-29", "2025-02-28");
            worker(bundle, "YEAR", "T1", "2024-02-28", "2025-02-28");
            // A leaving on 2024-02-29 is in the year, one on 2024-02-28 is not.
            worker(bundle, "FIRST", "T1", "2023-03-01", "2024-02-29");
            worker(bundle, "BEFORE", "T1", "2023-03-01", "2024-02-28");

            assertCounts(bundle, date, 2, 3);
        }

        @Test
        void oneYearBeforeTheTwentyNinthOfFebruaryIsTheTwentyEighth() throws InvalidBundleException {
            LocalDate date = LocalDate.of(2024, 2, 29);
            TestBundle bundle = teams();
            worker(bundle, "IN", "T1", "2023-03-01", "2024-02-29");
            worker(bundle, "OUT", "T1", "2023-02-28", "2024-02-29");

            assertCounts(bundle, date, 1, 2);
        }
    }

    @Nested
    class LeavingReasons {

        static final String M = "leaving_reasons";

        private TestBundle interviews(TestBundle bundle, String... rows) {
            String[] lines = new String[rows.length + 1];
            lines[0] = INTERVIEW_HEADER;
            System.arraycopy(rows, 0, lines, 1, rows.length);
            return bundle.lines(INTERVIEWS, lines);
        }

        private TestBundle leavers() {
            TestBundle bundle = teams();
            worker(bundle, "A", "T1", "2020-01-01", "2025-06-30");
            worker(bundle, "B", "T1", "2020-01-01", "2025-08-31");
            worker(bundle, "C", "T2", "2020-01-01", "2025-03-31");
            worker(bundle, "E", "T2", "2020-01-01", "2025-05-31");
            bundle.worker("F").employment(row("F", "permanent", "T2", "0.5", "2020-01-01", "2025-04-30"),
                    row("F", "agency", "T1", "0.5", "2020-01-01", "2025-04-30"));
            worker(bundle, "G", "T1", "2020-01-01", "2024-09-30");
            worker(bundle, "H", "T1", "2020-01-01", "2024-10-31");
            worker(bundle, "K", "T3", "2020-01-01", "2025-09-30");
            return bundle;
        }

        private TestBundle withEveryKindOfInterview() {
            return interviews(leavers(),
                    "K,2025-09-30,flexibility,,,", // held on D: counts, to T3
                    "K,2025-10-01,other,,,", // held after D: not in the year
                    "G,2024-09-30,personal,,,", // held on D − 1 year: not in the year
                    "H,2024-10-01,retirement,,,", // the year's first day: counts, to T1
                    "A,2025-06-01,caseload,pay;travel,false,false", // other reasons are not counted
                    "C,2025-03-01,pay,,,",
                    "E,2025-06-15,wellbeing,,,", // after the leaving, in no employment: authority only
                    "F,2025-04-01,management,,,", // main team among non-agency rows: T2
                    "B,2025-08-31,caseload,,true,true");
        }

        @Test
        void theAuthorityCountsEachInterviewOfTheYearByMainReasonInTheOrderOfTheReasons() throws InvalidBundleException {
            Object reasons = authority(withEveryKindOfInterview(), D, M);

            assertThat(reasons).isInstanceOf(LinkedHashMap.class);
            assertThat(reasons).asInstanceOf(InstanceOfAssertFactories.map(String.class, Integer.class))
                    .containsExactly(Map.entry("caseload", 2), Map.entry("management", 1), Map.entry("pay", 1),
                            Map.entry("flexibility", 1), Map.entry("wellbeing", 1), Map.entry("retirement", 1));
        }

        @Test
        void byTeamTheMainTeamOnTheDayHeldAmongNonAgencyRowsAndAuthorityOnlyWhenNone() throws InvalidBundleException {
            Map<String, Object> teams = byTeam(withEveryKindOfInterview(), D, M);

            assertThat(teams).containsExactly(
                    Map.entry("T1", Map.of("caseload", 2, "retirement", 1)),
                    Map.entry("T2", Map.of("management", 1, "pay", 1)),
                    Map.entry("T3", Map.of("flexibility", 1)),
                    Map.entry("T4", Map.of()));
            assertThat(teams.get("T2").toString()).isEqualTo("{management=1, pay=1}");
        }

        @Test
        void anInterviewOfAWorkerWithNoRowOnTheDayCountsOnlyForTheAuthority() throws InvalidBundleException {
            TestBundle bundle = interviews(leavers(), "E,2025-06-15,wellbeing,,,");

            assertThat(authority(bundle, D, M)).isEqualTo(Map.of("wellbeing", 1));
            assertThat(byTeam(bundle, D, M)).allSatisfy((team, value) -> assertThat(value).isEqualTo(Map.of()));
        }

        @Test
        void withoutTheFileItIsNullForTheAuthorityAndEveryTeam() throws InvalidBundleException {
            TestBundle bundle = leavers();

            assertThat(authority(bundle, D, M)).isNull();
            assertThat(byTeam(bundle, D, M)).containsOnlyKeys("T1", "T2", "T3", "T4").allSatisfy((team, value) -> assertThat(value).isNull());
        }

        @Test
        void noInterviewInTheYearIsAnEmptyObject() throws InvalidBundleException {
            TestBundle bundle = interviews(leavers(), "G,2024-09-30,personal,,,", "K,2025-10-01,other,,,");

            assertThat(authority(bundle, D, M)).isEqualTo(Map.of());
            assertThat(byTeam(bundle, D, M)).allSatisfy((team, value) -> assertThat(value).isEqualTo(Map.of()));
        }

        @Test
        void aFileWithOnlyItsHeaderIsAnEmptyObject() throws InvalidBundleException {
            assertThat(authority(interviews(leavers()), D, M)).isEqualTo(Map.of());
        }
    }

    @Nested
    class InTheMeasuresOfTheRegister {

        @Test
        void theSetIsFoundAndItsMeasuresJoinTheDfeOnesForTheAuthorityAndEveryTeam() throws InvalidBundleException {
            TestBundle bundle = worker(teams(), "W", "T1", "2020-01-01", "2025-06-30");
            RegisterMeasures measures = RegisterMeasures.of(bundle.read(dir));

            assertThat(measures.forAuthority(D)).containsEntry("stability_index_percent", 0.0)
                    .containsEntry("leavers_under_1y_service", 0).containsEntry("leavers_under_2y_service", 0)
                    .containsEntry("leaving_reasons", null).containsEntry("leavers_headcount", 1);
            assertThat(measures.byTeam(D).get("T1")).containsEntry("stability_index_percent", 0.0)
                    .containsKeys("leavers_under_1y_service", "leaving_reasons");
        }

        @Test
        void theHistoryRuleApplies() throws InvalidBundleException {
            // Complete from 2024-10-01: the year is covered, Y = 2024-09-30 is not.
            TestBundle bundle = worker(teams(), "W", "T1", "2025-01-01", "2025-06-30")
                    .lines("authority.csv", "la_code,name,region_code,history_from", "999,Test Council,,2024-10-01");
            interviewsOf(bundle);
            Register register = bundle.read(dir);

            Map<String, Object> json = RegisterMeasures.of(register).forAuthority(D);
            assertThat(json).containsEntry("stability_index_percent", null).containsEntry("leavers_under_1y_service", 1)
                    .containsEntry("leaving_reasons", Map.of("pay", 1));
            assertThat(RegisterMeasures.of(register).forAuthority(D.minusDays(1)))
                    .containsEntry("leavers_under_1y_service", null).containsEntry("leaving_reasons", null);
        }

        private void interviewsOf(TestBundle bundle) {
            bundle.lines(INTERVIEWS, INTERVIEW_HEADER, "W,2025-07-01,pay,,,");
        }
    }
}
