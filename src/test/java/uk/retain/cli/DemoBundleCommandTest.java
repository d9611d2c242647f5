package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.demo.DemoCareers;
import uk.retain.demo.DemoCouncil;
import uk.retain.development.CriticalRolesFile;
import uk.retain.development.LevelChangesFile;
import uk.retain.development.SuccessorsFile;
import uk.retain.development.TransferRequestsFile;
import uk.retain.development.TransferStatus;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;

class DemoBundleCommandTest {

    @TempDir
    Path folder;

    private final CommandLineRun command = new CommandLineRun();

    @Test
    void writesTheDemoIntoANewFolder() throws Exception {
        Path bundle = folder.resolve("demo");

        assertThat(command.run("demo-bundle", "--out", bundle.toString())).isZero();

        assertThat(command.out()).contains("Exampleshire", "la_code 999", "Rows of its capability files: programmes.csv ");
        Register read = Bundles.read(bundle);
        assertThat(read).isEqualTo(DemoCareers.withCareers(DemoCouncil.demo()));
        // The careers records the loaded demo holds in its tables: three requests in three states, roles with and
        // without successors, level changes; the approved move is in the employment rows.
        assertThat(read.rows(TransferRequestsFile.class)).extracting(TransferRequestsFile.Row::status)
                .containsExactly(TransferStatus.APPROVED, TransferStatus.DECLINED, TransferStatus.REQUESTED);
        TransferRequestsFile.Row moved = read.rows(TransferRequestsFile.class).get(0);
        assertThat(read.employments()).anySatisfy(row -> {
            assertThat(row.workerId()).isEqualTo(moved.workerId());
            assertThat(row.teamId()).isEqualTo(moved.toTeamId());
            assertThat(row.startDate()).isEqualTo(moved.moveOn());
        });
        List<String> named = read.rows(SuccessorsFile.class).stream().map(SuccessorsFile.Row::roleId).toList();
        assertThat(read.rows(CriticalRolesFile.class)).extracting(CriticalRolesFile.Row::roleId)
                .anyMatch(named::contains).anyMatch(role -> !named.contains(role));
        assertThat(read.rows(LevelChangesFile.class)).isNotEmpty();
        try (var files = Files.list(bundle)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("authority.csv",
                    "teams.csv", "workers.csv", "employments.csv", "posts.csv", "absences.csv", "cases.csv",
                    "allocations.csv", "supervisions.csv", "programmes.csv", "programme_reviews.csv", "development.csv",
                    "qualifications.csv", "vacancies.csv", "applications.csv", "agency_engagements.csv",
                    "agency_rate_caps.csv", "leaving_interviews.csv", "survey_responses.csv", "retention_payments.csv",
                    "transfer_requests.csv", "critical_roles.csv", "successors.csv", "level_changes.csv");
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
