package uk.retain.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.agency.AgencyBundle.CAPS;
import static uk.retain.agency.AgencyBundle.CAPS_HEADER;
import static uk.retain.agency.AgencyBundle.ENGAGEMENTS;
import static uk.retain.agency.AgencyBundle.ENGAGEMENTS_HEADER;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.measures.MeasureSet;
import uk.retain.measures.RegisterMeasures;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * measures.md, the agency measures on D = 2025-09-30 (a Tuesday), whose year 2024-10-01 to 2025-09-30 has 261
 * Monday-to-Friday days: each boundary once, by team (the worker's main team among agency rows, the authority only
 * when there is none) and for the authority, and null without agency_engagements.csv.
 */
class AgencyMeasuresTest {

    static final LocalDate D = LocalDate.of(2025, 9, 30);

    @TempDir
    Path dir;

    private final List<String> engagements = new ArrayList<>();

    private AgencyMeasuresTest engagement(String... rows) {
        engagements.addAll(Arrays.asList(rows));
        return this;
    }

    /**
     * Teams T1, T2, T3 and agency workers, all qualified in 2010:
     * A in T1 (0.5) to 2025-03-31, then T2 (1.0); B in T3 from 2025-09-01; C in T2 and T1 (0.5 each, a tie) from
     * 2025-01-01; X in T3 from 2025-01-01 to 2025-06-30, with no qualified_on.
     */
    private TestBundle bundle() {
        TestBundle bundle = TestBundle.withTeams("T1", "T2", "T3")
                .worker("A", "2010-01-01").worker("B", "2010-01-01").worker("C", "2010-01-01").worker("X")
                .employment("A,agency,social_worker,T1,,0.5,2024-01-01,2025-03-31,,",
                        "A,agency,social_worker,T2,,1,2025-04-01,,,",
                        "B,agency,social_worker,T3,,1,2025-09-01,,,",
                        "C,agency,social_worker,T2,,0.5,2025-01-01,,,",
                        "C,agency,social_worker,T1,,0.5,2025-01-01,,,",
                        "X,agency,social_worker,T3,,1,2025-01-01,2025-06-30,,");
        List<String> lines = new ArrayList<>(List.of(ENGAGEMENTS_HEADER));
        lines.addAll(engagements);
        return bundle.lines(ENGAGEMENTS, lines.toArray(String[]::new));
    }

    private MeasureSet.Prepared prepared(TestBundle bundle) throws Exception {
        return new AgencyMeasures().prepare(bundle.read(dir));
    }

    private static double money(String amount) {
        return new BigDecimal(amount).doubleValue();
    }

    // ---- agency_spend ------------------------------------------------------------------------------------------

    @Test
    void spendIsAFifthOfTheWeeksChargeForEachWeekdayOfTheYearByTheWorkersMainAgencyTeam() throws Exception {
        engagement(
                // From before the year, open: 60 × 35 / 5 = 420 a day, 130 days in T1 to 2025-03-31, 131 in T2.
                "E1,A,Acme,social_worker,2024-06-03,,35,40,60,4,2024-06-01,,,",
                // 2025-08-25 to 2025-09-05: 50.25 × 10 / 5 = 100.5 a day; B has no agency row the first week.
                "E2,B,Acme,social_worker,2025-08-25,2025-09-05,10,40,50.25,4,2025-08-01,,,",
                // Runs past D: Monday 29 and Tuesday 30 September in the year, 40.10 × 20 / 5 = 160.4 a day, to T1 (tie).
                "E3,C,Acme,social_worker,2025-09-29,2025-10-10,20,40,40.10,4,2025-09-01,,,",
                // Ended the day before the year.
                "E4,A,Acme,social_worker,2024-01-01,2024-09-30,37,40,60,4,2023-12-01,,,",
                // A weekend only.
                "E5,C,Acme,social_worker,2025-09-27,2025-09-28,37,40,60,4,2025-09-01,,,",
                // Starts after D.
                "E6,C,Acme,social_worker,2025-10-01,,37,40,60,4,2025-09-01,,,");
        MeasureSet.Prepared prepared = prepared(bundle());

        assertThat(prepared.forAuthority(D)).containsEntry("agency_spend", money("110945.8"));
        Map<String, Map<String, Object>> teams = prepared.byTeam(D);
        assertThat(teams.keySet()).containsExactly("T1", "T2", "T3");
        assertThat(teams.get("T1")).containsEntry("agency_spend", money("54920.8"));  // 420 × 130 + 160.4 × 2
        assertThat(teams.get("T2")).containsEntry("agency_spend", money("55020"));    // 420 × 131
        assertThat(teams.get("T3")).containsEntry("agency_spend", money("502.5"));    // 100.5 × 5, the second week only
    }

    @Test
    void aOneDayEngagementOnTheYearsFirstDayAndOneOnDCount() throws Exception {
        engagement("E1,A,Acme,social_worker,2024-10-01,2024-10-01,5,10,10,4,2024-09-01,,,",  // 10
                "E2,A,Acme,social_worker,2025-09-30,2025-09-30,5,10,10.5,4,2025-09-01,,,",   // 10.5
                "E3,A,Acme,social_worker,2024-09-30,2024-09-30,5,10,99,4,2024-09-01,,,");    // the day before the year

        MeasureSet.Prepared prepared = prepared(bundle());

        assertThat(prepared.forAuthority(D)).containsEntry("agency_spend", 20.5);
        assertThat(prepared.byTeam(D).get("T1")).containsEntry("agency_spend", 10.0);
        assertThat(prepared.byTeam(D).get("T2")).containsEntry("agency_spend", 10.5);
    }

    @Test
    void withNoEngagementInTheYearSpendIsZero() throws Exception {
        MeasureSet.Prepared prepared = prepared(bundle());

        assertThat(prepared.forAuthority(D)).containsEntry("agency_spend", 0.0)
                .containsEntry("agency_engagements_unapproved_breaches", 0);
        assertThat(prepared.byTeam(D).values()).allSatisfy(team -> assertThat(team)
                .containsEntry("agency_spend", 0.0).containsEntry("agency_engagements_unapproved_breaches", 0));
    }

    // ---- agency_engagements_unapproved_breaches -------------------------------------------------------------------

    @Test
    void breachesAreEngagementsRunningOnDThatFailACheckWithoutAnOverride() throws Exception {
        engagement(
                "B1,A,Acme,social_worker,2024-10-31,,37,40,60,4,,,,",                          // no reference: T2
                "B2,A,Acme,social_worker,2025-01-06,,37,40,60,4,,,Director,urgent cover",      // approved
                "B3,C,Acme,social_worker,2025-01-06,2025-09-29,37,40,60,8,2025-01-01,,,",      // ended the day before D
                "B4,C,Acme,social_worker,2025-01-06,2025-09-30,37,40,60,8,2025-01-01,,,",      // ends on D: T1 (tie)
                "B5,A,Acme,social_worker,2024-10-30,,37,40,60,4,,,,",                          // not checked
                "B6,X,Acme,social_worker,2025-01-06,,37,40,60,4,2025-01-01,,,",               // no qualified_on; no agency row on D
                "B7,A,Acme,social_worker,2025-10-01,,37,40,60,4,,,,",                          // starts after D
                "B8,A,Acme,social_worker,2025-02-03,,37,40,60,4,2025-02-03,,,");               // passes every check
        MeasureSet.Prepared prepared = prepared(bundle());

        assertThat(prepared.forAuthority(D)).containsEntry("agency_engagements_unapproved_breaches", 3);
        Map<String, Map<String, Object>> teams = prepared.byTeam(D);
        assertThat(teams.get("T1")).containsEntry("agency_engagements_unapproved_breaches", 1);
        assertThat(teams.get("T2")).containsEntry("agency_engagements_unapproved_breaches", 1);
        assertThat(teams.get("T3")).containsEntry("agency_engagements_unapproved_breaches", 0);
    }

    @Test
    void theChecksOfARegisterUseItsAuthoritysRegionAndCaps() throws Exception {
        engagement("P1,A,Acme,social_worker,2025-10-01,,37,33.01,60,4,2025-09-01,,,",
                "P2,A,Acme,social_worker,2025-10-01,,37,33.00,60,4,2025-09-01,,,");
        Register register = bundle().lines("authority.csv", "la_code,name,region_code", "999,Test Council,E12000006")
                .lines(CAPS, CAPS_HEADER, "E12000006,social_worker,2025-10-01,,33.00")
                .read(dir);

        assertThat(AgencyChecks.all(register)).extracting(checked -> checked.engagement().engagementId(),
                AgencyChecks.Checked::failed).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P1", java.util.Set.of(AgencyCheck.OVER_PRICE_CAP)),
                        org.assertj.core.groups.Tuple.tuple("P2", java.util.Set.of()));
        assertThat(new AgencyMeasures().prepare(register).forAuthority(LocalDate.of(2025, 10, 1)))
                .containsEntry("agency_engagements_unapproved_breaches", 1);
    }

    // ---- absent file ---------------------------------------------------------------------------------------------

    @Test
    void withoutAgencyEngagementsCsvBothAreNull() throws Exception {
        MeasureSet.Prepared prepared = prepared(bundle().without(ENGAGEMENTS));

        Map<String, Object> nulls = new HashMap<>();
        nulls.put("agency_spend", null);
        nulls.put("agency_engagements_unapproved_breaches", null);
        assertThat(prepared.forAuthority(D)).isEqualTo(nulls);
        assertThat(prepared.byTeam(D).values()).hasSize(3).allSatisfy(team -> assertThat(team).isEqualTo(nulls));
    }

    @Test
    void theMeasuresGoWithTheOthersAndSpendFollowsTheHistoryRule() throws Exception {
        engagement("E1,A,Acme,social_worker,2024-10-31,,35,40,60,4,,,,");
        Register register = bundle().lines("authority.csv", "la_code,name,region_code,history_from", "999,Test Council,,2025-01-01")
                .read(dir);

        Map<String, Object> measures = RegisterMeasures.of(register).forAuthority(D);

        assertThat(measures).containsEntry("agency_spend", null).containsEntry("agency_engagements_unapproved_breaches", 1)
                .containsKey("inpost_fte");
    }
}
