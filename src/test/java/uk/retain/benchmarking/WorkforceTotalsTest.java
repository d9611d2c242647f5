package uk.retain.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkforceTotalsTest {

    @Test
    void ratesComeFromTheSummedCountsNotFromAveragingTheCouncilsRates() {
        // A large council with low turnover and a small one with high turnover.
        var large = council("101", Map.of(Measure.INPOST_FTE, 900.0, Measure.LEAVERS_FTE, 90.0)); // 10 %
        var small = council("102", Map.of(Measure.INPOST_FTE, 100.0, Measure.LEAVERS_FTE, 50.0)); // 50 %

        var totals = WorkforceTotals.of(List.of(large, small));

        assertThat(totals.value(Measure.INPOST_FTE)).isEqualTo(1000.0);
        assertThat(totals.value(Measure.LEAVERS_FTE)).isEqualTo(140.0);
        assertThat(totals.value(Measure.TURNOVER_RATE_FTE)).isCloseTo(14.0, within(1e-9)); // not (10 + 50) / 2 = 30
    }

    @Test
    void everyRateAndTheCaseloadUseTheDfEFormulas() {
        var totals = WorkforceTotals.of(List.of(
                council("101", Map.of(Measure.INPOST_FTE, 80.0, Measure.AGENCY_FTE, 15.0, Measure.VACANCY_FTE, 10.0,
                        Measure.AGENCY_COVER_FTE, 6.0, Measure.CASES, 900.0, Measure.CASE_HOLDERS_FTE, 50.0,
                        Measure.WORKING_DAYS_LOST_FTE, 500.0)),
                council("102", Map.of(Measure.INPOST_FTE, 20.0, Measure.AGENCY_FTE, 5.0, Measure.VACANCY_FTE, 15.0,
                        Measure.AGENCY_COVER_FTE, 4.0, Measure.CASES, 100.0, Measure.CASE_HOLDERS_FTE, 10.0,
                        Measure.WORKING_DAYS_LOST_FTE, 132.5))));

        assertThat(totals.value(Measure.AGENCY_RATE_FTE)).isCloseTo(100.0 * 20 / 120, within(1e-9));
        assertThat(totals.value(Measure.VACANCY_RATE_FTE)).isCloseTo(100.0 * 25 / 125, within(1e-9));
        assertThat(totals.value(Measure.AGENCY_COVER_RATE_FTE)).isCloseTo(100.0 * 10 / 20, within(1e-9));
        assertThat(totals.value(Measure.VACANCY_AGENCY_COVER_RATE_FTE)).isCloseTo(100.0 * 10 / 25, within(1e-9));
        assertThat(totals.value(Measure.CASELOAD_FTE)).isCloseTo(1000.0 / 60, within(1e-9));
        assertThat(totals.value(Measure.ABSENCE_RATE_FTE)).isCloseTo(100.0 * 632.5 / (100 * 253), within(1e-9));
    }

    @Test
    void aMissingFigureLeavesTheTotalUnknownAndSaysWhichCouncilLacksIt() {
        var known = council("101", Map.of(Measure.INPOST_FTE, 90.0, Measure.LEAVERS_FTE, 9.0));
        var withheld = council("102", Map.of(Measure.INPOST_FTE, 10.0),
                Map.of(Measure.LEAVERS_FTE, Marker.UNAVAILABLE));

        var totals = WorkforceTotals.of(List.of(known, withheld));

        assertThat(totals.value(Measure.INPOST_FTE)).isEqualTo(100.0);
        assertThat(totals.value(Measure.LEAVERS_FTE)).isNull();
        assertThat(totals.value(Measure.TURNOVER_RATE_FTE)).isNull();
        assertThat(totals.lacking(Measure.TURNOVER_RATE_FTE)).containsExactly(withheld);
        assertThat(totals.lacking(Measure.INPOST_FTE)).isEmpty();
        assertThat(totals.valueOverReporting(Measure.TURNOVER_RATE_FTE)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void aRateIsUnknownExactlyWhenOneOfItsInputsIs() {
        // Keeps the formulas of WorkforceTotals and the inputs declared by Measure in step.
        for (Measure measure : Measure.values()) {
            for (Measure missing : Measure.values()) {
                if (!missing.isSummed()) {
                    continue;
                }
                var totals = WorkforceTotals.of(List.of(council("101", allOnes(), Map.of(missing, Marker.SUPPRESSED))));
                boolean needed = measure.inputs().contains(missing);
                assertThat(totals.value(measure)).as("%s without %s", measure, missing)
                        .matches(value -> (value == null) == needed);
            }
        }
    }

    @Test
    void roundsToZeroCountsAsZeroInASum() {
        var none = council("101", Map.of(Measure.INPOST_FTE, 50.0), Map.of(Measure.AGENCY_FTE, Marker.ROUNDS_TO_ZERO));
        var some = council("102", Map.of(Measure.INPOST_FTE, 40.0, Measure.AGENCY_FTE, 10.0));

        var totals = WorkforceTotals.of(List.of(none, some));

        assertThat(totals.value(Measure.AGENCY_FTE)).isEqualTo(10.0);
        assertThat(totals.value(Measure.AGENCY_RATE_FTE)).isCloseTo(10.0, within(1e-9));
        assertThat(totals.lacking(Measure.AGENCY_FTE)).isEmpty();
    }

    @Test
    void aDenominatorOfZeroGivesNoRate() {
        var totals = WorkforceTotals.of(List.of(council("101", Map.of(Measure.VACANCY_FTE, 0.0))));

        assertThat(totals.value(Measure.VACANCY_AGENCY_COVER_RATE_FTE)).isNull();
        assertThat(totals.lacking(Measure.VACANCY_AGENCY_COVER_RATE_FTE)).isEmpty();
    }

    @Test
    void nothingIsCountedTwice() {
        var council = council("101", Map.of());
        var london = region(Regions.LONDON);
        var innerLondon = region(Regions.INNER_LONDON);

        assertThatThrownBy(() -> WorkforceTotals.of(List.of(council, council)))
                .hasMessageContaining("counted twice");
        assertThatThrownBy(() -> WorkforceTotals.of(List.of(london, innerLondon)))
                .hasMessageContaining("London would be counted twice");
        assertThatThrownBy(() -> WorkforceTotals.of(List.of(council, london)))
                .hasMessageContaining("different levels");
        assertThatThrownBy(() -> WorkforceTotals.of(List.of())).hasMessageContaining("nothing to add up");
        assertThat(WorkforceTotals.of(List.of(innerLondon, region(Regions.OUTER_LONDON))).rows()).hasSize(2);
    }

    private static PublishedRow council(String laCode, Map<Measure, Double> numbers) {
        return council(laCode, numbers, Map.of());
    }

    private static PublishedRow council(String laCode, Map<Measure, Double> numbers, Map<Measure, Marker> markers) {
        return new PublishedRow(2025, GeographicLevel.LOCAL_AUTHORITY, "E12000001", "North East", laCode, null,
                "Council " + laCode, values(numbers, markers));
    }

    private static PublishedRow region(String regionCode) {
        return new PublishedRow(2025, GeographicLevel.REGIONAL, regionCode, regionCode, null, null, null,
                values(Map.of(), Map.of()));
    }

    /** The given figures, and 0 for the rest. */
    private static Map<Measure, PublishedValue> values(Map<Measure, Double> numbers, Map<Measure, Marker> markers) {
        var values = new EnumMap<Measure, PublishedValue>(Measure.class);
        Arrays.stream(Measure.values()).forEach(measure -> values.put(measure, PublishedValue.of(0.0)));
        numbers.forEach((measure, number) -> values.put(measure, PublishedValue.of(number)));
        markers.forEach((measure, marker) -> values.put(measure, PublishedValue.marked(marker)));
        return values;
    }

    private static Map<Measure, Double> allOnes() {
        var ones = new EnumMap<Measure, Double>(Measure.class);
        Arrays.stream(Measure.values()).forEach(measure -> ones.put(measure, 1.0));
        return ones;
    }
}
