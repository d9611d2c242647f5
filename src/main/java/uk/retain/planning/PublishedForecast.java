package uk.retain.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.StatUtils;
import org.hipparchus.stat.descriptive.rank.Percentile;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.benchmarking.PublishedRow;

/**
 * Forecasts four of DfE's published indicators of every council some years ahead, from the years up to a given one
 * only, each as {@link Quantiles}.
 *
 * <p>The best guess ({@code p50}) is the last published value for the stock figures (FTE in post, agency FTE), which
 * move like a random walk, and half the last value plus half the mean of the last three for the flows (leavers, the
 * turnover rate), which swing back towards their level. The spread around it is learnt from the same file: for
 * every council and every earlier year, how far the same rule missed {@code h} years later, on the scale of
 * {@code log(1 + value)}. A miss is split into what all councils shared that year (the year's median miss: a national
 * swing) and what was the council's own; a forecast draws the council's part from the misses seen (a bootstrap) and
 * the shared part from a normal distribution with the spread of the yearly medians, at least {@value #SHARED_SWING_FLOOR}
 * a year, since a few years show fewer national swings than the future will. Figures are in {@code docs/planning.md}.
 */
public final class PublishedForecast {

    /** The measures forecast, in the order they are written. */
    public static final List<Measure> MEASURES =
            List.of(Measure.INPOST_FTE, Measure.LEAVERS_FTE, Measure.AGENCY_FTE, Measure.TURNOVER_RATE_FTE);

    /** The seed of the command line and the backtests, so that the same file gives the same forecast. */
    public static final long DEFAULT_SEED = 20_261_031L;

    /** The least spread of the national swing, a year, on the log scale (3% of the value). */
    static final double SHARED_SWING_FLOOR = 0.03;

    /** Draws per measure and horizon; more change the 10th and 90th percentiles by well under 1%. */
    static final int DRAWS = 20_000;

    /**
     * The spread of a year's miss on the log scale when the file has a single year and so no miss to learn from:
     * about the spread the 2017–2025 release shows at one year.
     */
    private static final Map<Measure, Double> SPREAD_WITHOUT_HISTORY = Map.of(
            Measure.INPOST_FTE, 0.08, Measure.LEAVERS_FTE, 0.35, Measure.AGENCY_FTE, 0.45,
            Measure.TURNOVER_RATE_FTE, 0.35);

    /** How many of the latest values the flows' best guess averages. */
    private static final int LEVEL_YEARS = 3;

    private PublishedForecast() {
    }

    /**
     * A forecast: for each council (by its code in the file, such as {@code 940 / 941} for a joint row), each year
     * after {@code until} up to {@code until + horizon}, and each measure with a published value up to {@code until},
     * the quantiles.
     */
    public record Forecast(int until, int horizon,
            SortedMap<String, SortedMap<Integer, Map<Measure, Quantiles>>> councils) {
    }

    /**
     * Forecasts every council that published a row in the latest year up to {@code until}, for each year from
     * {@code until + 1} to {@code until + horizon}, from the rows up to {@code until} only.
     *
     * @throws IllegalArgumentException when the horizon is under 1 or the file has no council row up to {@code until}
     */
    public static Forecast of(PublishedIndicators indicators, int until, int horizon, long seed) {
        if (horizon < 1) {
            throw new IllegalArgumentException("the horizon is at least one year, not " + horizon);
        }
        Map<String, Map<Measure, NavigableMap<Integer, Double>>> series = series(indicators, until);
        int latest = indicators.rows().stream().filter(PublishedRow::isCouncil).mapToInt(PublishedRow::year)
                .filter(year -> year <= until).max()
                .orElseThrow(() -> new IllegalArgumentException("no council row up to " + until));
        List<String> current = indicators.rows().stream()
                .filter(row -> row.isCouncil() && row.year() == latest)
                .map(PublishedRow::oldLaCode).distinct().toList();
        Map<Measure, Spread> spreads = new EnumMap<>(Measure.class);
        for (Measure measure : MEASURES) {
            spreads.put(measure, new Spread(measure, series, until, seed));
        }
        var councils = new TreeMap<String, SortedMap<Integer, Map<Measure, Quantiles>>>();
        for (String code : current) {
            var years = new TreeMap<Integer, Map<Measure, Quantiles>>();
            for (int year = until + 1; year <= until + horizon; year++) {
                var byMeasure = new EnumMap<Measure, Quantiles>(Measure.class);
                for (Measure measure : MEASURES) {
                    NavigableMap<Integer, Double> values = series.get(code).get(measure);
                    if (values.isEmpty()) {
                        continue;
                    }
                    double guess = bestGuess(measure, values);
                    double[] band = spreads.get(measure).band(year - values.lastKey());
                    byMeasure.put(measure, quantiles(guess, band));
                }
                years.put(year, Collections.unmodifiableMap(byMeasure));
            }
            councils.put(code, Collections.unmodifiableSortedMap(years));
        }
        return new Forecast(until, horizon, Collections.unmodifiableSortedMap(councils));
    }

    /** The known values of each council's measures up to {@code until}, by year; {@code low} counts as 0. */
    static Map<String, Map<Measure, NavigableMap<Integer, Double>>> series(PublishedIndicators indicators, int until) {
        var series = new HashMap<String, Map<Measure, NavigableMap<Integer, Double>>>();
        for (PublishedRow row : indicators.rows()) {
            if (!row.isCouncil() || row.year() > until) {
                continue;
            }
            Map<Measure, NavigableMap<Integer, Double>> byMeasure = series.computeIfAbsent(row.oldLaCode(), code -> {
                var empty = new EnumMap<Measure, NavigableMap<Integer, Double>>(Measure.class);
                MEASURES.forEach(measure -> empty.put(measure, new TreeMap<>()));
                return empty;
            });
            for (Measure measure : MEASURES) {
                Double value = row.value(measure).summand();
                if (value != null) {
                    byMeasure.get(measure).put(row.year(), value);
                }
            }
        }
        return series;
    }

    /** The best guess of a later value from the known values: see the class comment. */
    static double bestGuess(Measure measure, NavigableMap<Integer, Double> values) {
        double last = values.lastEntry().getValue();
        if (measure == Measure.INPOST_FTE || measure == Measure.AGENCY_FTE) {
            return last;
        }
        double level = values.descendingMap().values().stream().limit(LEVEL_YEARS)
                .mapToDouble(Double::doubleValue).average().orElseThrow();
        return (last + level) / 2;
    }

    private static Quantiles quantiles(double guess, double[] band) {
        double centre = Math.log1p(guess);
        double low = Math.max(0, Math.expm1(centre + band[0]));
        double high = Math.expm1(centre + band[1]);
        double p50 = round(guess);
        return new Quantiles(Math.min(round(low), p50), p50, Math.max(round(high), p50));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * How far a measure's best guess missed, learnt from the file up to {@code until}, and the band of the 10th to
     * 90th percentile it gives on the log scale for each number of years ahead.
     */
    private static final class Spread {

        private final Measure measure;
        private final long seed;
        /** Horizon → origin year → misses on the log scale, in a fixed order. */
        private final Map<Integer, SortedMap<Integer, List<Double>>> misses = new HashMap<>();
        private final Map<Integer, double[]> bands = new HashMap<>();
        private final int longest;
        private final double sharedSwing;

        Spread(Measure measure, Map<String, Map<Measure, NavigableMap<Integer, Double>>> series, int until, long seed) {
            this.measure = measure;
            this.seed = seed;
            int longest = 0;
            for (String code : new TreeMap<>(series).keySet()) {
                NavigableMap<Integer, Double> values = series.get(code).get(measure);
                for (int origin : values.keySet()) {
                    NavigableMap<Integer, Double> known = values.headMap(origin, true);
                    double guess = Math.log1p(bestGuess(measure, known));
                    for (var later : values.tailMap(origin, false).entrySet()) {
                        int ahead = later.getKey() - origin;
                        misses.computeIfAbsent(ahead, h -> new TreeMap<>())
                                .computeIfAbsent(origin, o -> new ArrayList<>())
                                .add(Math.log1p(later.getValue()) - guess);
                        longest = Math.max(longest, ahead);
                    }
                }
            }
            this.longest = longest;
            double[] yearly = medians(misses.getOrDefault(1, new TreeMap<>()));
            double spread = yearly.length > 1 ? Math.sqrt(StatUtils.variance(yearly)) : 0;
            this.sharedSwing = Math.max(spread, SHARED_SWING_FLOOR);
        }

        /** The log-scale band {p10, p90} of a miss {@code ahead} years ahead. */
        double[] band(int ahead) {
            return bands.computeIfAbsent(ahead, this::draw);
        }

        private double[] draw(int ahead) {
            var random = RandomDataGenerator.of(new Well19937c(seed * 31 + measure.ordinal() * 1_000 + ahead));
            double[] draws = new double[DRAWS];
            if (longest == 0) {
                double spread = SPREAD_WITHOUT_HISTORY.get(measure) * Math.sqrt(ahead);
                for (int i = 0; i < DRAWS; i++) {
                    draws[i] = random.nextNormal(0, spread);
                }
            } else {
                // Beyond the longest miss the file shows, the longest one is stretched as a random walk would be.
                int learnt = Math.min(ahead, longest);
                while (!misses.containsKey(learnt)) {
                    learnt--;
                }
                SortedMap<Integer, List<Double>> byOrigin = misses.get(learnt);
                double stretch = Math.sqrt((double) ahead / learnt);
                double[] medians = medians(byOrigin);
                var own = new ArrayList<Double>();
                int index = 0;
                for (List<Double> ofOrigin : byOrigin.values()) {
                    double median = medians[index++];
                    ofOrigin.forEach(miss -> own.add((miss - median) * stretch));
                }
                double drift = StatUtils.mean(medians) * ahead / learnt;
                double swing = sharedSwing * Math.sqrt(ahead);
                for (int i = 0; i < DRAWS; i++) {
                    draws[i] = own.get(random.nextInt(own.size())) + random.nextNormal(drift, swing);
                }
            }
            Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            percentile.setData(draws);
            return new double[] {percentile.evaluate(10), percentile.evaluate(90)};
        }

        private static double[] medians(SortedMap<Integer, List<Double>> byOrigin) {
            Percentile median = new Percentile(50).withEstimationType(Percentile.EstimationType.R_7);
            return byOrigin.values().stream()
                    .mapToDouble(misses -> median.evaluate(misses.stream().mapToDouble(Double::doubleValue).toArray()))
                    .toArray();
        }
    }
}
