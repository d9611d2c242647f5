package uk.retain.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Worker;

/** measures.md, "Agency checks": each check at each of its boundaries, as a pure function. */
class AgencyChecksTest {

    static final String REGION = "E12000006";
    static final LocalDate START = LocalDate.of(2025, 1, 6);

    private static AgencyEngagement engagement(LocalDate start, LocalDate referenceOn, int noticeWeeks, String hourlyPay,
            JobType jobType) {
        return new AgencyEngagement("E1", "W1", "Acme", jobType, start, null, new BigDecimal("37"), new BigDecimal(hourlyPay),
                new BigDecimal("60"), noticeWeeks, referenceOn, null, null, null);
    }

    /** Starting on {@code start}, with a reference the day before, 4 weeks' notice and £40 an hour. */
    private static AgencyEngagement startingOn(LocalDate start) {
        return engagement(start, start.minusDays(1), 4, "40", JobType.SOCIAL_WORKER);
    }

    private static Worker qualifiedOn(LocalDate qualifiedOn) {
        return new Worker("W1", SweNumber.parse("SW1").orElseThrow(), "Family", "Given", qualifiedOn, null, null, null, null);
    }

    private static final Worker EXPERIENCED = qualifiedOn(LocalDate.of(2015, 7, 1));

    private static Employment row(Contract contract, LocalDate start, LocalDate end) {
        return new Employment("W1", contract, JobRole.SOCIAL_WORKER, "T1", null, BigDecimal.ONE, start, end,
                contract.isAgency() || end == null ? null : 3, null);
    }

    /** An agency row from {@code agencyFrom}, and before it permanent employment that ends on {@code leavesOn}. */
    private static EmploymentHistory leaving(LocalDate leavesOn, LocalDate agencyFrom) {
        List<Employment> rows = new ArrayList<>();
        rows.add(row(Contract.PERMANENT, LocalDate.of(2018, 1, 1), leavesOn));
        rows.add(row(Contract.AGENCY, agencyFrom, null));
        return EmploymentHistory.of(rows);
    }

    private static EmploymentHistory agencyOnly(LocalDate from) {
        return EmploymentHistory.of(List.of(row(Contract.AGENCY, from, null)));
    }

    private final AgencyChecks noCaps = new AgencyChecks(REGION, List.of());

    private java.util.Set<AgencyCheck> failed(AgencyEngagement engagement) {
        return noCaps.failed(engagement, EXPERIENCED, agencyOnly(engagement.startDate()));
    }

    @Test
    void anEngagementMeetingEveryRuleFailsNothing() {
        assertThat(failed(startingOn(START))).isEmpty();
    }

    // ---- pqe_under_3_years ------------------------------------------------------------------------------------

    @Test
    void exactlyThreeYearsOfPqePasses() {
        assertThat(noCaps.failed(startingOn(START), qualifiedOn(START.minusYears(3)), agencyOnly(START))).isEmpty();
    }

    @Test
    void aDayLessThanThreeYearsFails() {
        assertThat(noCaps.failed(startingOn(START), qualifiedOn(START.minusYears(3).plusDays(1)), agencyOnly(START)))
                .containsExactly(AgencyCheck.PQE_UNDER_3_YEARS);
    }

    @Test
    void threeYearsBeforeALeapDayIsTheLastDayOfFebruary() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertThat(noCaps.failed(startingOn(leapDay), qualifiedOn(LocalDate.of(2025, 2, 28)), agencyOnly(leapDay))).isEmpty();
    }

    @Test
    void noQualificationDateFails() {
        assertThat(noCaps.failed(startingOn(START), qualifiedOn(null), agencyOnly(START)))
                .containsExactly(AgencyCheck.PQE_UNDER_3_YEARS);
        assertThat(noCaps.failed(startingOn(START), null, agencyOnly(START))).containsExactly(AgencyCheck.PQE_UNDER_3_YEARS);
    }

    // ---- cooling_off --------------------------------------------------------------------------------------------

    @Test
    void leavingExactlyThreeMonthsBeforeTheStartFails() {
        assertThat(noCaps.failed(startingOn(START), EXPERIENCED, leaving(START.minusMonths(3), START)))
                .containsExactly(AgencyCheck.COOLING_OFF);
    }

    @Test
    void leavingTheDayBeforeThatPasses() {
        assertThat(noCaps.failed(startingOn(START), EXPERIENCED, leaving(START.minusMonths(3).minusDays(1), START))).isEmpty();
    }

    @Test
    void leavingTheDayBeforeTheStartFails() {
        assertThat(noCaps.failed(startingOn(START), EXPERIENCED, leaving(START.minusDays(1), START)))
                .containsExactly(AgencyCheck.COOLING_OFF);
    }

    @Test
    void leavingOnTheStartDayItselfIsNotBeforeTheStart() {
        // The permanent row ends on the start day; the agency row starts the day after.
        assertThat(noCaps.failed(startingOn(START), EXPERIENCED, leaving(START, START.plusDays(1)))).isEmpty();
    }

    @Test
    void threeMonthsBeforeTheEndOfMayIsTheEndOfFebruary() {
        LocalDate start = LocalDate.of(2025, 5, 31);
        assertThat(noCaps.failed(startingOn(start), EXPERIENCED, leaving(LocalDate.of(2025, 2, 28), start)))
                .containsExactly(AgencyCheck.COOLING_OFF);
        assertThat(noCaps.failed(startingOn(start), EXPERIENCED, leaving(LocalDate.of(2025, 2, 27), start))).isEmpty();
    }

    @Test
    void aWorkerWhoNeverLeftPasses() {
        EmploymentHistory stillPermanent = EmploymentHistory.of(List.of(row(Contract.PERMANENT, LocalDate.of(2018, 1, 1), null),
                row(Contract.AGENCY, START, null)));
        assertThat(noCaps.failed(startingOn(START), EXPERIENCED, stillPermanent)).isEmpty();
    }

    // ---- no_reference --------------------------------------------------------------------------------------------

    @Test
    void aReferenceOnTheStartDayPasses() {
        assertThat(failed(engagement(START, START, 4, "40", JobType.SOCIAL_WORKER))).isEmpty();
    }

    @Test
    void aReferenceTheDayAfterTheStartFails() {
        assertThat(failed(engagement(START, START.plusDays(1), 4, "40", JobType.SOCIAL_WORKER)))
                .containsExactly(AgencyCheck.NO_REFERENCE);
    }

    @Test
    void noReferenceFails() {
        assertThat(failed(engagement(START, null, 4, "40", JobType.SOCIAL_WORKER))).containsExactly(AgencyCheck.NO_REFERENCE);
    }

    // ---- notice_over_4_weeks --------------------------------------------------------------------------------------

    @Test
    void noticeOfExactlyFourWeeksPasses() {
        assertThat(failed(engagement(START, START, 4, "40", JobType.SOCIAL_WORKER))).isEmpty();
    }

    @Test
    void noticeOfFiveWeeksFails() {
        assertThat(failed(engagement(START, START, 5, "40", JobType.SOCIAL_WORKER)))
                .containsExactly(AgencyCheck.NOTICE_OVER_4_WEEKS);
    }

    // ---- over_price_cap --------------------------------------------------------------------------------------------

    static final LocalDate CAPPED = LocalDate.of(2025, 10, 1);
    static final RateCap SOCIAL_WORKER_CAP = new RateCap(REGION, JobType.SOCIAL_WORKER, CAPPED, LocalDate.of(2026, 9, 30),
            new BigDecimal("40.00"));

    private java.util.Set<AgencyCheck> failedWithCaps(AgencyEngagement engagement, String region, RateCap... caps) {
        return new AgencyChecks(region, List.of(caps)).failed(engagement, EXPERIENCED, agencyOnly(engagement.startDate()));
    }

    @Test
    void payEqualToTheCapPasses() {
        assertThat(failedWithCaps(engagement(CAPPED, CAPPED, 4, "40", JobType.SOCIAL_WORKER), REGION, SOCIAL_WORKER_CAP))
                .isEmpty();
    }

    @Test
    void payAboveTheCapFails() {
        assertThat(failedWithCaps(engagement(CAPPED, CAPPED, 4, "40.01", JobType.SOCIAL_WORKER), REGION, SOCIAL_WORKER_CAP))
                .containsExactly(AgencyCheck.OVER_PRICE_CAP);
    }

    @Test
    void theCapOnItsLastDayApplies() {
        LocalDate lastDay = LocalDate.of(2026, 9, 30);
        assertThat(failedWithCaps(engagement(lastDay, lastDay, 4, "41", JobType.SOCIAL_WORKER), REGION, SOCIAL_WORKER_CAP))
                .containsExactly(AgencyCheck.OVER_PRICE_CAP);
    }

    @Test
    void aCapNotInForceOnTheStartDoesNotApply() {
        LocalDate afterIt = LocalDate.of(2026, 10, 1);
        assertThat(failedWithCaps(engagement(afterIt, afterIt, 4, "99", JobType.SOCIAL_WORKER), REGION, SOCIAL_WORKER_CAP))
                .isEmpty();
        RateCap later = new RateCap(REGION, JobType.SOCIAL_WORKER, LocalDate.of(2025, 11, 1), null, new BigDecimal("30"));
        assertThat(failedWithCaps(engagement(CAPPED, CAPPED, 4, "99", JobType.SOCIAL_WORKER), REGION, later)).isEmpty();
    }

    @Test
    void aStartBeforeOctober2025IsNeverOverTheCap() {
        RateCap always = new RateCap(REGION, JobType.SOCIAL_WORKER, LocalDate.of(2024, 1, 1), null, new BigDecimal("30"));
        LocalDate dayBefore = CAPPED.minusDays(1);
        assertThat(failedWithCaps(engagement(dayBefore, dayBefore, 4, "99", JobType.SOCIAL_WORKER), REGION, always)).isEmpty();
        assertThat(failedWithCaps(engagement(CAPPED, CAPPED, 4, "99", JobType.SOCIAL_WORKER), REGION, always))
                .containsExactly(AgencyCheck.OVER_PRICE_CAP);
    }

    @Test
    void onlyTheCapOfTheAuthoritysRegionAndTheJobTypeApplies() {
        AgencyEngagement teamManager = engagement(CAPPED, CAPPED, 4, "99", JobType.TEAM_MANAGER);
        assertThat(failedWithCaps(teamManager, REGION, SOCIAL_WORKER_CAP)).isEmpty();
        assertThat(failedWithCaps(engagement(CAPPED, CAPPED, 4, "99", JobType.SOCIAL_WORKER), "E12000007", SOCIAL_WORKER_CAP))
                .isEmpty();
        assertThat(failedWithCaps(engagement(CAPPED, CAPPED, 4, "99", JobType.SOCIAL_WORKER), null, SOCIAL_WORKER_CAP))
                .isEmpty();
    }

    // ---- which engagements are checked ---------------------------------------------------------------------------

    @Test
    void aStartBefore31October2024IsNotChecked() {
        LocalDate dayBefore = LocalDate.of(2024, 10, 30);
        AgencyEngagement failsEverything = engagement(dayBefore, null, 12, "99", JobType.SOCIAL_WORKER);

        assertThat(AgencyChecks.checked(failsEverything)).isFalse();
        assertThat(noCaps.failed(failsEverything, qualifiedOn(null), leaving(dayBefore.minusDays(1), dayBefore))).isEmpty();
    }

    @Test
    void aStartOn31October2024IsChecked() {
        LocalDate firstDay = LocalDate.of(2024, 10, 31);
        AgencyEngagement failsEverything = engagement(firstDay, null, 12, "99", JobType.SOCIAL_WORKER);

        assertThat(AgencyChecks.checked(failsEverything)).isTrue();
        assertThat(noCaps.failed(failsEverything, qualifiedOn(null), leaving(firstDay.minusDays(1), firstDay)))
                .containsExactly(AgencyCheck.PQE_UNDER_3_YEARS, AgencyCheck.COOLING_OFF, AgencyCheck.NO_REFERENCE,
                        AgencyCheck.NOTICE_OVER_4_WEEKS);
    }
}
