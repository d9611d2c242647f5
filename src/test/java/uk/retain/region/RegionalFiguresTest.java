package uk.retain.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.Suppression;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Register;

class RegionalFiguresTest {

    private static final String EAST = "E12000006";
    private static final PublishedIndicators PUBLISHED = PublishedIndicators.fromClasspath();

    /** The small bundle as if it were Hertfordshire's register (919, East of England). */
    private static RegisterMeasures hertfordshire() throws Exception {
        Register small = Bundles.read(Path.of("src/test/resources/bundles/small"));
        return RegisterMeasures.of(small.toBuilder().authority(new Authority("919", "Hertfordshire", EAST)).build());
    }

    @Test
    void aCouncilOnRetainIsShownFromItsRegisterWithSmallNumbersSuppressedAndOnlyOnce() throws Exception {
        RegionalFigures.Table table = RegionalFigures.of(EAST, CensusYear.of(2025), PUBLISHED, Map.of("919", hertfordshire()),
                la -> "Hertfordshire");

        assertThat(table.councils()).filteredOn(row -> row.laCode().equals("919")).singleElement().satisfies(row -> {
            assertThat(row.source()).isEqualTo(RegionalFigures.Source.RETAIN);
            // The small bundle has fewer than 5 leavers in the year: its turnover rate is suppressed, never shown.
            assertThat(row.cells().get(Measure.TURNOVER_RATE_FTE)).isEqualTo(new RegionalFigures.Cell(null, Suppression.SUPPRESSED));
        });
        assertThat(table.councils()).hasSize(PUBLISHED.councilsIn(EAST, 2025).size());
        assertThat(table.councils()).filteredOn(row -> row.source() == RegionalFigures.Source.PUBLISHED).isNotEmpty()
                .allSatisfy(row -> assertThat(row.laCode()).isNotEqualTo("919"));
    }

    @Test
    void theRegionAndEnglandAreDfesOwnTotals() {
        RegionalFigures.Table table = RegionalFigures.of(EAST, CensusYear.of(2025), PUBLISHED, Map.of(), la -> la);

        assertThat(table.councils()).allSatisfy(row -> assertThat(row.source()).isEqualTo(RegionalFigures.Source.PUBLISHED));
        assertThat(table.region()).hasValueSatisfying(row -> assertThat(row.cells().get(Measure.INPOST_FTE).number())
                .isEqualTo(PUBLISHED.region(EAST, 2025).orElseThrow().number(Measure.INPOST_FTE)));
        assertThat(table.england()).hasValueSatisfying(row -> assertThat(row.cells().get(Measure.TURNOVER_RATE_FTE).number())
                .isEqualTo(PUBLISHED.england(2025).orElseThrow().number(Measure.TURNOVER_RATE_FTE)));
    }

    @Test
    void aYearNotYetPublishedHasOnlyTheCouncilsOnRetain() throws Exception {
        RegionalFigures.Table table = RegionalFigures.of(EAST, CensusYear.of(2026), PUBLISHED, Map.of("919", hertfordshire()),
                la -> "Hertfordshire");

        assertThat(table.councils()).extracting(RegionalFigures.Row::laCode).containsExactly("919");
        assertThat(table.region()).isEmpty();
        assertThat(table.england()).isEmpty();
    }
}
