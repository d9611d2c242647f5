package uk.retain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

import uk.retain.workforce.CaseCategory;

class SupplyModelTest {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 31);

    @Test
    void withNoLeaversTheStockOnlyGrowsWithHires() {
        Calibration calibration = calibration(Map.of(Band.TWO_TO_FIVE, 20, Band.FIVE_PLUS, 30), 0, 0);
        Levers levers = withHires(3.0, 12.0).resolve(calibration);
        var model = new SupplyModel(calibration, levers);
        for (int r = 0; r < 50; r++) {
            SupplyModel.Run run = model.run(36, random(r));
            double before = 50;
            boolean grew = false;
            for (int m = 0; m < 36; m++) {
                double now = total(run.permanent(), m);
                assertThat(now).as("run %s month %s", r, m + 1).isGreaterThanOrEqualTo(before - 1e-9);
                grew |= now > before;
                before = now;
                assertThat(run.leaversFte()[m]).isZero();
            }
            assertThat(grew).isTrue();
        }
    }

    @Test
    void withNoLeaversNorHiresTheStockStaysPutAndOnlyMovesBand() {
        Calibration calibration = calibration(Map.of(Band.ASYE, 10, Band.FIVE_PLUS, 5), 0, 0);
        var model = new SupplyModel(calibration, withHires(0.0, 0.0).resolve(calibration));
        SupplyModel.Run run = model.run(60, random(1));
        for (int m = 0; m < 60; m++) {
            assertThat(total(run.permanent(), m)).isEqualTo(15.0, within(1e-9));
        }
        // Five years on, the newly qualified have all reached two years and most five.
        assertThat(run.permanent()[Band.ASYE.ordinal()][59]).isZero();
    }

    @Test
    void aHazardOfHGivesTheSurvivalOfTheClosedForm() {
        double h = 0.02;
        int workers = 400;
        int months = 48;
        Calibration calibration = calibration(Map.of(Band.FIVE_PLUS, workers), h, 0);
        // The prior's weight makes the shrunk hazard the national one exactly when the council has no person-months.
        assertThat(calibration.hazards().get(Band.FIVE_PLUS).monthly()).isEqualTo(h, within(1e-12));
        var model = new SupplyModel(calibration, withHires(0.0, 0.0).resolve(calibration));
        int runs = 200;
        double[] survivors = new double[months];
        for (int r = 0; r < runs; r++) {
            SupplyModel.Run run = model.run(months, random(r));
            for (int m = 0; m < months; m++) {
                survivors[m] += total(run.permanent(), m) / workers / runs;
            }
        }
        double meanMonths = 0;
        double expectedMonths = 0;
        for (int m = 0; m < months; m++) {
            double expected = Math.pow(1 - h, m + 1);
            // The standard error of the mean share over 80,000 worker-runs is under 0.002.
            assertThat(survivors[m]).as("month %s", m + 1).isEqualTo(expected, within(0.006));
            meanMonths += survivors[m];
            expectedMonths += expected;
        }
        // Mean months survived within the horizon: the sum of (1 - h)^m, here (1 - h)(1 - (1 - h)^48) / h.
        assertThat(expectedMonths).isEqualTo((1 - h) * (1 - Math.pow(1 - h, months)) / h, within(1e-9));
        // A worker's months survived (capped at 48) vary by about 14, so the mean of 80,000 has an error of about 0.05.
        assertThat(meanMonths).isEqualTo(expectedMonths, within(0.25));
    }

    @Test
    void aRetentionLeverLowersTheHazard() {
        Calibration calibration = calibration(Map.of(Band.FIVE_PLUS, 100), 0.02, 0);
        Levers better = new Levers(18, null, 12, 0.0, 0.0, 1, 0, 0.5, 0, 0, 0, Levers.GUIDE_SALARIES, 0.3, 95_000, null);
        double asNow = 0;
        double retained = 0;
        for (int r = 0; r < 100; r++) {
            asNow += total(new SupplyModel(calibration, withHires(0.0, 0.0).resolve(calibration)).run(24, random(r))
                    .permanent(), 23);
            retained += total(new SupplyModel(calibration, better.resolve(calibration)).run(24, random(r))
                    .permanent(), 23);
        }
        assertThat(asNow / 100).isEqualTo(100 * Math.pow(0.98, 24), within(2.0));
        assertThat(retained / 100).isEqualTo(100 * Math.pow(0.99, 24), within(2.0));
    }

    @Test
    void theAgencyPathFollowsTheLeverAndConversionsMoveWorkersToPermanent() {
        Calibration calibration = calibration(Map.of(Band.FIVE_PLUS, 10), 0, 20);
        Levers fewer = new Levers(18, null, 12, 0.0, 0.0, 1, 0, 0, -2, 1, 0, Levers.GUIDE_SALARIES, 0.3, 95_000, null);
        SupplyModel.Run run = new SupplyModel(calibration, fewer.resolve(calibration)).run(12, random(3));
        // 20 agency, 3 fewer a month (2 by the lever, 1 converted) until none are left.
        assertThat(total(run.agency(), 0)).isEqualTo(17.0, within(1e-9));
        assertThat(total(run.agency(), 5)).isEqualTo(2.0, within(1e-9));
        assertThat(total(run.agency(), 11)).isZero();
        assertThat(total(run.permanent(), 11)).isGreaterThan(10);
    }

    @Test
    void theBinomialCountsAreWithinTheirBounds() {
        var random = random(9);
        assertThat(SupplyModel.binomial(10, 0, random)).isZero();
        assertThat(SupplyModel.binomial(10, 1, random)).isEqualTo(10);
        assertThat(SupplyModel.binomial(0, 0.5, random)).isZero();
        assertThat(SupplyModel.binomial(10, 0.5, random)).isBetween(0, 10);
    }

    /**
     * The binomial draws (inversion, the complement above ½, two halves above a mean of 30) have the binomial's mean
     * and variance; so do the Poisson draws (inversion up to a mean of 30, Hipparchus's above) the Poisson's.
     */
    @Test
    void theBinomialAndPoissonDrawsHaveTheirDistributionsMeanAndVariance() {
        var random = random(11);
        int draws = 200_000;
        for (double[] np : new double[][] {{25, 1.0 / 12}, {3, 0.01}, {40, 0.7}, {2_000, 0.05}, {1_500, 0.9}}) {
            int n = (int) np[0];
            double p = np[1];
            for (var binomial : List.of(new SupplyModel.Binomial(p, 0), new SupplyModel.Binomial(p, 4_000))) {
                double sum = 0;
                double squares = 0;
                for (int i = 0; i < draws; i++) {
                    int x = binomial.draw(n, random);
                    assertThat(x).isBetween(0, n);
                    sum += x;
                    squares += (double) x * x;
                }
                double mean = sum / draws;
                double variance = squares / draws - mean * mean;
                assertThat(mean).as("n %s p %s", n, p).isEqualTo(n * p, within(5 * Math.sqrt(n * p * (1 - p) / draws)));
                assertThat(variance / (n * p * (1 - p))).as("n %s p %s", n, p).isEqualTo(1, within(0.03));
            }
        }
        for (double mean : new double[] {0.3, 4, 29, 45}) {
            var poisson = new SupplyModel.Poisson(mean);
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < draws; i++) {
                int x = poisson.draw(random);
                sum += x;
                squares += (double) x * x;
            }
            double average = sum / draws;
            assertThat(average).as("mean %s", mean).isEqualTo(mean, within(5 * Math.sqrt(mean / draws)));
            assertThat((squares / draws - average * average) / mean).as("mean %s", mean).isEqualTo(1, within(0.03));
        }
        assertThat(new SupplyModel.Poisson(0).draw(random)).isZero();
    }

    static double total(double[][] byBand, int month) {
        double total = 0;
        for (double[] band : byBand) {
            total += band[month];
        }
        return total;
    }

    static RandomDataGenerator random(int run) {
        return RandomDataGenerator.of(new Well19937c(run));
    }

    /** As now, with the given experienced offers a month and newly qualified a year. */
    static Levers withHires(Double offersPerMonth, Double nqswPerYear) {
        return new Levers(18, null, 12, nqswPerYear, offersPerMonth, 1, 0, 0, 0, 0, 0, Levers.GUIDE_SALARIES, 0.3,
                95_000, null);
    }

    /**
     * A calibration of whole-time permanent workers by band, every band leaving with hazard {@code h} (the national
     * one, the council having no history), and {@code agency} agency workers of five years or more who never end.
     */
    static Calibration calibration(Map<Band, Integer> heads, double h, int agency) {
        var permanent = new EnumMap<Band, Calibration.Stock>(Band.class);
        var agencyStocks = new EnumMap<Band, Calibration.Stock>(Band.class);
        var hazards = new EnumMap<Band, Calibration.Hazard>(Band.class);
        var mix = new EnumMap<Band, Double>(Band.class);
        for (Band band : Band.values()) {
            int n = heads.getOrDefault(band, 0);
            permanent.put(band, new Calibration.Stock(n, n));
            int a = band == Band.FIVE_PLUS ? agency : 0;
            agencyStocks.put(band, new Calibration.Stock(a, a));
            hazards.put(band, Calibration.Hazard.shrunk(0, 0, h));
            mix.put(band, band == Band.TWO_TO_FIVE ? 1.0 : 0.0);
        }
        return new Calibration(DATE, permanent, agencyStocks, hazards, h, Calibration.Hazard.shrunk(0, 0, 0), 0, mix,
                0, null, Map.of(CaseCategory.CHILD_IN_NEED, List.of(100, 100, 100)));
    }
}
