package uk.retain.development;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.workforce.ProblemAssertions.at;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * transfer_requests.csv, critical_roles.csv, successors.csv and level_changes.csv: a valid file reads with no
 * problem, each rule broken by one change gives its one problem, and a file written out reads back as the same rows.
 */
class CareersFilesTest {

    static final String TRANSFERS = "transfer_id,worker_id,from_team_id,to_team_id,requested_on,status,reason,current_agrees,"
            + "receiving_agrees,move_on,decided_on,decision_note";
    static final String ROLES = "role_id,name,post_id,job_role,team_id";
    static final String SUCCESSORS = "role_id,worker_id,readiness";
    static final String LEVELS = "worker_id,level_code,from_date";

    @TempDir
    Path dir;

    static TestBundle valid() {
        return TestBundle.minimal()
                .lines(TransferRequestsFile.FILE, TRANSFERS,
                        "TR-1,W1,T1,T2,2025-01-10,approved,Closer to home.,true,true,2025-03-01,2025-02-01,",
                        "TR-2,W2,T1,T2,2025-02-10,declined,Older children.,false,,,2025-02-20,The team is short.",
                        "TR-3,W1,T2,T1,2025-06-01,requested,Back again.,,true,,,")
                .lines(CriticalRolesFile.FILE, ROLES,
                        "CR-1,Principal social worker,,principal_social_worker,",
                        "CR-2,Team manager Assessment North,,team_manager,T1",
                        "CR-3,The post P1,P1,,")
                .lines(SuccessorsFile.FILE, SUCCESSORS,
                        "CR-1,W2,one_to_two_years",
                        "CR-2,W1,ready_now",
                        "CR-2,W2,three_plus_years")
                .lines(LevelChangesFile.FILE, LEVELS,
                        "W1,social_worker_2,2022-01-01",
                        "W1,social_worker_3,2024-01-01");
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aValidBundleHasNoProblemAndReadsIntoTheRows() throws Exception {
        assertThat(valid().problemsIfAny(dir)).isEmpty();
        Register register = valid().read(dir);
        assertThat(register.rows(TransferRequestsFile.class)).containsExactly(
                new TransferRequestsFile.Row("TR-1", "W1", "T1", "T2", day("2025-01-10"), TransferStatus.APPROVED, "Closer to home.",
                        true, true, day("2025-03-01"), day("2025-02-01"), null),
                new TransferRequestsFile.Row("TR-2", "W2", "T1", "T2", day("2025-02-10"), TransferStatus.DECLINED, "Older children.",
                        false, null, null, day("2025-02-20"), "The team is short."),
                new TransferRequestsFile.Row("TR-3", "W1", "T2", "T1", day("2025-06-01"), TransferStatus.REQUESTED, "Back again.",
                        null, true, null, null, null));
        assertThat(register.rows(CriticalRolesFile.class)).containsExactly(
                new CriticalRolesFile.Row("CR-1", "Principal social worker", null, JobRole.PRINCIPAL_SOCIAL_WORKER, null),
                new CriticalRolesFile.Row("CR-2", "Team manager Assessment North", null, JobRole.TEAM_MANAGER, "T1"),
                new CriticalRolesFile.Row("CR-3", "The post P1", "P1", null, null));
        assertThat(register.rows(SuccessorsFile.class)).containsExactly(
                new SuccessorsFile.Row("CR-1", "W2", Readiness.ONE_TO_TWO_YEARS),
                new SuccessorsFile.Row("CR-2", "W1", Readiness.READY_NOW),
                new SuccessorsFile.Row("CR-2", "W2", Readiness.THREE_PLUS_YEARS));
        assertThat(register.rows(LevelChangesFile.class)).containsExactly(
                new LevelChangesFile.Row("W1", "social_worker_2", day("2022-01-01")),
                new LevelChangesFile.Row("W1", "social_worker_3", day("2024-01-01")));
    }

    @Test
    void writtenOutThenReadBackGivesTheSameRows() throws Exception {
        Register register = valid().read(dir);
        BundleWriter.writeFolder(register, dir.resolve("out"));
        Register back = Bundles.read(dir.resolve("out"));
        assertThat(back.rows(TransferRequestsFile.class)).isEqualTo(register.rows(TransferRequestsFile.class));
        assertThat(back.rows(CriticalRolesFile.class)).isEqualTo(register.rows(CriticalRolesFile.class));
        assertThat(back.rows(SuccessorsFile.class)).isEqualTo(register.rows(SuccessorsFile.class));
        assertThat(back.rows(LevelChangesFile.class)).isEqualTo(register.rows(LevelChangesFile.class));
    }

    /** The example under each file's heading in docs/exchange-format.md, which the reader takes with no problem. */
    @Test
    void theExamplesInTheFormatAreValid() throws Exception {
        String format = java.nio.file.Files.readString(Path.of("docs/exchange-format.md"));
        TestBundle bundle = TestBundle.minimal();
        for (String file : java.util.List.of(TransferRequestsFile.FILE, CriticalRolesFile.FILE, SuccessorsFile.FILE, LevelChangesFile.FILE)) {
            String section = format.substring(format.indexOf("### " + file + "\n"));
            int start = section.indexOf("```csv\n") + "```csv\n".length();
            bundle = bundle.text(file, section.substring(start, section.indexOf("```", start)));
        }
        assertThat(bundle.problemsIfAny(dir)).isEmpty();
        assertThat(bundle.read(dir).rows(TransferRequestsFile.class)).hasSize(3);
    }

    @Nested
    class TransferRequests {

        @ParameterizedTest(name = "line {0}: {1} = {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "3|transfer_id|TR-1|TR-1",
                "2|worker_id|W404|'W404' is not in workers.csv",
                "2|from_team_id|T9|'T9' is not in teams.csv",
                "2|to_team_id|T1|to_team_id must differ from from_team_id, not T1",
                "2|status|moved|moved",
                "2|requested_on|2025-02-30|2025-02-30",
                "2|move_on||move_on is required when status is approved",
                "2|move_on|2025-01-09|move_on 2025-01-09 is before requested_on 2025-01-10",
                "2|decided_on|2025-01-09|decided_on 2025-01-09 is before requested_on 2025-01-10",
                "2|current_agrees|yes|yes",
                "3|move_on|2025-03-01|move_on is given only when status is approved, not declined",
                "3|decision_note||decision_note is required when status is declined",
                "4|decided_on|2025-06-02|decided_on is given only once the request is decided, not while requested",
                "4|decision_note|Too soon.|decision_note is given only once the request is decided, not while requested",
                "4|reason||a value is required"})
        void eachRuleBrokenGivesItsOneProblem(int line, String column, String value, String message) {
            assertThat(valid().cell(TransferRequestsFile.FILE, line, column, value == null ? "" : value).problems(dir))
                    .satisfiesExactly(at(TransferRequestsFile.FILE, line, column, message));
        }

        @Test
        void aReasonIsAtMost1000Characters() {
            assertThat(valid().cell(TransferRequestsFile.FILE, 4, "reason", "x".repeat(1001)).problems(dir))
                    .satisfiesExactly(at(TransferRequestsFile.FILE, 4, "reason", "reason is at most 1000 characters, not 1001"));
        }

        @Test
        void aWorkerHasOneRequestWaitingAtMost() {
            TestBundle two = valid().cell(TransferRequestsFile.FILE, 2, "status", "requested").cell(TransferRequestsFile.FILE, 2, "move_on", "")
                    .cell(TransferRequestsFile.FILE, 2, "decided_on", "");
            assertThat(two.problems(dir)).satisfiesExactly(at(TransferRequestsFile.FILE, 4, "status",
                    "worker W1 has a request waiting already, on line 2: at most one is requested at a time"));
        }
    }

    @Nested
    class CriticalRoles {

        @ParameterizedTest(name = "line {0}: {1} = {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "4|role_id|CR-1|CR-1",
                "2|name||a value is required",
                "2|job_role|chief|chief",
                "2|job_role||post_id or job_role is required",
                "3|team_id|T9|'T9' is not in teams.csv",
                "4|post_id|P9|'P9' is not in posts.csv",
                "4|job_role|team_manager|give post_id or job_role, not both",
                "4|team_id|T1|team_id is given only with job_role: a post has its own team"})
        void eachRuleBrokenGivesItsOneProblem(int line, String column, String value, String message) {
            assertThat(valid().cell(CriticalRolesFile.FILE, line, column, value == null ? "" : value).problems(dir))
                    .satisfiesExactly(at(CriticalRolesFile.FILE, line, column, message));
        }

        @Test
        void aNameIsAtMost200Characters() {
            assertThat(valid().cell(CriticalRolesFile.FILE, 2, "name", "x".repeat(201)).problems(dir))
                    .satisfiesExactly(at(CriticalRolesFile.FILE, 2, "name", "name is at most 200 characters, not 201"));
        }
    }

    @Nested
    class Successors {

        @ParameterizedTest(name = "line {0}: {1} = {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "2|role_id|CR-9|'CR-9' is not in critical_roles.csv",
                "2|worker_id|W404|'W404' is not in workers.csv",
                "2|readiness|soon|soon",
                "4|worker_id|W2|worker W2 is named for role CR-2 already, on line 3"})
        void eachRuleBrokenGivesItsOneProblem(int line, String column, String value, String message) {
            TestBundle bundle = valid().cell(SuccessorsFile.FILE, line, column, value);
            if (line == 4) {
                bundle = bundle.cell(SuccessorsFile.FILE, 3, "worker_id", "W2");
            }
            assertThat(bundle.problems(dir)).satisfiesExactly(at(SuccessorsFile.FILE, line, column, message));
        }

        @Test
        void successorsNeedTheRolesFile() {
            assertThat(valid().without(CriticalRolesFile.FILE).problems(dir)).hasSize(3).allSatisfy(problem -> {
                assertThat(problem.file()).isEqualTo(SuccessorsFile.FILE);
                assertThat(problem.message()).endsWith("refers to critical_roles.csv, but the bundle has none");
            });
        }
    }

    @Nested
    class LevelChanges {

        @ParameterizedTest(name = "line {0}: {1} = {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "2|worker_id|W404|'W404' is not in workers.csv",
                "2|level_code|Social Worker 2|level_code is 1 to 40 lower-case letters, digits and underscores, not Social Worker 2",
                "2|from_date|2022-13-01|2022-13-01",
                "3|level_code|social_worker_2|-"})
        void eachRuleBrokenGivesItsOneProblem(int line, String column, String value, String message) {
            TestBundle bundle = valid().cell(LevelChangesFile.FILE, line, column, value);
            if (line == 3) {
                bundle = bundle.cell(LevelChangesFile.FILE, 3, "from_date", "2022-01-01");
                assertThat(bundle.problems(dir)).satisfiesExactly(at(LevelChangesFile.FILE, 3, "-", "the same level change as line 2"));
                return;
            }
            assertThat(bundle.problems(dir)).satisfiesExactly(at(LevelChangesFile.FILE, line, column, message));
        }
    }
}
