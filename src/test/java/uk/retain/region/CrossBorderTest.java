package uk.retain.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.retain.agency.AgencyChecks;
import uk.retain.agency.JobType;
import uk.retain.agency.RateCap;

/** The region's cross-border checks and flows, on events made by hand. */
class CrossBorderTest {

    static final String REGION = "E12000006";
    static final String HASH_A = "a".repeat(64);
    static final String HASH_B = "b".repeat(64);
    static final BigDecimal PAY = new BigDecimal("38.00");

    static WorkerEvent left(String la, String hash, LocalDate day) {
        return new WorkerEvent(la, hash, WorkerEvent.Kind.LEFT_PERMANENT_POST, day, null, null);
    }

    static WorkerEvent agency(String la, String hash, LocalDate day, BigDecimal pay) {
        return new WorkerEvent(la, hash, WorkerEvent.Kind.AGENCY_START, day, JobType.SOCIAL_WORKER, pay);
    }

    @Test
    void leavingOneCouncilsPostAndStartingAgencyInAnotherWithinThreeMonthsIsCoolingOffAcrossBorders() {
        LocalDate leftOn = LocalDate.of(2025, 3, 31);
        // 30 June is 3 calendar months after: inside; 1 July is not.
        CrossBorder.Result inside = CrossBorder.of(List.of(left("999", HASH_A, leftOn), agency("998", HASH_A, LocalDate.of(2025, 6, 30), PAY)),
                REGION, List.of());
        assertThat(AgencyChecks.coolingOff(leftOn, LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(inside.breaches()).extracting(CrossBorder.Breach::check)
                .containsExactly(CrossBorder.Check.COOLING_OFF, CrossBorder.Check.COOLING_OFF_ACROSS_BORDERS);
        assertThat(inside.breaches()).allSatisfy(b -> assertThat(b.laCode()).isEqualTo("998"));

        CrossBorder.Result after = CrossBorder.of(List.of(left("999", HASH_A, leftOn), agency("998", HASH_A, LocalDate.of(2025, 7, 1), PAY)),
                REGION, List.of());
        assertThat(AgencyChecks.coolingOff(leftOn, LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(after.breaches()).isEmpty();
    }

    @Test
    void withinOneCouncilItIsCoolingOffButNotAcrossBorders() {
        CrossBorder.Result result = CrossBorder.of(List.of(left("999", HASH_A, LocalDate.of(2025, 3, 31)),
                agency("999", HASH_A, LocalDate.of(2025, 4, 30), PAY)), REGION, List.of());
        assertThat(result.breaches()).extracting(CrossBorder.Breach::check).containsExactly(CrossBorder.Check.COOLING_OFF);
        assertThat(result.flows()).isEmpty();
    }

    @Test
    void agencyStartsBeforeTheRulesAreNotChecked() {
        LocalDate before = AgencyChecks.CHECKED_FROM.minusDays(1);
        CrossBorder.Result result = CrossBorder.of(List.of(left("999", HASH_A, before.minusDays(10)), agency("998", HASH_A, before, PAY)),
                REGION, List.of());
        assertThat(result.breaches()).isEmpty();
        CrossBorder.Result onTheDay = CrossBorder.of(List.of(left("999", HASH_A, AgencyChecks.CHECKED_FROM.minusDays(10)),
                agency("998", HASH_A, AgencyChecks.CHECKED_FROM, PAY)), REGION, List.of());
        assertThat(onTheDay.breaches()).isNotEmpty();
    }

    @Test
    void payAboveTheRegionsCapIsOverThePriceCapAndAnotherRegionsCapDoesNotApply() {
        LocalDate start = LocalDate.of(2025, 11, 3);
        RateCap cap = new RateCap(REGION, JobType.SOCIAL_WORKER, LocalDate.of(2025, 10, 1), null, new BigDecimal("38.50"));
        RateCap elsewhere = new RateCap("E12000007", JobType.SOCIAL_WORKER, LocalDate.of(2025, 10, 1), null, new BigDecimal("30.00"));
        assertThat(CrossBorder.of(List.of(agency("998", HASH_A, start, new BigDecimal("38.51"))), REGION, List.of(cap, elsewhere)).breaches())
                .extracting(CrossBorder.Breach::check).containsExactly(CrossBorder.Check.OVER_PRICE_CAP);
        assertThat(CrossBorder.of(List.of(agency("998", HASH_A, start, new BigDecimal("38.50"))), REGION, List.of(cap, elsewhere)).breaches())
                .as("pay equal to the cap").isEmpty();
    }

    @Test
    void flowsCountWorkersFromTheCouncilTheyLeftToWhereTheyNextStarted() {
        List<WorkerEvent> events = List.of(left("999", HASH_A, LocalDate.of(2025, 1, 31)),
                new WorkerEvent("998", HASH_A, WorkerEvent.Kind.STARTED_PERMANENT_POST, LocalDate.of(2025, 3, 1), null, null),
                left("999", HASH_B, LocalDate.of(2025, 2, 28)), agency("997", HASH_B, LocalDate.of(2025, 9, 1), PAY));
        assertThat(CrossBorder.of(events, REGION, List.of()).flows()).containsExactly(new CrossBorder.Flow("999", "997", 1),
                new CrossBorder.Flow("999", "998", 1));
    }

    @Test
    void countsUnderFiveAreSuppressedAndFiveIsShown() {
        List<CrossBorder.Breach> four = breaches(4);
        List<CrossBorder.Breach> five = breaches(5);
        assertThat(CrossBorder.breachCounts(four).get("998").get("social_worker")).containsEntry("cooling_off", "c");
        assertThat(CrossBorder.breachCounts(five).get("998").get("social_worker")).containsEntry("cooling_off", 5);
        assertThat(CrossBorder.flowCounts(List.of(new CrossBorder.Flow("999", "998", 4))).get("999")).containsEntry("998", "c");
        assertThat(CrossBorder.flowCounts(List.of(new CrossBorder.Flow("999", "998", 5))).get("999")).containsEntry("998", 5);
    }

    private static List<CrossBorder.Breach> breaches(int n) {
        List<CrossBorder.Breach> breaches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            breaches.add(new CrossBorder.Breach("998", JobType.SOCIAL_WORKER, CrossBorder.Check.COOLING_OFF, LocalDate.of(2025, 5, 1 + i)));
        }
        return breaches;
    }
}
