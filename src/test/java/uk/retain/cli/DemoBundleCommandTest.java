package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.Bundles;

class DemoBundleCommandTest {

    @TempDir
    Path folder;

    private final CommandLineRun command = new CommandLineRun();

    @Test
    void writesTheDemoIntoANewFolder() throws Exception {
        Path bundle = folder.resolve("demo");

        assertThat(command.run("demo-bundle", "--out", bundle.toString())).isZero();

        assertThat(command.out()).contains("Exampleshire", "la_code 999", "Rows of its capability files: programmes.csv ");
        assertThat(Bundles.read(bundle)).isEqualTo(DemoCouncil.demo());
        try (var files = Files.list(bundle)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("authority.csv",
                    "teams.csv", "workers.csv", "employments.csv", "posts.csv", "absences.csv", "cases.csv",
                    "allocations.csv", "supervisions.csv", "programmes.csv", "programme_reviews.csv", "development.csv",
                    "qualifications.csv", "vacancies.csv", "applications.csv", "agency_engagements.csv",
                    "agency_rate_caps.csv", "leaving_interviews.csv", "survey_responses.csv", "retention_payments.csv");
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "someone's work");

        assertThat(command.run("demo-bundle", "--out", folder.toString())).isEqualTo(RetainCommand.EXIT_INVALID_INPUT);

        assertThat(command.err()).contains("already exists and is not empty");
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void benchWithoutABenchmarkSaysWhichThereAre() {
        assertThat(command.run("bench")).isEqualTo(RetainCommand.EXIT_INVALID_INPUT);

        assertThat(command.err()).contains("bench measures");
    }
}
