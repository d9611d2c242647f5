package uk.retain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.benchmarking.PublishedIndicators;

/** {@code bench forecast}'s councils: one calibration per council of DfE's shipped file, and the runs over them. */
class NationalSupplyTest {

    private static final List<NationalSupply.Council> COUNCILS =
            NationalSupply.councils(PublishedIndicators.fromClasspath(), 2025);

    @Test
    void everyCouncilOfTheFileHasACalibrationFromItsPublishedFigures() {
        assertThat(COUNCILS).hasSize(153);
        assertThat(COUNCILS.stream().map(NationalSupply.Council::code).distinct()).hasSize(153);
        // A joint row is shared equally between its councils: 439 in post for North and West Northamptonshire.
        var north = council("940");
        var west = council("941");
        assertThat(north.name()).isEqualTo("North Northamptonshire");
        assertThat(heads(north.calibration().permanent())).isEqualTo(220);
        assertThat(heads(west.calibration().permanent())).isEqualTo(220);
        // Westminster's 2025 figures are suppressed: it keeps those it published last.
        assertThat(heads(council("213").calibration().permanent())).isPositive();
        for (var council : COUNCILS) {
            Calibration calibration = council.calibration();
            int heads = heads(calibration.permanent());
            // The Isles of Scilly (420) publish no social workers in post.
            assertThat(heads).as(council.code()).isGreaterThanOrEqualTo(council.code().equals("420") ? 0 : 1);
            // Spread over the bands by the shares, each band with the council's hazard.
            assertThat(calibration.permanent().get(Band.FIVE_PLUS).headcount()).as(council.code())
                    .isCloseTo((int) Math.round(heads * NationalSupply.BAND_SHARES[3]), within(1));
            assertThat(calibration.hazards().get(Band.ASYE)).isEqualTo(calibration.hazards().get(Band.FIVE_PLUS));
            assertThat(calibration.hazards().get(Band.ASYE).monthly()).as(council.code()).isBetween(0.001, 0.05);
        }
        int england = COUNCILS.stream().mapToInt(council -> heads(council.calibration().permanent())).sum();
        assertThat(england).isBetween(37_000, 40_000);
    }

    @Test
    void theRunsDependOnTheSeedAloneNotOnTheThreads() throws InterruptedException {
        var some = COUNCILS.subList(0, 6);
        NationalSupply.Summary one = NationalSupply.run(some, 50, 12, 7, 1);
        NationalSupply.Summary two = NationalSupply.run(some, 50, 12, 7, 2);
        assertThat(two).isEqualTo(one);
        assertThat(NationalSupply.run(some, 50, 12, 8, 2)).isNotEqualTo(one);
        assertThat(one.p10PermanentFte()).isLessThanOrEqualTo(one.meanPermanentFte());
        assertThat(one.p90PermanentFte()).isGreaterThanOrEqualTo(one.meanPermanentFte());
    }

    @Test
    void theParametersAreWhatTheModelDerivesForEachCouncil() {
        Map<String, Object> parameters = NationalSupply.parameters(COUNCILS.subList(0, 2));
        assertThat(parameters).hasSize(2);
        @SuppressWarnings("unchecked")
        var first = (Map<String, Object>) parameters.values().iterator().next();
        assertThat(first).containsKeys("permanent", "agency", "leaving", "progression", "agency_ending", "hire_mix",
                "agency_mix", "experienced_offers_per_month", "nqsw_per_year", "start_month");
        assertThat(first.get("start_month")).isEqualTo(9);
    }

    @Test
    void percentilesAreNumpysLinearOnes() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(NationalSupply.percentile(sorted, 10)).isEqualTo(1.9, within(1e-12));
        assertThat(NationalSupply.percentile(sorted, 90)).isEqualTo(9.1, within(1e-12));
    }

    private static NationalSupply.Council council(String code) {
        return COUNCILS.stream().filter(council -> council.code().equals(code)).findFirst().orElseThrow();
    }

    private static int heads(Map<Band, Calibration.Stock> stocks) {
        return stocks.values().stream().mapToInt(Calibration.Stock::headcount).sum();
    }
}
