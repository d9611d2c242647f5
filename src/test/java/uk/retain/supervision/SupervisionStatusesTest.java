package uk.retain.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.measures.MeasureSet;
import uk.retain.supervision.SupervisionPolicies.AuthorityPolicy;
import uk.retain.supervision.SupervisionPolicies.Source;
import uk.retain.supervision.SupervisionPolicies.Variation;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;
import uk.retain.workforce.SupervisionKind;

/**
 * Each worker's supervision on a day under the policy that applies to them, on the small bundle: T1 holds W1 (last
 * one-to-one of 90 minutes on 1 August 2025, a group session on 5 September), W2 (one-to-one on 8 August, out of
 * ASYE since July) and TM1 (never supervised since 2018); T2 holds W3 (agency since 1 July 2025, no session); W4
 * left on 15 August 2025.
 */
class SupervisionStatusesTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final LocalDate CENSUS = LocalDate.of(2025, 9, 30);

    private static Register small() throws Exception {
        return Bundles.read(SMALL);
    }

    @Test
    void underTheContractTheFiguresAreTheMeasuresAtEveryMonthEndByTeamAndForTheAuthority() throws Exception {
        Register register = small();
        SupervisionStatuses statuses = SupervisionStatuses.of(register, AuthorityPolicy.contract());
        MeasureSet.Prepared measures = new SupervisionMeasures().prepare(register);
        for (LocalDate day = LocalDate.of(2024, 1, 31); !day.isAfter(LocalDate.of(2026, 6, 30)); day = day.plusMonths(1).withDayOfMonth(1)
                .plusMonths(1).minusDays(1)) {
            Map<String, Object> authority = measures.forAuthority(day);
            SupervisionStatuses.Tally tally = statuses.authority(day);
            assertThat(tally.due()).as("due on " + day).isEqualTo(authority.get(SupervisionMeasures.DUE));
            assertThat(tally.overdue()).as("overdue on " + day).isEqualTo(authority.get(SupervisionMeasures.OVERDUE));
            assertThat(tally.inDatePercent()).as("in date on " + day).isEqualTo(authority.get(SupervisionMeasures.IN_DATE));
            Map<String, Map<String, Object>> byTeam = measures.byTeam(day);
            LocalDate on = day;
            statuses.byTeam(day).forEach((team, teamTally) -> {
                assertThat(teamTally.due()).as(team + " due on " + on).isEqualTo(byTeam.get(team).get(SupervisionMeasures.DUE));
                assertThat(teamTally.overdue()).as(team + " overdue on " + on).isEqualTo(byTeam.get(team).get(SupervisionMeasures.OVERDUE));
            });
        }
    }

    @Test
    void eachWorkerOnTheCensusDateUnderTheContract() throws Exception {
        SupervisionStatuses statuses = SupervisionStatuses.of(small(), AuthorityPolicy.contract());

        SupervisionStatuses.Status w1 = statuses.of("W1", CENSUS).orElseThrow();
        // The group session does not count under the contract: due a month after 1 August, 29 days before the 30th.
        assertThat(w1.lastSession()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(w1.nextDue()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(w1.daysOverdue()).isEqualTo(29);
        assertThat(w1.teamId()).isEqualTo("T1");
        assertThat(w1.applied().source()).isEqualTo(Source.CONTRACT);
        SupervisionStatuses.Status w3 = statuses.of("W3", CENSUS).orElseThrow();
        // No session since starting on 1 July: the first was due a month later.
        assertThat(w3.lastSession()).isNull();
        assertThat(w3.nextDue()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(w3.daysOverdue()).isEqualTo(60);
        assertThat(statuses.of("W4", CENSUS)).as("left in August").isEmpty();
        // Due on the day itself is not overdue.
        assertThat(statuses.of("W1", LocalDate.of(2025, 9, 1)).orElseThrow().overdue()).isFalse();
        assertThat(statuses.of("W1", LocalDate.of(2025, 9, 2)).orElseThrow().daysOverdue()).isEqualTo(1);
    }

    @Test
    void theAuthoritysOwnPolicyChangesWhoIsOverdue() throws Exception {
        // Group sessions of an hour or more count: W1's group session of 5 September puts them in date.
        SupervisionRule own = new SupervisionRule(EnumSet.of(SupervisionKind.ONE_TO_ONE, SupervisionKind.GROUP), 60,
                SupervisionRule.CONTRACT.asyePhases(), Period.ofMonths(1), Period.ofMonths(1));
        SupervisionStatuses statuses = SupervisionStatuses.of(small(), new AuthorityPolicy(own, true, List.of()));

        SupervisionStatuses.Status w1 = statuses.of("W1", CENSUS).orElseThrow();
        assertThat(w1.lastSession()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(w1.nextDue()).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(w1.overdue()).isFalse();
        assertThat(w1.applied().source()).isEqualTo(Source.AUTHORITY);
        // T1 under the contract: W1, W2 and TM1 overdue; under this policy W1 is in date.
        assertThat(SupervisionStatuses.of(small(), AuthorityPolicy.contract()).byTeam(CENSUS).get("T1"))
                .isEqualTo(new SupervisionStatuses.Tally(3, 3));
        assertThat(statuses.byTeam(CENSUS).get("T1")).isEqualTo(new SupervisionStatuses.Tally(3, 2));
        assertThat(statuses.byTeam(CENSUS).get("T1").inDatePercent()).isEqualTo(100.0 / 3);
    }

    @Test
    void aVariationAppliesToItsWorkerOnTheDaysItCovers() throws Exception {
        Variation fortnightly = new Variation(1, "999", "W1", Period.ofDays(14), "back from long absence",
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31), "team_manager", Instant.now());
        SupervisionStatuses statuses = SupervisionStatuses.of(small(), new AuthorityPolicy(SupervisionRule.CONTRACT, false,
                List.of(fortnightly)));

        SupervisionStatuses.Status w1 = statuses.of("W1", CENSUS).orElseThrow();
        // Fortnightly from 1 August: due 15 August, 46 days before the 30th of September.
        assertThat(w1.nextDue()).isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(w1.daysOverdue()).isEqualTo(46);
        assertThat(w1.applied().source()).isEqualTo(Source.VARIATION);
        assertThat(w1.applied().variation()).isEqualTo(fortnightly);
        // After its end date, the contract again: by 1 December the last session of 1 August was due 1 September.
        SupervisionStatuses.Status after = statuses.of("W1", LocalDate.of(2025, 11, 1)).orElseThrow();
        assertThat(after.applied().source()).isEqualTo(Source.CONTRACT);
        assertThat(after.nextDue()).isEqualTo(LocalDate.of(2025, 9, 1));
        // Another worker of the team is not varied.
        assertThat(statuses.of("W2", CENSUS).orElseThrow().applied().source()).isEqualTo(Source.CONTRACT);
    }
}
