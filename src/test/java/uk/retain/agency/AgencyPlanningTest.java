package uk.retain.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;

/** The rules behind the spend and mix page: the daily spend over a period, conversions, the target path, quarters. */
class AgencyPlanningTest {

    static AgencyEngagement engagement(LocalDate start, LocalDate end) {
        return new AgencyEngagement("E", "W", "Acme", JobType.SOCIAL_WORKER, start, end, new BigDecimal("37"), new BigDecimal("30"),
                new BigDecimal("40"), 4, start, null, null, null);
    }

    static Employment row(Contract contract, String from, String to) {
        return new Employment("W", contract, JobRole.SOCIAL_WORKER, "T1", null, BigDecimal.ONE, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), null, null);
    }

    @Test
    void spendIsAFifthOfTheWeeksChargeOnEachWeekdayItRunsInThePeriod() {
        // Monday 2 November 2026 to Friday 6 November: five days of 37 h at 40 = 1,480.
        AgencyEngagement e = engagement(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6));
        assertThat(AgencySpend.spend(e, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEqualByComparingTo("1480");
        assertThat(AgencySpend.spend(e, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 30))).as("from Wednesday").isEqualByComparingTo("888");
        assertThat(AgencySpend.spend(e, LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 30))).isEqualByComparingTo("0");
        assertThat(AgencySpend.spend(engagement(LocalDate.of(2026, 11, 2), null), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .as("open-ended: 23 weekdays of December").isEqualByComparingTo("6808");
    }

    @Test
    void aPermanentRowStartingWithin31DaysOfTheAgencyEndIsAConversion() {
        assertThat(Conversions.of("W", List.of(row(Contract.AGENCY, "2025-01-01", "2025-06-30"),
                row(Contract.PERMANENT, "2025-07-31", null)))).singleElement()
                .satisfies(c -> assertThat(c.permanentFrom()).isEqualTo(LocalDate.of(2025, 7, 31)));
        assertThat(Conversions.of("W", List.of(row(Contract.AGENCY, "2025-01-01", "2025-06-30"),
                row(Contract.PERMANENT, "2025-08-01", null)))).as("32 days after").isEmpty();
        assertThat(Conversions.of("W", List.of(row(Contract.AGENCY, "2025-01-01", null),
                row(Contract.PERMANENT, "2025-03-01", null)))).as("still agency, overlapping").hasSize(1);
        assertThat(Conversions.of("W", List.of(row(Contract.PERMANENT, "2020-01-01", "2024-12-31"),
                row(Contract.AGENCY, "2025-01-01", "2025-06-30")))).as("permanent before agency").isEmpty();
    }

    @Test
    void theTargetIsTheLineBetweenItsPointsAndTheLastAfterIt() {
        List<MixTargets.Point> path = List.of(new MixTargets.Point(LocalDate.of(2026, 1, 1), new BigDecimal("60")),
                new MixTargets.Point(LocalDate.of(2026, 1, 11), new BigDecimal("70")));
        assertThat(MixTargets.targetOn(path, LocalDate.of(2025, 12, 31))).isNull();
        assertThat(MixTargets.targetOn(path, LocalDate.of(2026, 1, 1))).isEqualTo(60.0);
        assertThat(MixTargets.targetOn(path, LocalDate.of(2026, 1, 6))).isEqualTo(65.0);
        assertThat(MixTargets.targetOn(path, LocalDate.of(2026, 1, 11))).isEqualTo(70.0);
        assertThat(MixTargets.targetOn(path, LocalDate.of(2030, 1, 1))).isEqualTo(70.0);
        assertThat(MixTargets.targetOn(List.of(), LocalDate.of(2030, 1, 1))).isNull();
    }

    @Test
    void quartersOfTheFinancialYearStartInApril() {
        DfeAgencyReturn.Quarter q = DfeAgencyReturn.Quarter.of(LocalDate.of(2026, 10, 31));
        assertThat(q).isEqualTo(new DfeAgencyReturn.Quarter(2026, 3));
        assertThat(q.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.financialYear()).isEqualTo("2026-27");
        assertThat(DfeAgencyReturn.Quarter.of(LocalDate.of(2027, 3, 31))).isEqualTo(new DfeAgencyReturn.Quarter(2026, 4));
        assertThat(DfeAgencyReturn.Quarter.of(LocalDate.of(2026, 4, 1))).isEqualTo(new DfeAgencyReturn.Quarter(2026, 1));
        assertThat(new DfeAgencyReturn.Quarter(2026, 1).previous()).isEqualTo(new DfeAgencyReturn.Quarter(2025, 4));
    }
}
