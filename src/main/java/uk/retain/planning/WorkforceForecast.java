package uk.retain.planning;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * The council's forecast: supply ({@link SupplyModel}) against demand ({@link DemandModel}) for each month ahead,
 * under a scenario's levers, each figure as {@link Quantiles} over the runs, and the cost of each year against the
 * budget. The same calibration, levers, runs, months and seed give the same forecast: each run draws from its own
 * generator, seeded from the seed and the run's number.
 */
public final class WorkforceForecast {

    public static final int DEFAULT_RUNS = 1_000;
    public static final int DEFAULT_MONTHS = 60;
    public static final long DEFAULT_SEED = 999L;
    public static final int MAX_RUNS = 100_000;
    public static final int MAX_MONTHS = 120;

    private WorkforceForecast() {
    }

    /** One month's figures; a figure the register cannot give (cases without cases.csv) is absent. */
    public record MonthFigures(int month, LocalDate monthEnd, double caseloadTarget, Map<Figure, Quantiles> figures) {
    }

    /** One year's cost (salaries with on-costs, and agency charges) against the budget (null when none given). */
    public record YearCost(int year, LocalDate from, LocalDate to, Quantiles cost, Double budget) {
    }

    /** A forecast and what it was made from. */
    public record Forecast(LocalDate date, int runs, int months, long seed, Levers levers, Calibration calibration,
            List<MonthFigures> byMonth, List<YearCost> byYear) {

        public Forecast {
            byMonth = List.copyOf(byMonth);
            byYear = List.copyOf(byYear);
        }
    }

    public static Forecast run(Calibration calibration, Levers levers, int runs, int months, long seed) {
        return run(calibration, levers, runs, months, seed, done -> { });
    }

    /**
     * Runs the forecast, telling {@code progress} how many runs are done every so often.
     *
     * @throws IllegalArgumentException for runs or months out of 1..{@value #MAX_RUNS} and 1..{@value #MAX_MONTHS}
     */
    public static Forecast run(Calibration calibration, Levers levers, int runs, int months, long seed,
            IntConsumer progress) {
        if (runs < 1 || runs > MAX_RUNS || months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("runs are 1 to " + MAX_RUNS + " and months 1 to " + MAX_MONTHS);
        }
        Levers resolved = levers.resolve(calibration);
        var supply = new SupplyModel(calibration, resolved);
        DemandModel demand = calibration.hasCases() ? new DemandModel(calibration.openCasesByMonth()) : null;
        Map<Figure, double[][]> draws = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            draws.put(figure, new double[months][runs]);
        }
        int years = (months + 11) / 12;
        double[][] costs = new double[years][runs];
        Double establishment = calibration.establishmentFte();
        Band[] bands = Band.values();
        int every = Math.max(1, runs / 50);
        for (int r = 0; r < runs; r++) {
            var random = RandomDataGenerator.of(new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), r}));
            SupplyModel.Run run = supply.run(months, random);
            double[] cases = demand == null ? null : demand.run(months, random);
            double[] leaversYear = new double[months];
            for (int m = 0; m < months; m++) {
                double permanent = 0;
                double agency = 0;
                double experienced = 0;
                for (Band band : bands) {
                    int b = band.ordinal();
                    double fte = run.permanent()[b][m] + run.agency()[b][m];
                    permanent += run.permanent()[b][m];
                    agency += run.agency()[b][m];
                    draws.get(Figure.of(band))[m][r] = fte;
                    if (band.experienced()) {
                        experienced += fte;
                    }
                    costs[m / 12][r] += run.permanent()[b][m] * resolved.salaries().get(band)
                            * (1 + resolved.onCostRate()) / 12;
                }
                costs[m / 12][r] += agency * resolved.agencyChargePerFte() / 12;
                double total = permanent + agency;
                set(draws, Figure.PERMANENT_FTE, m, r, permanent);
                set(draws, Figure.AGENCY_FTE, m, r, agency);
                set(draws, Figure.FTE_PROJECTED, m, r, total);
                set(draws, Figure.AGENCY_RATE, m, r, total == 0 ? 0 : 100 * agency / total);
                set(draws, Figure.PQE_OVER_TWO_RATE, m, r, total == 0 ? 0 : 100 * experienced / total);
                double left = 0;
                for (int back = Math.max(0, m - 11); back <= m; back++) {
                    left += run.leaversFte()[back];
                }
                leaversYear[m] = left * 12.0 / Math.min(m + 1, 12);
                set(draws, Figure.TURNOVER_RATE, m, r, permanent == 0 ? 0 : 100 * leaversYear[m] / permanent);
                if (establishment != null) {
                    set(draws, Figure.VACANCY_FTE, m, r, Math.max(0, establishment - permanent));
                }
                if (cases != null) {
                    double open = cases[m] * resolved.demandFactorIn(m + 1);
                    double needed = open / resolved.caseloadTargetIn(m + 1);
                    set(draws, Figure.CASES, m, r, open);
                    set(draws, Figure.FTE_NEEDED, m, r, needed);
                    set(draws, Figure.GAP_FTE, m, r, needed - total);
                    set(draws, Figure.CASELOAD_PER_FTE, m, r, total == 0 ? 0 : open / total);
                }
            }
            if ((r + 1) % every == 0 || r + 1 == runs) {
                progress.accept(r + 1);
            }
        }
        var byMonth = new ArrayList<MonthFigures>();
        LocalDate date = calibration.date();
        for (int m = 0; m < months; m++) {
            var figures = new EnumMap<Figure, Quantiles>(Figure.class);
            for (Figure figure : Figure.values()) {
                boolean absent = (establishment == null && figure == Figure.VACANCY_FTE)
                        || (demand == null && (figure == Figure.CASES || figure == Figure.FTE_NEEDED
                                || figure == Figure.GAP_FTE || figure == Figure.CASELOAD_PER_FTE));
                if (!absent) {
                    figures.put(figure, quantiles(draws.get(figure)[m]));
                }
            }
            byMonth.add(new MonthFigures(m + 1, monthEnd(date, m + 1), resolved.caseloadTargetIn(m + 1),
                    Collections.unmodifiableMap(figures)));
        }
        var byYear = new ArrayList<YearCost>();
        for (int y = 0; y < years; y++) {
            byYear.add(new YearCost(y + 1, monthEnd(date, 12 * y).plusDays(1), monthEnd(date, Math.min(12 * y + 12,
                    months)), quantiles(costs[y]), resolved.budgetPerYear()));
        }
        return new Forecast(date, runs, months, seed, resolved, calibration, byMonth, byYear);
    }

    /** The end of the month {@code month} months after the date's month (0: the date's own month's end). */
    static LocalDate monthEnd(LocalDate date, int month) {
        return date.plusMonths(month).with(TemporalAdjusters.lastDayOfMonth());
    }

    private static void set(Map<Figure, double[][]> draws, Figure figure, int month, int run, double value) {
        draws.get(figure)[month][run] = value;
    }

    static Quantiles quantiles(double[] values) {
        var percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values);
        double p10 = round(percentile.evaluate(10));
        double p50 = round(percentile.evaluate(50));
        double p90 = round(percentile.evaluate(90));
        return new Quantiles(Math.min(p10, p50), p50, Math.max(p90, p50));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
