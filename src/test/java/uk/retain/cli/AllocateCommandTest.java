package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * The allocate command as a user runs it on the small test bundle (read it to follow the answers): one JSON object
 * on stdout, or exit 2 with {@code file:line: column: message} on stderr and nothing on stdout.
 */
class AllocateCommandTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HEADER = "case_id,child_id,family_id,category,court_proceedings,opened_on,closed_on,team_id\n";

    @TempDir
    Path temp;

    private final CommandLineRun command = new CommandLineRun();

    private Path casesFile(String rows) throws Exception {
        Path file = temp.resolve("new-cases.csv");
        Files.writeString(file, HEADER + rows);
        return file;
    }

    private int allocate(Path cases, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("allocate", "--bundle", SMALL.toString(),
                "--date", "2025-09-30", "--cases", cases.toString()));
        args.addAll(List.of(more));
        return command.run(args.toArray(String[]::new));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json() {
        return JSON.readValue(command.out(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    void printsOneJsonObjectOfRecommendationsAndUnallocatedCases() throws Exception {
        // On 2025-09-30 W2 is absent and TM1 holds no cases, so T1's only worker at work is W1 (1 of 18 cases,
        // holding K1 of family F1); T2's only worker is W3 (agency, no qualification date: cap 15).
        Path cases = casesFile("""
                K5,C005,,assessment,false,2025-09-20,,
                K6,C006,F1,child_in_need,,2025-09-29,,T1
                K7,C007,,child_protection,true,2025-09-30,,T2
                """);

        int exit = allocate(cases);

        assertThat(command.err()).isEmpty();
        assertThat(exit).isZero();
        assertThat(command.out().strip().lines()).hasSize(1);
        Map<String, Object> json = json();
        assertThat(json.keySet()).containsExactly("recommendations", "unallocated");
        List<Map<String, Object>> recommendations = list(json.get("recommendations"));
        assertThat(recommendations).extracting(r -> r.get("case_id")).containsExactly("K5", "K6", "K7");
        assertThat(recommendations).allSatisfy(r -> assertThat(r.keySet()).containsExactly(
                "case_id", "worker_id", "co_worker_id", "reasons", "reason_codes", "load_before", "load_after", "cap"));
        Map<String, Object> k6 = recommendations.get(1);
        assertThat(k6).containsEntry("worker_id", "W1").containsEntry("co_worker_id", null).containsEntry("cap", 18);
        // The words never name the recommendation's own worker, and name other workers and teams by name.
        assertThat((List<String>) k6.get("reasons")).contains("Keeps siblings together", "Bob Jones holds a sibling's case",
                        "Nobody else in North CP has room left after these allocations")
                .noneMatch(reason -> reason.contains("W1") || reason.contains("Ann Smith"));
        assertThat(list(k6.get("reason_codes"))).contains(Map.of("code", "siblings_together", "args", List.of()));
        assertThat(((Number) k6.get("load_before")).doubleValue()).isEqualTo(5.6);
        Map<String, Object> k7 = recommendations.get(2);
        assertThat(k7).containsEntry("worker_id", "W3").containsEntry("cap", 15);
        assertThat(list(json.get("unallocated"))).isEmpty();
    }

    @Test
    void releasingAWorkerPlansTheirCasesAndSaysWhyOneMustWait() throws Exception {
        // W1 holds K1 (T1). Released, nobody else in T1 is at work to take it.
        Path cases = casesFile("");

        int exit = allocate(cases, "--release-worker", "W1");

        assertThat(exit).isZero();
        assertThat(list(json().get("recommendations"))).isEmpty();
        assertThat(list(json().get("unallocated"))).containsExactly(Map.of("case_id", "K1",
                "reason", "No case-holding worker in North CP is available on 30 September 2025: escalate",
                "reason_code", Map.of("code", "nobody_available_in_team", "args", List.of(Map.of("team_id", "T1"), Map.of("date", "2025-09-30")))));
    }

    @Test
    void aBadCasesFileExitsWithTwoAndEveryProblemOnStderr() throws Exception {
        Path cases = casesFile("""
                K1,C001,F1,child_protection,false,2024-06-01,,
                K6,C006,,cp,false,2025-09-29,,T1
                K7,C007,,assessment,false,2025-09-29,,T9
                K8,C008,,assessment,false,2025-10-02,,
                K9,C009,,assessment,false,2025-08-02,2025-09-01,T1
                """);

        int exit = allocate(cases);

        assertThat(exit).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err().lines()).containsExactly(
                "new-cases.csv:2: case_id: case K1 already has a primary worker on 2025-09-30 (W1): only new or unallocated cases can be allocated",
                "new-cases.csv:3: category: 'cp' is not one of: assessment, child_in_need, child_protection, child_in_care, care_leaver, other",
                "new-cases.csv:4: team_id: 'T9' is not a team of the bundle (teams.csv)",
                "new-cases.csv:5: opened_on: the case opens on 2025-10-02, after 2025-09-30: it cannot be allocated on that date",
                "new-cases.csv:6: closed_on: the case closed on 2025-09-01, before 2025-09-30: it cannot be allocated on that date");
    }

    @Test
    void anUnknownColumnAMissingFileOrAnUnknownWorkerExitWithTwo() throws Exception {
        Path cases = temp.resolve("named.csv");
        Files.writeString(cases, "case_id,child_id,category,opened_on,child_name\nK6,C006,assessment,2025-09-29,Ann\n");
        assertThat(allocate(cases)).isEqualTo(2);
        assertThat(command.err()).startsWith("named.csv:1: child_name: unknown column");

        assertThat(allocate(temp.resolve("missing.csv"))).isEqualTo(2);
        assertThat(command.err()).contains("missing.csv:1: -: cannot be read");

        assertThat(allocate(casesFile(""), "--release-worker", "W9")).isEqualTo(2);
        assertThat(command.err()).contains("worker W9 is not in employment on 2025-09-30");
        assertThat(command.out()).isEmpty();
    }

    @Test
    void allocateIsACommand() {
        assertThat(RetainCommand.isCommand(new String[] {"allocate", "--help"})).isTrue();
    }
}
