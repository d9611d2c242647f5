package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.WorkforceMeasures;
import uk.retain.workforce.Bundles;

/** The measures command as a user runs it: one JSON object on stdout, or exit 2 with the problems on stderr. */
class MeasuresCommandTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private final CommandLineRun command = new CommandLineRun();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return JSON.readValue(text, Map.class);
    }

    @Test
    void printsOneJsonObjectKeyedByDfeNames() throws Exception {
        int exit = command.run("measures", "--bundle", SMALL.toString(), "--date", "2025-09-30");

        assertThat(exit).isZero();
        assertThat(command.err()).isEmpty();
        assertThat(command.out().strip().lines()).hasSize(1);
        Map<String, Object> json = json(command.out());
        assertThat(json.keySet()).first().isEqualTo("inpost_fte");
        assertThat(json).containsEntry("inpost_headcount", 3).containsEntry("cases", 3).containsEntry("children_with_3_plus_workers", 1);
        Map<String, Object> expected = json(JSON.writeValueAsString(
                RegisterMeasures.of(Bundles.read(SMALL)).forAuthority(LocalDate.of(2025, 9, 30))));
        assertThat(json).isEqualTo(expected);
        // The DfE measures first, as the code computes them, then the capability modules' measures after them.
        assertThat(json).containsAllEntriesOf(json(JSON.writeValueAsString(
                WorkforceMeasures.of(Bundles.read(SMALL)).forAuthority(LocalDate.of(2025, 9, 30)).byDfeName())));
    }

    @Test
    void byTeamIsAnObjectKeyedByTeamId() throws Exception {
        int exit = command.run("measures", "--bundle", SMALL.toString(), "--date", "2025-09-30", "--by", "team");

        assertThat(exit).isZero();
        Map<String, Object> json = json(command.out());
        assertThat(json.keySet()).containsExactly("T1", "T2");
        assertThat(json((JSON.writeValueAsString(json.get("T2"))))).containsEntry("agency_headcount", 1).containsEntry("leavers_headcount", 1);
    }

    @Test
    void invalidBundleExitsWithTwoAndEveryProblemOnStderr() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("broken"));
        try (var files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        Files.writeString(broken.resolve("workers.csv"), Files.readString(broken.resolve("workers.csv")).replace("SW2,", "SW01,"));
        Files.writeString(broken.resolve("Teams.csv"), "team_id\n");

        int exit = command.run("measures", "--bundle", broken.toString(), "--date", "2025-09-30");

        assertThat(exit).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err().lines()).containsExactly(
                "Teams.csv:1: -: not a file of the bundle format (did you mean teams.csv?)",
                "workers.csv:3: swe_number: 'SW01' is the same Social Work England number as worker 'W1' on line 2"
                        + " (numbers are compared without leading zeros)");
        assertThat(command.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingBundleAndBadDateAreClearErrors() {
        assertThat(command.run("measures", "--bundle", temp.resolve("nowhere").toString(), "--date", "2025-09-30")).isEqualTo(2);
        assertThat(command.err()).contains("nowhere:0: -: no such folder or .zip file");

        assertThat(command.run("measures", "--bundle", SMALL.toString(), "--date", "30/09/2025")).isEqualTo(2);
        assertThat(command.err()).contains("'30/09/2025' is not a date in the form YYYY-MM-DD").doesNotContain("\tat ");
        assertThat(command.out()).isEmpty();
    }

    /** Every measure measures.md names, and only those: the first column of its tables. */
    static java.util.Set<String> contractNames() throws java.io.IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| (`[a-z0-9_]+`(?: / `[a-z0-9_]+`)*) \\|")
                .matcher(Files.readString(Path.of("docs/measures.md")));
        while (row.find()) {
            for (String name : row.group(1).split(" / ")) {
                names.add(name.replace("`", ""));
            }
        }
        return names;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBundleWithEveryFileGivesEveryMeasureOfTheContractForTheAuthorityAndEachTeam() throws Exception {
        Path people = Path.of("src/test/resources/bundles/people");
        java.util.Set<String> contract = contractNames();
        assertThat(contract).hasSize(44).contains("supervision_in_date_percent", "agency_spend", "leaving_reasons");

        assertThat(command.run("measures", "--bundle", people.toString(), "--date", "2025-09-30")).isZero();
        assertThat(json(command.out()).keySet()).containsExactlyInAnyOrderElementsOf(contract);

        CommandLineRun teams = new CommandLineRun();
        assertThat(teams.run("measures", "--bundle", people.toString(), "--date", "2025-09-30", "--by", "team")).isZero();
        Map<String, Object> byTeam = json(teams.out());
        assertThat(byTeam.keySet()).containsExactly("T1", "T2");
        for (Object team : byTeam.values()) {
            assertThat(((Map<String, ?>) team).keySet()).containsExactlyInAnyOrderElementsOf(contract);
        }
    }
}
