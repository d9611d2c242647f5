package uk.retain.planning;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.benchmarking.PublishedRow;

/**
 * {@link PublishedForecast} measured on the years it was not given: forecast from the rows up to {@code until}, then
 * compared with what the same file published for the later years.
 */
public final class PublishedBacktest {

    private PublishedBacktest() {
    }

    /**
     * How one measure did.
     *
     * @param outcomes     the council-years with both a forecast and a published value
     * @param covered      how many of them fell between the 10th and 90th percentile (about 80% is right)
     * @param meanError    the mean absolute error of the 50th percentile
     * @param lastValueError the mean absolute error of "the last value carries on", which the forecast must not lose to
     */
    public record Score(int outcomes, int covered, double meanError, double lastValueError) {

        public double coverage() {
            return outcomes == 0 ? Double.NaN : (double) covered / outcomes;
        }
    }

    /** Each measure's score, forecasting from {@code until} over {@code horizon} years. */
    public static Map<Measure, Score> run(PublishedIndicators indicators, int until, int horizon, long seed) {
        PublishedForecast.Forecast forecast = PublishedForecast.of(indicators, until, horizon, seed);
        var series = PublishedForecast.series(indicators, until);
        var scores = new EnumMap<Measure, Score>(Measure.class);
        for (Measure measure : PublishedForecast.MEASURES) {
            int outcomes = 0;
            int covered = 0;
            double error = 0;
            double lastError = 0;
            for (var council : forecast.councils().entrySet()) {
                for (var year : council.getValue().entrySet()) {
                    Quantiles quantiles = year.getValue().get(measure);
                    Optional<Double> outcome = outcome(indicators, council.getKey(), year.getKey(), measure);
                    if (quantiles == null || outcome.isEmpty()) {
                        continue;
                    }
                    double actual = outcome.get();
                    double last = series.get(council.getKey()).get(measure).lastEntry().getValue();
                    outcomes++;
                    covered += quantiles.covers(actual) ? 1 : 0;
                    error += Math.abs(actual - quantiles.p50());
                    lastError += Math.abs(actual - last);
                }
            }
            scores.put(measure, new Score(outcomes, covered, outcomes == 0 ? Double.NaN : error / outcomes,
                    outcomes == 0 ? Double.NaN : lastError / outcomes));
        }
        return Collections.unmodifiableMap(scores);
    }

    private static Optional<Double> outcome(PublishedIndicators indicators, String code, int year, Measure measure) {
        return indicators.councils(year).stream()
                .filter(row -> code.equals(row.oldLaCode()))
                .findFirst()
                .map(PublishedRow::values)
                .map(values -> values.get(measure).summand());
    }
}
