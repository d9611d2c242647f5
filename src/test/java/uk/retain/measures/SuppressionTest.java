package uk.retain.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.workforce.Bundles;

/** Small numbers under 5, what is made from them, and the second cell that keeps a total from giving one away. */
class SuppressionTest {

    private static final String C = Suppression.SUPPRESSED;

    /** The measures of one unit (the authority or a team) from name and value pairs. */
    private static Map<String, Object> m(Object... pairs) {
        Map<String, Object> measures = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            measures.put((String) pairs[i], pairs[i + 1]);
        }
        return measures;
    }

    private static Map<String, Map<String, Object>> teams(Map<String, Object> t1, Map<String, Object> t2, Map<String, Object> t3) {
        Map<String, Map<String, Object>> teams = new LinkedHashMap<>();
        teams.put("T1", t1);
        teams.put("T2", t2);
        teams.put("T3", t3);
        return teams;
    }

    private static Suppression.Figures apply(Map<String, Object> authority, Map<String, Map<String, Object>> teams) {
        return Suppression.apply(authority, teams, Map.of(), Map.of());
    }

    @Test
    void fourIsSuppressedAndFiveIsGiven() {
        var figures = apply(m("leavers_headcount", 14), teams(m("leavers_headcount", 4), m("leavers_headcount", 5), m("leavers_headcount", 5)));
        assertThat(figures.teams().get("T1")).containsEntry("leavers_headcount", C);

        var atFive = apply(m("leavers_headcount", 16), teams(m("leavers_headcount", 5), m("leavers_headcount", 5), m("leavers_headcount", 6)));
        assertThat(atFive.teams().values()).extracting(t -> t.get("leavers_headcount")).containsExactly(5, 5, 6);
        assertThat(atFive.authority()).containsEntry("leavers_headcount", 16);
    }

    @Test
    void zeroDescribesNobodyAndIsGiven() {
        var figures = apply(m("leavers_headcount", 12), teams(m("leavers_headcount", 0), m("leavers_headcount", 5), m("leavers_headcount", 7)));
        assertThat(figures.teams().values()).extracting(t -> t.get("leavers_headcount")).containsExactly(0, 5, 7);
    }

    @Test
    void aSingleSuppressedTeamTakesASecondWithItSoTheTotalGivesNothingAway() {
        // 20 − 9 − 7 would give T1's 4: the smallest other team is suppressed too.
        var figures = apply(m("inpost_headcount", 20), teams(m("inpost_headcount", 4), m("inpost_headcount", 9), m("inpost_headcount", 7)));

        assertThat(figures.teams().values()).extracting(t -> t.get("inpost_headcount")).containsExactly(C, 9, C);
        assertThat(figures.authority()).containsEntry("inpost_headcount", 20);
    }

    @Test
    void twoSuppressedTeamsNeedNoThird() {
        var figures = apply(m("inpost_headcount", 16), teams(m("inpost_headcount", 4), m("inpost_headcount", 3), m("inpost_headcount", 9)));
        assertThat(figures.teams().values()).extracting(t -> t.get("inpost_headcount")).containsExactly(C, C, 9);
    }

    @Test
    void aSmallTotalIsSuppressedAndSoIsTheOneTeamItWouldOtherwiseBeWorkedOutFrom() {
        var figures = apply(m("agency_headcount", 2), teams(m("agency_headcount", 2), m("agency_headcount", 0), m("agency_headcount", 0)));
        assertThat(figures.authority()).containsEntry("agency_headcount", C);
        assertThat(figures.teams().get("T1")).containsEntry("agency_headcount", C);
    }

    @Test
    void theSmallPartOfATotalThatNoTeamCarriesIsProtectedLikeASuppressedTeam() {
        // 2 overdue reviews count to the authority only (their workers are in no team): 12 − 5 − 5 would give them.
        var figures = Suppression.apply(m("programme_reviews_overdue", 12),
                teams(m("programme_reviews_overdue", 5), m("programme_reviews_overdue", 5), m("programme_reviews_overdue", 0)),
                Map.of("programme_reviews_overdue", 7),
                Map.of("T1", Map.of("programme_reviews_overdue", 5), "T2", Map.of("programme_reviews_overdue", 5),
                        "T3", Map.of("programme_reviews_overdue", 0)));
        assertThat(figures.teams().values()).extracting(t -> t.get("programme_reviews_overdue")).containsExactly(C, 5, 0);
    }

    @Test
    void aTeamOfOneGivesNoneOfThatPersonsFigures() {
        Map<String, Object> one = m("inpost_headcount", 1, "inpost_fte", 0.8, "working_days_lost_fte", 6.4, "absence_rate_fte", 3.16,
                "pqe_bands", m("under_2", 0, "2_to_5", 1, "5_to_10", 0, "10_to_20", 0, "20_plus", 0), "pqe_over_2y_percent", 100.0,
                "leavers_headcount", 0, "turnover_rate_headcount", 0.0);
        Map<String, Object> big = m("inpost_headcount", 10, "inpost_fte", 9.0, "working_days_lost_fte", 40.0, "absence_rate_fte", 1.76,
                "pqe_bands", m("under_2", 5, "2_to_5", 5, "5_to_10", 0, "10_to_20", 0, "20_plus", 0), "pqe_over_2y_percent", 50.0,
                "leavers_headcount", 0, "turnover_rate_headcount", 0.0);
        Map<String, Object> other = m("inpost_headcount", 12, "inpost_fte", 11.0, "working_days_lost_fte", 50.0, "absence_rate_fte", 1.8,
                "pqe_bands", m("under_2", 6, "2_to_5", 6, "5_to_10", 0, "10_to_20", 0, "20_plus", 0), "pqe_over_2y_percent", 50.0,
                "leavers_headcount", 0, "turnover_rate_headcount", 0.0);
        Map<String, Object> authority = m("inpost_headcount", 23, "inpost_fte", 20.8, "working_days_lost_fte", 96.4, "absence_rate_fte", 1.83,
                "pqe_bands", m("under_2", 11, "2_to_5", 12, "5_to_10", 0, "10_to_20", 0, "20_plus", 0), "pqe_over_2y_percent", 52.2,
                "leavers_headcount", 0, "turnover_rate_headcount", 0.0);

        var figures = apply(authority, teams(one, big, other));

        Map<String, Object> t1 = figures.teams().get("T1");
        assertThat(t1).containsEntry("inpost_headcount", C).containsEntry("inpost_fte", C)
                .containsEntry("working_days_lost_fte", C).containsEntry("absence_rate_fte", C)
                .containsEntry("pqe_over_2y_percent", C).containsEntry("turnover_rate_headcount", C)
                .containsEntry("leavers_headcount", 0);
        assertThat(t1.get("pqe_bands")).isEqualTo(m("under_2", 0, "2_to_5", C, "5_to_10", 0, "10_to_20", 0, "20_plus", 0));
        // The second team hides with it, so the authority's 23 and 20.8 give nothing away.
        Map<String, Object> t2 = figures.teams().get("T2");
        assertThat(t2).containsEntry("inpost_headcount", C).containsEntry("inpost_fte", C).containsEntry("working_days_lost_fte", C);
        assertThat(t2.get("pqe_bands")).isEqualTo(m("under_2", 5, "2_to_5", C, "5_to_10", 0, "10_to_20", 0, "20_plus", 0));
        assertThat(figures.teams().get("T3")).containsEntry("inpost_headcount", 12).containsEntry("inpost_fte", 11.0)
                .containsEntry("pqe_over_2y_percent", 50.0);
        assertThat(figures.authority()).containsEntry("inpost_headcount", 23).containsEntry("inpost_fte", 20.8);
        assertThat(one).as("what it is given is not changed").containsEntry("inpost_headcount", 1);
    }

    @Test
    void anFteWithoutHeadcountInTheTeamIsStillOnePersonsShare() {
        // A worker whose main team is T2 gives 0.4 FTE to T1, whose headcount is 0.
        var figures = apply(m("inpost_headcount", 20, "inpost_fte", 18.0),
                teams(m("inpost_headcount", 0, "inpost_fte", 0.4), m("inpost_headcount", 10, "inpost_fte", 8.6),
                        m("inpost_headcount", 10, "inpost_fte", 9.0)));
        assertThat(figures.teams().get("T1")).containsEntry("inpost_headcount", 0).containsEntry("inpost_fte", C);
        assertThat(figures.teams().get("T2")).containsEntry("inpost_fte", C);
        assertThat(figures.teams().get("T3")).containsEntry("inpost_fte", 9.0);
    }

    @Test
    void aRateIsGivenWhenItsCountsAreAndSuppressedWhenItsDenominatorIsSmall() {
        Map<String, Object> five = m("supervision_due_headcount", 5, "supervision_overdue_headcount", 0, "supervision_in_date_percent", 100.0);
        Map<String, Object> four = m("supervision_due_headcount", 4, "supervision_overdue_headcount", 0, "supervision_in_date_percent", 100.0);
        Map<String, Object> many = m("supervision_due_headcount", 8, "supervision_overdue_headcount", 0, "supervision_in_date_percent", 100.0);
        var figures = apply(m("supervision_due_headcount", 17, "supervision_overdue_headcount", 0, "supervision_in_date_percent", 100.0),
                teams(five, four, many));

        assertThat(figures.teams().get("T1")).containsEntry("supervision_in_date_percent", C); // the second cell
        assertThat(figures.teams().get("T2")).containsEntry("supervision_due_headcount", C).containsEntry("supervision_in_date_percent", C);
        assertThat(figures.teams().get("T3")).containsEntry("supervision_in_date_percent", 100.0);
    }

    @Test
    void aMedianOrRateOverFewerThanFiveThatTheJsonDoesNotCountIsSuppressedByItsMeasureSetsBase() {
        Map<String, Object> authority = m("time_to_fill_days", 40.0, "stability_index_percent", 80.0, "programme_retention_percent", 100.0);
        var figures = Suppression.apply(authority, Map.of(),
                Map.of("time_to_fill_days", 4, "stability_index_percent", 5), Map.of());

        assertThat(figures.authority()).containsEntry("time_to_fill_days", C).containsEntry("stability_index_percent", 80.0)
                .as("no base given: withheld").containsEntry("programme_retention_percent", C);
    }

    @Test
    void objectsOfCountsAreSuppressedCountByCount() {
        Map<String, Object> sources = m("frontline", m("applications", 12, "offers", 3, "starts", 0));
        var figures = apply(m("applications_by_source", sources, "leaving_reasons", m("pay", 6, "workload", 2)),
                teams(m("applications_by_source", sources, "leaving_reasons", m("pay", 6, "workload", 2)),
                        m("applications_by_source", m(), "leaving_reasons", m()), m("applications_by_source", m(), "leaving_reasons", m())));

        assertThat(figures.authority().get("applications_by_source"))
                .isEqualTo(m("frontline", m("applications", 12, "offers", C, "starts", 0)));
        assertThat(figures.authority().get("leaving_reasons")).isEqualTo(m("pay", 6, "workload", C));
        assertThat(figures.teams().get("T1").get("leaving_reasons")).isEqualTo(m("pay", 6, "workload", C));
    }

    @Test
    void casesHeldByFewerThanFiveWorkersAreTheirCaseloadsAndNoRowAboutAPersonIsLeft() {
        List<Map<String, Object>> byWorker = List.of(m("worker_id", "W1", "cases", 12), m("worker_id", "W2", "cases", 0));
        var figures = apply(m("cases", 12, "caseload_by_worker", byWorker, "caseload_fte", 12.0), Map.of());

        assertThat(figures.authority()).containsEntry("cases", C).containsEntry("caseload_fte", C).containsEntry("caseload_by_worker", null);
    }

    @Test
    void aMeasureWithoutARuleIsWithheldWhole() {
        assertThat(apply(m("new_measure", 40), Map.of()).authority()).containsEntry("new_measure", C);
        assertThat(apply(m("new_measure", null), Map.of()).authority()).containsEntry("new_measure", null);
    }

    @Test
    void everyMeasureRetainGivesHasARule() throws Exception {
        var measures = RegisterMeasures.of(Bundles.read(Path.of("src/test/resources/bundles/small")));
        assertThat(measures.forAuthority(LocalDate.of(2025, 9, 30)).keySet()).allSatisfy(name -> assertThat(Suppression.knows(name))
                .as("a suppression rule for %s", name).isTrue());
        assertThat(Suppression.MEASURES.names()).as("no rule for a measure that does not exist")
                .containsExactlyInAnyOrderElementsOf(measures.forAuthority(LocalDate.of(2025, 9, 30)).keySet());
    }
}
