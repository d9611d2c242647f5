package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.region.RegionalReturn;
import uk.retain.region.RegionalReturnFile;
import uk.retain.region.SweHashes;
import uk.retain.workforce.Bundles;

class RegionalReturnCommandTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    @TempDir
    Path folder;

    private final CommandLineRun command = new CommandLineRun();

    @Test
    void writesAReturnTheHubReads() throws Exception {
        Path key = folder.resolve("region.key");
        Files.writeString(key, "0123456789abcdef0123456789abcdef\n", StandardCharsets.US_ASCII);
        Path out = folder.resolve("return.json");

        assertThat(command.run("regional-return", "--bundle", SMALL.toString(), "--date", "2025-09-30", "--key-file",
                key.toString(), "--out", out.toString())).isZero();

        assertThat(command.out()).contains("Wrote", "999", "2025-09-30");
        RegionalReturn read = RegionalReturnFile.read("return.json", Files.readAllBytes(out));
        assertThat(read.laCode()).isEqualTo("999");
        assertThat(read.referenceDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(read.keyCheck()).isEqualTo(SweHashes.fromFile(key).keyCheck());
        assertThat(Files.readString(out))
                .isEqualTo(RegionalReturn.of(Bundles.read(SMALL), LocalDate.of(2025, 9, 30), SweHashes.fromFile(key)).text());
    }

    @Test
    void aShortKeyFileIsInvalidInput() throws Exception {
        Path key = folder.resolve("short.key");
        Files.writeString(key, "too short\n", StandardCharsets.US_ASCII);
        Path out = folder.resolve("return.json");

        assertThat(command.run("regional-return", "--bundle", SMALL.toString(), "--date", "2025-09-30", "--key-file",
                key.toString(), "--out", out.toString())).isEqualTo(RetainCommand.EXIT_INVALID_INPUT);

        assertThat(command.err()).contains("short.key", "at least 32 bytes");
        assertThat(out).doesNotExist();
    }
}
