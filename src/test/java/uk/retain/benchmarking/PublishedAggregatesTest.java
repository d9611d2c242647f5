package uk.retain.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of measures.md, "Regions and England", checked against DfE's own file: adding up the council rows and
 * then taking the ratios reproduces the England and regional rows, wherever no council's figure is withheld.
 *
 * <p>A year, geography and measure is checked only when every council of the geography has a figure for it (for a
 * rate: for its numerator and denominator; {@code low} counts as 0). Where a council's figure is withheld, DfE's
 * totals follow no single rule, so they are evidence neither way: they include most {@code c} and {@code u} figures
 * (DfE holds the true value) but not {@code x}; some of their rates are over the reporting councils only; and the
 * 2025 totals of England, London and Inner London carry Kensington and Chelsea's and Westminster's 2024 figures,
 * as both missed the 2025 return.
 *
 * <p>Tolerances, from how DfE rounds:
 * <ul>
 *   <li>Headcounts and cases are whole numbers, published exactly: they must match exactly (they do, every time).
 *   <li>FTEs are published to one decimal place, so each of the n council figures and the published total is off
 *       by at most 0.05: the sum may be off by 0.05 × (n + 1) at worst (7.6 for England's 150 councils). The largest
 *       difference actually met is 1.0 (England, inpost_fte, 2022) and 0.3 for a region (North West, 2022).
 *   <li>Rates and the caseload are recomputed from the sums and compared with the published figure within 0.1
 *       (percentage points, or cases per FTE). Rounding the published rate alone accounts for 0.05, but that is not
 *       enough: the rounded FTEs behind a small region's rate move it further. The largest difference met is 0.071
 *       (North East, vacancy_agency_cover_rate_fte, 2019), and 26 of the 814 regional rates and caseloads are more than
 *       0.05 out; none of England's 42 is.
 * </ul>
 */
class PublishedAggregatesTest {

    private static final PublishedIndicators DFE = PublishedIndicators.fromClasspath();
    private static final double RATE_TOLERANCE = 0.1;
    private static final double ROUNDING = 0.05;

    /** One published figure of England or a region, against the same measure of the rows it is made of. */
    record Check(PublishedRow published, Measure measure, double publishedValue, double recomputed, double tolerance) {

        boolean passes() {
            return Math.abs(publishedValue - recomputed) <= tolerance + 1e-9;
        }

        @Override
        public String toString() {
            return published + " " + measure.column() + ": published " + publishedValue + ", recomputed " + recomputed;
        }
    }

    @Test
    void englandIsTheSumOfItsCouncils() {
        List<Check> checks = DFE.years().stream()
                .flatMap(year -> checks(DFE.england(year).orElseThrow(), DFE.councils(year)).stream())
                .toList();

        assertThat(checks).filteredOn(check -> !check.passes()).isEmpty();
        // 117 of the 9 × 22 year-measure pairs have no withheld council figure; most of 2025 has (see below).
        assertThat(checks).hasSizeGreaterThanOrEqualTo(110);
        assertThat(checks).filteredOn(check -> !check.measure().isSummed()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void eachRegionIsTheSumOfItsCouncils() {
        List<Check> checks = regionalRows()
                .flatMap(region -> checks(region, DFE.councilsIn(region.regionCode(), region.year())).stream())
                .toList();

        assertThat(checks).filteredOn(check -> !check.passes()).isEmpty();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(checks.stream().map(check -> check.published().regionCode()).distinct()).hasSize(11);
    }

    @Test
    void englandIsTheSumOfTheNineRegionsWithLondonOnce() {
        List<Check> checks = new ArrayList<>();
        for (int year : DFE.years()) {
            List<PublishedRow> regions = DFE.regions(year);
            var councils = WorkforceTotals.of(DFE.councils(year));
            checks(DFE.england(year).orElseThrow(), regions).stream()
                    .filter(check -> check.measure().isSummed())
                    .filter(check -> councils.lacking(check.measure()).isEmpty())
                    .forEach(checks::add);
        }

        assertThat(checks).filteredOn(check -> !check.passes()).isEmpty();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(70);
    }

    @Test
    void addingInnerAndOuterLondonToTheRegionsIsRefused() {
        var allRegionalRows = Stream.concat(DFE.regions(2024).stream(), DFE.londonSubregions(2024).stream()).toList();

        assertThatThrownBy(() -> WorkforceTotals.of(allRegionalRows))
                .hasMessageContaining("London would be counted twice");
    }

    @Test
    void averagingTheCouncilsRatesWouldNotReproduceThePublishedRates() {
        Stream<PublishedRow> englandRows = DFE.years().stream().map(year -> DFE.england(year).orElseThrow());
        List<Check> averaged = Stream.concat(englandRows, regionalRows())
                .flatMap(aggregate -> averagedRates(aggregate).stream())
                .toList();

        // The wrong rule fails for 746 of the 856 rates: the tolerances above are tight enough to tell the rules apart.
        assertThat(averaged).hasSizeGreaterThanOrEqualTo(800);
        assertThat(averaged).filteredOn(check -> !check.passes()).hasSizeGreaterThan(averaged.size() / 2);
    }

    private static Stream<PublishedRow> regionalRows() {
        return DFE.years().stream()
                .flatMap(year -> Stream.concat(DFE.regions(year).stream(), DFE.londonSubregions(year).stream()));
    }

    /** Every measure of the published row that its members report in full, recomputed with {@link WorkforceTotals}. */
    private static List<Check> checks(PublishedRow published, List<PublishedRow> members) {
        assertThat(members).as("members of %s", published).isNotEmpty();
        var totals = WorkforceTotals.of(members);
        var checks = new ArrayList<Check>();
        for (Measure measure : Measure.values()) {
            Double publishedValue = published.number(measure);
            Double recomputed = totals.value(measure);
            if (publishedValue == null || !totals.lacking(measure).isEmpty() || recomputed == null) {
                continue;
            }
            checks.add(new Check(published, measure, publishedValue, recomputed, tolerance(measure, members.size())));
        }
        return checks;
    }

    /** The published rates recomputed the wrong way, as the plain average of the councils' published rates. */
    private static List<Check> averagedRates(PublishedRow published) {
        List<PublishedRow> councils = published.level() == GeographicLevel.NATIONAL
                ? DFE.councils(published.year())
                : DFE.councilsIn(published.regionCode(), published.year());
        var totals = WorkforceTotals.of(councils);
        return checks(published, councils).stream()
                .filter(check -> !check.measure().isSummed())
                .filter(check -> totals.lacking(check.measure()).isEmpty())
                .map(check -> new Check(published, check.measure(), check.publishedValue(),
                        average(councils, check.measure()), check.tolerance()))
                .toList();
    }

    private static double average(List<PublishedRow> councils, Measure rate) {
        return councils.stream().map(council -> council.number(rate)).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double tolerance(Measure measure, int rowsSummed) {
        return switch (measure.kind()) {
            case COUNT -> 0.0;
            case FTE -> ROUNDING * (rowsSummed + 1);
            case RATE, RATIO -> RATE_TOLERANCE;
        };
    }
}
