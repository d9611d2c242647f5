package uk.retain.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.agency.AgencyChecks;
import uk.retain.agency.JobType;
import uk.retain.agency.RateCap;

class CrossBorderTest {

    static final String REGION = "E12000006";
    static final String A = "101";
    static final String B = "102";
    static final LocalDate START = LocalDate.of(2025, 11, 15);
    static final List<RateCap> CAPS = List.of(
            new RateCap(REGION, JobType.SOCIAL_WORKER, AgencyChecks.PRICE_CAP_FROM, null, new BigDecimal("40.00")),
            new RateCap("E12000007", JobType.SOCIAL_WORKER, AgencyChecks.PRICE_CAP_FROM, null, new BigDecimal("20.00")));

    private static String hash(int n) {
        return String.format("%064x", n);
    }

    private static WorkerEvent left(String la, String hash, LocalDate day) {
        return new WorkerEvent(la, hash, WorkerEvent.Kind.LEFT_PERMANENT_POST, day, null, null);
    }

    private static WorkerEvent started(String la, String hash, LocalDate day) {
        return new WorkerEvent(la, hash, WorkerEvent.Kind.STARTED_PERMANENT_POST, day, null, null);
    }

    private static WorkerEvent agency(String la, String hash, LocalDate day, String pay) {
        return new WorkerEvent(la, hash, WorkerEvent.Kind.AGENCY_START, day, JobType.SOCIAL_WORKER, new BigDecimal(pay));
    }

    private static List<CrossBorder.Check> checks(CrossBorder.Result result) {
        return result.breaches().stream().map(CrossBorder.Breach::check).toList();
    }

    @Test
    void leavingInOneCouncilAndAgencyInAnotherWithin3MonthsIsCoolingOffAcrossBorders() {
        CrossBorder.Result result = CrossBorder.of(List.of(left(A, hash(1), START.minusMonths(3)), agency(B, hash(1), START, "35")),
                REGION, CAPS);

        assertThat(result.breaches()).containsExactly(
                new CrossBorder.Breach(B, JobType.SOCIAL_WORKER, CrossBorder.Check.COOLING_OFF, START),
                new CrossBorder.Breach(B, JobType.SOCIAL_WORKER, CrossBorder.Check.COOLING_OFF_ACROSS_BORDERS, START));
    }

    @Test
    void withinTheSameCouncilIsCoolingOffButNotAcrossBorders() {
        CrossBorder.Result result = CrossBorder.of(List.of(left(A, hash(1), START.minusDays(1)), agency(A, hash(1), START, "35")),
                REGION, CAPS);

        assertThat(checks(result)).containsExactly(CrossBorder.Check.COOLING_OFF);
    }

    @Test
    void oneDayBeforeThe3MonthsIsNotCoolingOff() {
        LocalDate leaving = START.minusMonths(3).minusDays(1);
        assertThat(AgencyChecks.coolingOff(leaving, START)).isFalse();

        CrossBorder.Result result = CrossBorder.of(List.of(left(A, hash(1), leaving), agency(B, hash(1), START, "35")), REGION, CAPS);

        assertThat(result.breaches()).isEmpty();
    }

    @Test
    void anotherWorkersLeavingDoesNotCount() {
        CrossBorder.Result result = CrossBorder.of(List.of(left(A, hash(2), START.minusDays(10)), agency(B, hash(1), START, "35")),
                REGION, CAPS);

        assertThat(result.breaches()).isEmpty();
    }

    @Test
    void agencyStartsBeforeCheckedFromAreNotChecked() {
        LocalDate early = AgencyChecks.CHECKED_FROM.minusDays(1);
        CrossBorder.Result result = CrossBorder.of(List.of(left(A, hash(1), early.minusDays(5)), agency(B, hash(1), early, "99")),
                REGION, CAPS);

        assertThat(result.breaches()).isEmpty();

        CrossBorder.Result onTheDay = CrossBorder.of(List.of(left(A, hash(1), AgencyChecks.CHECKED_FROM.minusDays(5)),
                agency(B, hash(1), AgencyChecks.CHECKED_FROM, "35")), REGION, CAPS);
        assertThat(checks(onTheDay)).contains(CrossBorder.Check.COOLING_OFF);
    }

    @Test
    void overTheRegionsCapIsOverPriceCap() {
        CrossBorder.Result over = CrossBorder.of(List.of(agency(A, hash(1), START, "40.01")), REGION, CAPS);
        CrossBorder.Result at = CrossBorder.of(List.of(agency(A, hash(1), START, "40.00")), REGION, CAPS);
        CrossBorder.Result otherRegion = CrossBorder.of(List.of(agency(A, hash(1), START, "30")), REGION, CAPS);

        assertThat(over.breaches()).containsExactly(new CrossBorder.Breach(A, JobType.SOCIAL_WORKER, CrossBorder.Check.OVER_PRICE_CAP, START));
        assertThat(at.breaches()).isEmpty();
        assertThat(otherRegion.breaches()).as("the cap of another region (20.00) does not apply").isEmpty();
    }

    @Test
    void flowsAreCountedFromTheCouncilLeftToTheNextStart() {
        List<WorkerEvent> events = List.of(
                left(A, hash(1), LocalDate.of(2025, 1, 31)), started(B, hash(1), LocalDate.of(2025, 3, 1)),
                left(A, hash(2), LocalDate.of(2025, 2, 28)), agency(B, hash(2), LocalDate.of(2025, 8, 1), "35"),
                left(B, hash(3), LocalDate.of(2025, 2, 28)), started(A, hash(3), LocalDate.of(2025, 4, 1)),
                left(A, hash(4), LocalDate.of(2025, 2, 28)), started(A, hash(4), LocalDate.of(2025, 4, 1)));

        CrossBorder.Result result = CrossBorder.of(events, REGION, CAPS);

        assertThat(result.flows()).containsExactly(new CrossBorder.Flow(A, B, 2), new CrossBorder.Flow(B, A, 1));
    }

    @Test
    void breachCountsAreSuppressedUnder5() {
        List<CrossBorder.Breach> breaches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            breaches.add(new CrossBorder.Breach(A, JobType.SOCIAL_WORKER, CrossBorder.Check.OVER_PRICE_CAP, START));
        }
        for (int i = 0; i < 5; i++) {
            breaches.add(new CrossBorder.Breach(B, JobType.SOCIAL_WORKER, CrossBorder.Check.OVER_PRICE_CAP, START));
        }

        Map<String, Map<String, Map<String, Object>>> counts = CrossBorder.breachCounts(breaches);

        assertThat(counts.get(A).get("social_worker")).containsEntry("over_price_cap", "c");
        assertThat(counts.get(B).get("social_worker")).containsEntry("over_price_cap", 5);
    }

    @Test
    void flowCountsAreSuppressedUnder5() {
        Map<String, Map<String, Object>> counts = CrossBorder.flowCounts(List.of(new CrossBorder.Flow(A, B, 4), new CrossBorder.Flow(B, A, 5)));

        assertThat(counts.get(A)).containsEntry(B, "c");
        assertThat(counts.get(B)).containsEntry(A, 5);
    }
}
