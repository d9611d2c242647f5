package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code bench forecast} run tiny: the Java figure always, and numpy's beside it with the check that both are the
 * same model, or the reason it was not run. No timing is asserted.
 */
class BenchForecastCommandTest {

    private final CommandLineRun command = new CommandLineRun();

    @Test
    void printsTheJavaFigureAndNumpysOrWhyNot() {
        int exit = command.run("bench", "forecast", "--councils", "3", "--runs", "20", "--months", "6");

        assertThat(exit).as(command.err()).isZero();
        assertThat(command.out()).contains("3 councils of DfE's 2025 file x 20 runs x 6 months",
                "Java (SupplyModel, ", "Java  permanent FTE at the last month");
        if (numpyThere()) {
            assertThat(command.out()).contains("numpy permanent FTE at the last month", "numpy / Java: ",
                    "Same model: ", "Java faster than numpy: ");
        } else {
            assertThat(command.out()).contains("numpy: not run: ");
        }
    }

    @Test
    void withoutPythonTheJavaFigureAloneAndTheReason() {
        int exit = command.run("bench", "forecast", "--councils", "2", "--runs", "10", "--months", "3",
                "--python", "/nonexistent/python3");

        assertThat(exit).as(command.err()).isZero();
        assertThat(command.out()).contains("Java (SupplyModel, ", "numpy: not run: /nonexistent/python3 could not be started",
                "Target: Java within 10 s: ");
    }

    @Test
    void runsOutOfBoundsAreRefused() {
        assertThat(command.run("bench", "forecast", "--runs", "0")).isEqualTo(RetainCommand.EXIT_INVALID_INPUT);
    }

    /** Whether this machine's python3 has numpy, as the command would find it. */
    private static boolean numpyThere() {
        if (!Files.isRegularFile(Path.of("bench/forecast_numpy.py"))) {
            return false;
        }
        try {
            Process process = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
