package uk.retain.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hipparchus.random.RandomDataGenerator;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.benchmarking.PublishedRow;
import uk.retain.workforce.CensusYear;

/**
 * The supply model ({@link SupplyModel}) of every council in DfE's published file, for {@code bench forecast}
 * (issue 16): one {@link Calibration} per council from its published figures, and the model run for all of them.
 *
 * <p>The file gives a council's social workers in post and agency workers (headcount and FTE), its starters and its
 * leavers in the year, but nothing by experience band, so each council's calibration is derived in one simple way:
 * <ul>
 * <li>the figures are the latest the council published up to the year, each measure on its own (a suppressed or
 * {@code low} value is passed over for the year before); a joint row (such as North and West Northamptonshire) is
 * shared equally between its councils, so the file's 151 rows of 2025 make 153 councils;</li>
 * <li>headcounts in post and agency are spread over the bands by {@link #BAND_SHARES} (largest remainder), each
 * band with the group's FTE per head;</li>
 * <li>every band leaves with the council's hazard, {@link Calibration.Hazard#shrunk} of its leavers over twelve
 * months of its headcount, toward England's turnover rate of the year; agency engagements end with the prior rate
 * (a year on average);</li>
 * <li>{@link #NQSW_SHARE_OF_STARTERS} of its starters are a September cohort of newly qualified workers, the rest
 * experienced hires spread over the months and over the bands by the default mix of hires;</li>
 * <li>the levers are {@link Levers#AS_NOW}, and the date is 30 September of the year, DfE's census date.</li>
 * </ul>
 */
public final class NationalSupply {

    /** How the practitioners of a council are spread over ASYE, under two years, two to five, five or more. */
    public static final double[] BAND_SHARES = {0.10, 0.15, 0.25, 0.50};

    /** The share of a council's starters taken as newly qualified (the rest are experienced hires). */
    public static final double NQSW_SHARE_OF_STARTERS = 0.25;

    private static final Map<Band, Double> HIRE_MIX =
            Map.of(Band.ASYE, 0.0, Band.UNDER_TWO, 0.2, Band.TWO_TO_FIVE, 0.5, Band.FIVE_PLUS, 0.3);

    private NationalSupply() {
    }

    /** A council of the file: its 3-digit code, its name and its calibration. */
    public record Council(String code, String name, Calibration calibration) {
    }

    /**
     * What the runs gave at the last month, summed over the councils: the mean of each council's permanent FTE over
     * the runs, its 10th and 90th percentiles (R-7, numpy's default), and the mean agency FTE.
     */
    public record Summary(int councils, int runs, int months, double meanPermanentFte, double p10PermanentFte,
            double p90PermanentFte, double meanAgencyFte) {
    }

    /** One calibration for each council with a row in {@code year}, in the file's order. */
    public static List<Council> councils(PublishedIndicators published, int year) {
        double nationalYearly = published.england(year).map(row -> row.number(Measure.TURNOVER_RATE_FTE))
                .orElse(11.8) / 100;
        double national = -Math.log(1 - nationalYearly) / 12;
        var councils = new ArrayList<Council>();
        for (PublishedRow row : published.councils(year)) {
            List<String> codes = row.laCodes();
            String[] names = row.laName() == null ? new String[0] : row.laName().split(" / ");
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                String name = names.length == codes.size() ? names[i].trim() : row.name();
                councils.add(new Council(code, name, calibration(published, code, year, codes.size(), national)));
            }
        }
        return councils;
    }

    private static Calibration calibration(PublishedIndicators published, String code, int year, int sharing,
            double national) {
        int heads = (int) Math.round(latest(published, code, year, Measure.INPOST_HEADCOUNT, 0) / sharing);
        double fte = latest(published, code, year, Measure.INPOST_FTE, heads * 0.9 * sharing) / sharing;
        int agencyHeads = (int) Math.round(latest(published, code, year, Measure.AGENCY_HEADCOUNT, 0) / sharing);
        double agencyFte = latest(published, code, year, Measure.AGENCY_FTE, agencyHeads * 0.9 * sharing) / sharing;
        double starters = latest(published, code, year, Measure.STARTERS_HEADCOUNT, 0) / sharing;
        int leavers = (int) Math.round(latest(published, code, year, Measure.LEAVERS_HEADCOUNT, 0) / sharing);
        var hazard = Calibration.Hazard.shrunk(leavers, 12.0 * heads, national);
        var hazards = new EnumMap<Band, Calibration.Hazard>(Band.class);
        for (Band band : Band.values()) {
            hazards.put(band, hazard);
        }
        return new Calibration(CensusYear.of(year).referenceDate(), stocks(heads, fte), stocks(agencyHeads, agencyFte), hazards,
                national, Calibration.Hazard.shrunk(0, 0, Calibration.AGENCY_PRIOR_MONTHLY_ENDING),
                starters * (1 - NQSW_SHARE_OF_STARTERS) / 12, HIRE_MIX, starters * NQSW_SHARE_OF_STARTERS, null,
                Map.of());
    }

    /** The latest published number of the council's measure up to the year, or {@code otherwise}. */
    private static double latest(PublishedIndicators published, String code, int year, Measure measure,
            double otherwise) {
        for (int y = year; y >= published.years().first(); y--) {
            Double value = published.council(code, y).map(row -> row.number(measure)).orElse(null);
            if (value != null) {
                return value;
            }
        }
        return otherwise;
    }

    /** The headcount spread over the bands by {@link #BAND_SHARES}, largest remainder first, FTE in proportion. */
    private static Map<Band, Calibration.Stock> stocks(int heads, double fte) {
        Band[] bands = Band.values();
        int[] counts = new int[bands.length];
        double[] remainders = new double[bands.length];
        int given = 0;
        for (int b = 0; b < bands.length; b++) {
            double exact = heads * BAND_SHARES[b];
            counts[b] = (int) Math.floor(exact);
            remainders[b] = exact - counts[b];
            given += counts[b];
        }
        while (given < heads) {
            int largest = 0;
            for (int b = 1; b < bands.length; b++) {
                if (remainders[b] > remainders[largest]) {
                    largest = b;
                }
            }
            counts[largest]++;
            remainders[largest] = -1;
            given++;
        }
        var stocks = new EnumMap<Band, Calibration.Stock>(Band.class);
        for (int b = 0; b < bands.length; b++) {
            stocks.put(bands[b], new Calibration.Stock(counts[b], heads == 0 ? 0 : fte * counts[b] / heads));
        }
        return stocks;
    }

    /**
     * What the supply model computes from each council's calibration and the levers, as plain numbers (see
     * {@code SupplyModel#parameters}), keyed by the council's code: what {@code bench/forecast_numpy.py} reads.
     */
    public static Map<String, Object> parameters(List<Council> councils) {
        var map = new LinkedHashMap<String, Object>();
        for (Council council : councils) {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("name", council.name());
            parameters.putAll(model(council).parameters());
            map.put(council.code(), parameters);
        }
        return map;
    }

    private static SupplyModel model(Council council) {
        return new SupplyModel(council.calibration(), Levers.AS_NOW.resolve(council.calibration()));
    }

    /**
     * Runs the model {@code runs} times for {@code months} months for every council, on {@code threads} threads
     * taking councils in turn. Each council draws from its own generator, seeded from the seed and the council's
     * place in the list ({@link MixRandom}: the model's cost is mostly its draws), so the result depends on the seed
     * alone, not on the threads.
     */
    public static Summary run(List<Council> councils, int runs, int months, long seed, int threads)
            throws InterruptedException {
        double[][] results = new double[councils.size()][];
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "bench-forecast");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // The largest councils first, so that the threads finish together; each keeps its place's seed.
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < councils.size(); c++) {
                order.add(c);
            }
            order.sort((a, b) -> Integer.compare(size(councils.get(b)), size(councils.get(a))));
            var tasks = new ArrayList<Future<?>>();
            for (int index : order) {
                tasks.add(pool.submit(() -> {
                    results[index] = council(councils.get(index), index, runs, months, seed);
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double mean = 0;
        double p10 = 0;
        double p90 = 0;
        double agency = 0;
        for (double[] result : results) {
            mean += result[0];
            p10 += result[1];
            p90 += result[2];
            agency += result[3];
        }
        return new Summary(councils.size(), runs, months, mean, p10, p90, agency);
    }

    private static int size(Council council) {
        int heads = 0;
        for (Calibration.Stock stock : council.calibration().permanent().values()) {
            heads += stock.headcount();
        }
        for (Calibration.Stock stock : council.calibration().agency().values()) {
            heads += stock.headcount();
        }
        return heads;
    }

    /** One council's runs: {mean, P10, P90} of its permanent FTE at the last month, and its mean agency FTE. */
    private static double[] council(Council council, int index, int runs, int months, long seed) {
        var random = RandomDataGenerator.of(new MixRandom(seed * 1_000_003L + index));
        SupplyModel model = model(council);
        SupplyModel.Run run = SupplyModel.newRun(months);
        double[] permanent = new double[runs];
        double agency = 0;
        int last = months - 1;
        for (int r = 0; r < runs; r++) {
            model.runInto(months, random, run);
            double fte = 0;
            for (int b = 0; b < run.permanent().length; b++) {
                fte += run.permanent()[b][last];
                agency += run.agency()[b][last];
            }
            permanent[r] = fte;
        }
        Arrays.sort(permanent);
        return new double[] {Arrays.stream(permanent).sum() / runs, percentile(permanent, 10),
            percentile(permanent, 90), agency / runs};
    }

    /** The R-7 percentile of sorted values (numpy's default, linear). */
    static double percentile(double[] sorted, double percent) {
        double position = (sorted.length - 1) * percent / 100;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
