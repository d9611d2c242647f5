package uk.retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.planning.NationalSupply;
import uk.retain.planning.WorkforceForecast;

/**
 * Issue 16's benchmark: the supply model of every council in DfE's shipped file ({@link NationalSupply}), runs ×
 * months, in Java on the machine's cores after a warm-up, against the same model vectorised with numpy
 * ({@code bench/forecast_numpy.py}) from the same calibrations; both times, their ratio, and whether the two agree
 * in distribution at the last month (the same model, not merely the same speed). Without python3 or numpy, the Java
 * figure alone and why.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Time the supply model for all 153 councils of DfE's file (runs x months) in Java against a "
                + "vectorised numpy implementation of the same model, and check that they agree.")
final class BenchForecastCommand implements Callable<Integer> {

    /** Issue 16's target for the Java run. */
    static final double TARGET_SECONDS = 10;
    /** How far apart the two means may be for the same model. */
    static final double MEAN_TOLERANCE = 0.02;
    /** How far apart the two sums of 10th and 90th percentiles may be. */
    static final double PERCENTILE_TOLERANCE = 0.03;

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "10000", paramLabel = "N", description = "runs of each council (default 10000)")
    int runs;

    @Option(names = "--months", defaultValue = "60", paramLabel = "M", description = "months of each run (default 60)")
    int months;

    @Option(names = "--seed", paramLabel = "S", description = "the random numbers' seed (default: ${DEFAULT-VALUE})")
    long seed = WorkforceForecast.DEFAULT_SEED;

    @Option(names = "--councils", paramLabel = "N", description = "only the first N councils of the file (default: all)")
    Integer councilLimit;

    @Option(names = "--threads", paramLabel = "T", description = "threads of the Java run (default: the processors available)")
    Integer threads;

    @Option(names = "--python", defaultValue = "python3", paramLabel = "PYTHON", description = "the Python with numpy (default python3)")
    String python;

    @Option(names = "--script", defaultValue = "bench/forecast_numpy.py", paramLabel = "FILE",
            description = "the numpy implementation (default bench/forecast_numpy.py, from the project's folder)")
    Path script;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1 || runs > WorkforceForecast.MAX_RUNS || months < 1 || months > WorkforceForecast.MAX_MONTHS
                || (councilLimit != null && councilLimit < 1) || (threads != null && threads < 1)) {
            spec.commandLine().getErr().println("retain: --runs is 1 to " + WorkforceForecast.MAX_RUNS + ", --months 1 to "
                    + WorkforceForecast.MAX_MONTHS + ", --councils and --threads at least 1");
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        PublishedIndicators published = PublishedIndicators.fromClasspath();
        int year = published.years().last();
        List<NationalSupply.Council> councils = NationalSupply.councils(published, year);
        if (councilLimit != null && councilLimit < councils.size()) {
            councils = councils.subList(0, councilLimit);
        }
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "Machine: %d processors available, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        out.printf(Locale.ROOT, "Model: %d councils of DfE's %d file x %,d runs x %d months, seed %d, levers as now%n",
                councils.size(), year, runs, months, seed);
        out.flush();

        NationalSupply.run(councils, Math.min(runs, 1_000), months, seed + 1, threadCount);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        NationalSupply.Summary java = NationalSupply.run(councils, runs, months, seed, threadCount);
        double javaSeconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        out.printf(Locale.ROOT, "Java (SupplyModel, %d threads, after a warm-up): %.2f s%n", threadCount, javaSeconds);
        // The process's CPU time says what the model costs whatever else the machine runs meanwhile.
        out.printf(Locale.ROOT, "  CPU time of the process meanwhile: %.2f s, %.0f ns a council-month%n", cpuSeconds,
                cpuSeconds * 1e9 / ((double) councils.size() * runs * months));
        printSummary(out, "Java ", java.meanPermanentFte(), java.p10PermanentFte(), java.p90PermanentFte(),
                java.meanAgencyFte());
        out.flush();

        NumpyRun numpy = numpy(councils, out);
        if (numpy.reason() != null) {
            out.println("numpy: not run: " + numpy.reason());
            out.printf(Locale.ROOT, "Target: Java within %.0f s: %s%n", TARGET_SECONDS, met(javaSeconds <= TARGET_SECONDS));
            out.flush();
            return 0;
        }
        Map<String, Object> figures = numpy.figures();
        double numpySeconds = number(figures, "seconds");
        double mean = number(figures, "mean_permanent_fte");
        double p10 = number(figures, "p10_permanent_fte");
        double p90 = number(figures, "p90_permanent_fte");
        out.printf(Locale.ROOT, "numpy %s (%s, vectorised over runs, one thread): %.2f s%n", figures.get("numpy"),
                figures.get("generator"), numpySeconds);
        printSummary(out, "numpy", mean, p10, p90, number(figures, "mean_agency_fte"));
        out.printf(Locale.ROOT, "numpy / Java: %.2f%n", numpySeconds / javaSeconds);
        double meanGap = gap(java.meanPermanentFte(), mean);
        double p10Gap = gap(java.p10PermanentFte(), p10);
        double p90Gap = gap(java.p90PermanentFte(), p90);
        boolean same = meanGap <= MEAN_TOLERANCE && p10Gap <= PERCENTILE_TOLERANCE && p90Gap <= PERCENTILE_TOLERANCE;
        out.printf(Locale.ROOT, "Same model: %s (mean %.2f%% apart, within %.0f%%; P10 %.2f%% and P90 %.2f%%, within %.0f%%)%n",
                same ? "yes" : "NO", 100 * meanGap, 100 * MEAN_TOLERANCE, 100 * p10Gap, 100 * p90Gap,
                100 * PERCENTILE_TOLERANCE);
        out.printf(Locale.ROOT, "Targets: Java within %.0f s: %s; Java faster than numpy: %s%n", TARGET_SECONDS,
                met(javaSeconds <= TARGET_SECONDS), met(javaSeconds < numpySeconds));
        out.flush();
        return 0;
    }

    private static void printSummary(PrintWriter out, String who, double mean, double p10, double p90, double agency) {
        out.printf(Locale.ROOT, "  %s permanent FTE at the last month, summed over the councils: mean %,.1f, P10 %,.1f, "
                + "P90 %,.1f; agency FTE mean %,.1f%n", who, mean, p10, p90, agency);
    }

    /** The numpy run's figures, or why there are none. */
    record NumpyRun(Map<String, Object> figures, String reason) {
    }

    private NumpyRun numpy(List<NationalSupply.Council> councils, PrintWriter out) throws IOException, InterruptedException {
        if (!Files.isRegularFile(script)) {
            return new NumpyRun(null, script + " is not there (run from the project's folder, or give --script)");
        }
        Path calibrations = Files.createTempFile("retain-bench-forecast-", ".json");
        Path output = Files.createTempFile("retain-bench-forecast-", ".out");
        Path errors = Files.createTempFile("retain-bench-forecast-", ".err");
        try {
            Files.writeString(calibrations, Json.write(NationalSupply.parameters(councils)), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(python, script.toString(), "--calibrations",
                    calibrations.toString(), "--runs", String.valueOf(runs), "--months", String.valueOf(months), "--seed",
                    String.valueOf(seed)));
            out.println("numpy: " + String.join(" ", command));
            out.flush();
            Process process;
            try {
                process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            } catch (IOException e) {
                return new NumpyRun(null, python + " could not be started: " + e.getMessage());
            }
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new NumpyRun(null, "the numpy run took over 30 minutes");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                String error = Files.readString(errors, StandardCharsets.UTF_8).strip();
                String last = error.isEmpty() ? "exit " + process.exitValue() : error.lines().reduce((a, b) -> b).orElseThrow();
                return new NumpyRun(null, last);
            }
            String lastLine = text.lines().reduce((a, b) -> b).orElse("{}");
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = JsonMapper.builder().build().readValue(lastLine, Map.class);
            return new NumpyRun(figures, null);
        } finally {
            Files.deleteIfExists(calibrations);
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    private static double number(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).doubleValue();
    }

    private static double gap(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
