package uk.retain.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The published drivers of demand, read from the shipped files and from rows built by hand. */
class PublishedDemandTest {

    @Test
    void hertfordshiresYearTo31March2025AsDfeAndOnsPublishedIt() {
        PublishedDemand.Year year = PublishedDemand.fromClasspath().council("919").stream()
                .filter(y -> y.year() == 2025).findFirst().orElseThrow();
        assertThat(year.referrals()).isEqualTo(6536);
        assertThat(year.childrenInNeed()).isEqualTo(5848);
        assertThat(year.protectionPlans()).isEqualTo(614);
        assertThat(year.lookedAfter()).isEqualTo(999);
        assertThat(year.lookedAfterPer10k()).isEqualTo(36);
        // Children aged 0 to 17 at mid-2024.
        assertThat(year.children()).isEqualTo(277_480);
        assertThat(year.referralsPer10k()).isCloseTo(6536 * 10_000.0 / 277_480, within(1e-9));
    }

    @Test
    void englandHasEveryYearFrom2013() {
        List<PublishedDemand.Year> england = PublishedDemand.fromClasspath().england();
        assertThat(england.get(0).year()).isEqualTo(2013);
        assertThat(england.get(england.size() - 1).year()).isEqualTo(2025);
        assertThat(england.get(england.size() - 1).referrals()).isEqualTo(632_830);
        assertThat(PublishedDemand.fromClasspath().council("998")).isEmpty();
    }

    @Test
    void aSuppressedCellIsNoFigureAndTheYearlyChangeIsTheGeometricMean() {
        Map<String, String> base = Map.of("geographic_level", "Local authority", "old_la_code", "111");
        PublishedDemand demand = new PublishedDemand(
                List.of(row(base, "2023", "referral_count", "1000"), row(base, "2025", "referral_count", "1210"),
                        row(base, "2024", "referral_count", "c")),
                List.of(), List.of(), List.of(),
                List.of(row(base, "2022", "population_estimate", "100000"), row(base, "2024", "population_estimate", "100000"),
                        row(base, "2023", "population_estimate", "100000")).stream()
                        .map(r -> { var m = new java.util.HashMap<>(r); m.put("age_group", "Children aged 0 to 17 years"); return (Map<String, String>) m; })
                        .toList());
        List<PublishedDemand.Year> years = demand.council("111");
        assertThat(years).extracting(PublishedDemand.Year::year).containsExactly(2023, 2025);
        assertThat(years.get(0).referralsPer10k()).isCloseTo(100.0, within(1e-9));
        // 100 to 121 per 10,000 in two years: 10% a year.
        assertThat(PublishedDemand.yearlyChangePercent(years, 5)).hasValueSatisfying(p -> assertThat(p).isCloseTo(10.0, within(1e-9)));
        assertThat(PublishedDemand.yearlyChangePercent(years.subList(0, 1), 5)).isEmpty();
    }

    private static Map<String, String> row(Map<String, String> base, String year, String column, String value) {
        var row = new java.util.HashMap<>(base);
        row.put("time_period", year);
        row.put(column, value);
        return row;
    }
}
