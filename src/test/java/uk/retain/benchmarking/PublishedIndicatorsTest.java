package uk.retain.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Look-ups in the DfE release shipped with Retain. */
class PublishedIndicatorsTest {

    private static final PublishedIndicators DFE = PublishedIndicators.fromClasspath();

    @Test
    void theShippedReleaseCoversEnglandTheRegionsAndEveryCouncilFrom2017To2025() {
        assertThat(DFE.years()).containsExactlyElementsOf(IntStream.rangeClosed(2017, 2025).boxed().toList());
        assertThat(DFE.rows()).hasSize(1463);
        assertThat(DFE.councils(2025)).hasSize(151);
        assertThat(DFE.councils(2020)).hasSize(150);
        assertThat(PublishedIndicators.fromClasspath()).isSameAs(DFE);
    }

    @Test
    void englandMatchesTheNationalFiguresQuotedInTheDomainHandbook() {
        PublishedRow england2025 = DFE.england(2025).orElseThrow();
        assertThat(england2025.name()).isEqualTo("England");
        assertThat(england2025.number(Measure.INPOST_FTE)).isEqualTo(36186.3);
        assertThat(england2025.number(Measure.TURNOVER_RATE_FTE)).isEqualTo(11.8);
        assertThat(england2025.number(Measure.CASELOAD_FTE)).isEqualTo(15.2);
        assertThat(DFE.england(2017).orElseThrow().value("vacancy_rate_fte").number()).isEqualTo(17.0);
        assertThat(DFE.england(2016)).isEmpty();
    }

    @Test
    void aCouncilIsFoundByItsThreeDigitCodeOrItsECode() {
        PublishedRow leeds = DFE.council("383", 2024).orElseThrow();
        assertThat(leeds.laName()).isEqualTo("Leeds");
        assertThat(leeds.isJoint()).isFalse();
        assertThat(leeds.laCodes()).containsExactly("383");
        assertThat(DFE.council(leeds.newLaCode(), 2024)).contains(leeds);
        assertThat(DFE.council("999", 2024)).isEmpty();
    }

    @Test
    void eachMemberOfAJointReturnFindsTheJointRow() {
        PublishedRow northamptonshire = DFE.council("940", 2023).orElseThrow();

        assertThat(northamptonshire.oldLaCode()).isEqualTo("940 / 941");
        assertThat(northamptonshire.laCodes()).containsExactly("940", "941");
        assertThat(northamptonshire.newLaCodes()).containsExactly("E06000061", "E06000062");
        assertThat(northamptonshire.isJoint()).isTrue();
        assertThat(DFE.council("941", 2023)).contains(northamptonshire);
        assertThat(DFE.council("E06000062", 2023)).contains(northamptonshire);
        assertThat(DFE.council("940 / 941", 2023)).isEmpty();

        PublishedRow kingstonAndRichmond = DFE.council("318", 2017).orElseThrow();
        assertThat(kingstonAndRichmond.laName()).isEqualTo("Kingston upon Thames / Richmond upon Thames");
        assertThat(DFE.council("314", 2017)).contains(kingstonAndRichmond);
    }

    @Test
    void reorganisedCouncilsAreFoundOnlyInTheYearsTheyExisted() {
        assertThat(DFE.council("928", 2020).orElseThrow().laName()).isEqualTo("Northamptonshire");
        assertThat(DFE.council("940", 2020)).isEmpty();
        assertThat(DFE.council("928", 2021)).isEmpty();
        assertThat(DFE.council("909", 2022).orElseThrow().laName()).isEqualTo("Cumbria");
        assertThat(DFE.council("942", 2023).orElseThrow().laName()).isEqualTo("Cumberland");
    }

    @Test
    void everyKindOfMarkerInTheRealFileReadsAsNullWithItsReason() {
        assertMarked("420", 2017, Measure.WORKING_DAYS_LOST_FTE, Marker.SUPPRESSED); // Isles of Scilly
        assertMarked("207", 2025, Measure.INPOST_FTE, Marker.UNAVAILABLE); // Kensington and Chelsea missed 2025
        assertMarked("330", 2024, Measure.AGENCY_FTE, Marker.LOW_RELIABILITY); // Birmingham
        assertMarked("846", 2024, Measure.AGENCY_COVER_RATE_FTE, Marker.NOT_APPLICABLE); // Brighton and Hove
        assertMarked("394", 2025, Measure.AGENCY_FTE, Marker.ROUNDS_TO_ZERO); // Sunderland
    }

    @Test
    void theNineRegionsLeaveInnerAndOuterLondonBesideThem() {
        assertThat(DFE.regions(2025)).hasSize(9)
                .extracting(PublishedRow::regionCode)
                .contains(Regions.LONDON)
                .doesNotContain(Regions.INNER_LONDON, Regions.OUTER_LONDON);
        assertThat(DFE.londonSubregions(2025)).extracting(PublishedRow::regionName)
                .containsExactly("Inner London", "Outer London");
        assertThat(DFE.region(Regions.INNER_LONDON, 2025).orElseThrow().englishRegionCode()).isEqualTo(Regions.LONDON);
    }

    @Test
    void londonsCouncilsCarryInnerOrOuterLondonAndAreStillLondons() {
        assertThat(DFE.councilsIn(Regions.INNER_LONDON, 2024)).hasSize(14);
        assertThat(DFE.councilsIn(Regions.OUTER_LONDON, 2024)).hasSize(18);
        assertThat(DFE.councilsIn(Regions.LONDON, 2024)).hasSize(32)
                .allSatisfy(council -> assertThat(Regions.isLondonSubregion(council.regionCode())).isTrue());
    }

    @Test
    void theRegionsShareOutEveryCouncilExactlyOnce() {
        for (int year : DFE.years()) {
            var councilsOfRegions = DFE.regions(year).stream()
                    .flatMap(region -> DFE.councilsIn(region.regionCode(), year).stream())
                    .toList();
            assertThat(councilsOfRegions).as("%d", year).containsExactlyInAnyOrderElementsOf(DFE.councils(year));
        }
    }

    private static void assertMarked(String laCode, int year, Measure measure, Marker reason) {
        PublishedValue value = DFE.council(laCode, year).orElseThrow().value(measure);
        assertThat(value.number()).as("%s %d %s", laCode, year, measure).isNull();
        assertThat(value.marker()).as("%s %d %s", laCode, year, measure).isEqualTo(reason);
    }
}
