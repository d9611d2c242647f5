package uk.retain.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.benchmarking.IndicatorFileException;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.planning.PublishedForecast;
import uk.retain.planning.Quantiles;

/**
 * Forecasts DfE's published indicators of every council from the years up to one, as one JSON object keyed by
 * {@code la_code}, then year, then measure, each {@code {"p10", "p50", "p90"}}.
 */
@Command(name = "forecast-published", mixinStandardHelpOptions = true,
        description = "Forecast inpost_fte, leavers_fte, agency_fte and turnover_rate_fte of every council in a DfE "
                + "indicators file from the rows up to a year, with the 10th, 50th and 90th percentiles, as JSON.")
final class ForecastPublishedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--indicators", required = true, paramLabel = "FILE",
            description = "a DfE workforce indicators CSV in the shipped format")
    Path indicators;

    @Option(names = "--until", required = true, paramLabel = "YEAR", description = "the last year the forecast may use")
    int until;

    @Option(names = "--horizon", required = true, paramLabel = "N", description = "how many years after YEAR")
    int horizon;

    @Option(names = "--seed", paramLabel = "S", description = "the random numbers' seed (default: ${DEFAULT-VALUE})")
    long seed = PublishedForecast.DEFAULT_SEED;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (horizon < 1 || horizon > 50) {
            err.println("retain: --horizon is a number of years from 1 to 50, not " + horizon);
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        PublishedIndicators published;
        try (InputStream in = Files.newInputStream(indicators)) {
            published = PublishedIndicators.parse(in, indicators.getFileName().toString());
        } catch (IOException e) {
            err.println("retain: " + indicators + ": could not be read: " + e.getMessage());
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        } catch (IndicatorFileException e) {
            err.println("retain: " + e.getMessage());
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        PublishedForecast.Forecast forecast;
        try {
            forecast = PublishedForecast.of(published, until, horizon, seed);
        } catch (IllegalArgumentException e) {
            err.println("retain: " + e.getMessage());
            err.flush();
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.write(json(forecast)));
        out.flush();
        return 0;
    }

    static Map<String, Object> json(PublishedForecast.Forecast forecast) {
        Map<String, Object> councils = new LinkedHashMap<>();
        forecast.councils().forEach((code, years) -> {
            Map<String, Object> byYear = new LinkedHashMap<>();
            years.forEach((year, measures) -> {
                Map<String, Object> byMeasure = new LinkedHashMap<>();
                PublishedForecast.MEASURES.stream().filter(measures::containsKey).forEach(measure ->
                        byMeasure.put(measure.column(), quantiles(measures.get(measure))));
                byYear.put(String.valueOf(year), byMeasure);
            });
            councils.put(code, byYear);
        });
        return councils;
    }

    private static Map<String, Object> quantiles(Quantiles quantiles) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("p10", quantiles.p10());
        json.put("p50", quantiles.p50());
        json.put("p90", quantiles.p90());
        return json;
    }
}
