package uk.retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.planning.Calibration;
import uk.retain.planning.ForecastJson;
import uk.retain.planning.Levers;
import uk.retain.planning.ScenarioJson;
import uk.retain.planning.WorkforceForecast;

/**
 * Prints a council's workforce forecast (supply against demand, month by month, with P10/P50/P90) as one JSON object,
 * reading the bundle directly; the same seed gives the same output. A progress bar goes to standard error.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Print the workforce forecast of a bundle from a date: practitioners by experience band against "
                + "the FTE the caseload target needs, month by month, with the 10th, 50th and 90th percentiles, and the "
                + "cost of each year, as one JSON object.")
final class ForecastCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "PATH", description = "the bundle: a folder or a .zip")
    Path bundle;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the date forecast from")
    LocalDate date;

    @Option(names = "--scenario", paramLabel = "FILE", description = "a JSON file of levers (docs/planning.md)")
    Path scenario;

    @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo runs (default: ${DEFAULT-VALUE})")
    int runs = WorkforceForecast.DEFAULT_RUNS;

    @Option(names = "--months", paramLabel = "M", description = "months ahead (default: ${DEFAULT-VALUE})")
    int months = WorkforceForecast.DEFAULT_MONTHS;

    @Option(names = "--seed", paramLabel = "S", description = "the random numbers' seed (default: ${DEFAULT-VALUE})")
    long seed = WorkforceForecast.DEFAULT_SEED;

    @Option(names = "--no-progress", description = "no progress bar on standard error")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || runs > WorkforceForecast.MAX_RUNS || months < 1 || months > WorkforceForecast.MAX_MONTHS) {
            err.println("retain: --runs is 1 to " + WorkforceForecast.MAX_RUNS + " and --months 1 to "
                    + WorkforceForecast.MAX_MONTHS);
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        Levers levers = Levers.AS_NOW;
        String name = "as_now";
        if (scenario != null) {
            try {
                Object json = JsonMapper.builder().build().readValue(scenario.toFile(), Object.class);
                levers = ScenarioJson.levers(json);
                name = ScenarioJson.name(json) == null ? scenario.getFileName().toString() : ScenarioJson.name(json);
            } catch (JacksonException e) {
                err.println("retain: " + scenario + ": not a JSON object of levers: " + e.getOriginalMessage());
                err.flush();
                return RetainCommand.EXIT_INVALID_INPUT;
            } catch (ScenarioJson.InvalidScenarioException e) {
                e.problems().forEach(problem -> err.println(scenario + ": " + problem));
                err.flush();
                return RetainCommand.EXIT_INVALID_INPUT;
            }
        }
        Levers chosen = levers;
        String scenarioName = name;
        boolean showProgress = !noProgress && (long) runs * months >= 60_000;
        return BundleJson.print(spec, bundle, register -> {
            Calibration calibration = Calibration.of(register, date, PublishedIndicators.fromClasspath());
            var forecast = WorkforceForecast.run(calibration, chosen, runs, months, seed,
                    done -> { if (showProgress) { bar(err, done); } });
            if (showProgress) {
                err.println();
                err.flush();
            }
            return ForecastJson.of(register.authority().laCode(), scenarioName, forecast);
        });
    }

    private void bar(PrintWriter err, int done) {
        int width = 40;
        int filled = (int) ((long) done * width / runs);
        err.print("\rforecast [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + runs + " runs");
        err.flush();
    }
}
