package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.region.RegionalReturn;
import uk.retain.region.RegionalReturnFile;

/** regional-return: a return the hub's reader takes, and a short key refused with nothing written. */
class RegionalReturnCommandTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    @TempDir
    Path temp;

    @Test
    void writesAReturnThatTheHubReads() throws Exception {
        Path key = Files.writeString(temp.resolve("region.key"), "0123456789abcdef0123456789abcdef\n");
        Path out = temp.resolve("return.json");
        CommandLineRun run = new CommandLineRun();

        assertThat(run.run("regional-return", "--bundle", SMALL.toString(), "--date", "2025-09-30", "--key-file", key.toString(),
                "--out", out.toString())).isZero();

        RegionalReturn read = RegionalReturnFile.read("return.json", Files.readAllBytes(out));
        assertThat(read.laCode()).isEqualTo("999");
        assertThat(read.referenceDate()).hasToString("2025-09-30");
        assertThat(run.out()).contains("Wrote " + out + ": the regional return of 999 on 2025-09-30, " + read.events().size() + " events.");
    }

    @Test
    void aShortKeyIsRefusedAndNothingIsWritten() throws Exception {
        Path key = Files.writeString(temp.resolve("short.key"), "too short");
        Path out = temp.resolve("return.json");
        CommandLineRun run = new CommandLineRun();

        assertThat(run.run("regional-return", "--bundle", SMALL.toString(), "--date", "2025-09-30", "--key-file", key.toString(),
                "--out", out.toString())).isEqualTo(RetainCommand.EXIT_INVALID_INPUT);

        assertThat(run.err()).contains("at least 32 bytes, not 9");
        assertThat(Files.exists(out)).isFalse();
    }
}
