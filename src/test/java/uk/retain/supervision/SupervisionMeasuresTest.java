package uk.retain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.measures.MeasureSet;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.TestBundle;

/** measures.md: supervision_due_headcount, supervision_overdue_headcount and supervision_in_date_percent. */
class SupervisionMeasuresTest {

    private static final LocalDate D = LocalDate.parse("2025-09-30");

    @TempDir
    Path dir;

    /** Teams T1, T2, T3 (nobody in T3); W9 supervises, a senior manager. */
    private static TestBundle bundle() {
        return TestBundle.withTeams("T1", "T2", "T3")
                .workers("W1", "W2", "W3", "W4", "W9")
                .employment("W9,permanent,senior_manager,T1,,1,2015-01-01,,,");
    }

    private static TestBundle withSessions(TestBundle bundle, String... rows) {
        return bundle.lines("supervisions.csv", concat("worker_id,supervisor_id,date,kind,minutes", rows));
    }

    private static String[] concat(String header, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = header;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return lines;
    }

    private MeasureSet.Prepared prepared(TestBundle bundle) throws Exception {
        return new SupervisionMeasures().prepare(bundle.read(dir));
    }

    @Test
    void dueAreTheWorkersInEmploymentOnDOverdueThoseWhoseNextSupervisionIsBeforeD() throws Exception {
        var bundle = withSessions(bundle()
                        .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                                "W2,agency,social_worker,T1,,1,2020-01-01,,,",
                                "W3,permanent,social_worker,T1,,1,2020-01-01,2025-09-29,3,1",
                                "W4,fixed_term,social_worker,T1,,1,2025-10-01,,,"),
                // W1 due on D itself (not overdue); W2 due on 2025-09-29 (overdue).
                "W1,W9,2025-08-30,one_to_one,90",
                "W2,W9,2025-08-29,one_to_one,90");
        var measures = prepared(bundle).forAuthority(D);
        assertThat(measures).containsExactly(entry("supervision_due_headcount", 2),
                entry("supervision_overdue_headcount", 1), entry("supervision_in_date_percent", 50.0));
    }

    @Test
    void aSessionDueOnDIsNotOverdue() throws Exception {
        var bundle = withSessions(bundle().employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,"),
                "W1,W9,2025-08-30,one_to_one,90");
        assertThat(prepared(bundle).forAuthority(D)).containsEntry("supervision_overdue_headcount", 0);
        assertThat(prepared(bundle).forAuthority(D.plusDays(1))).containsEntry("supervision_overdue_headcount", 1);
    }

    @Test
    void aWorkerWhoseMainRoleOnDIsSeniorManagerIsNotDue() throws Exception {
        // W1's main row is the senior manager's (larger FTE); W2's is the team manager's (equal FTE, smaller team).
        var bundle = withSessions(bundle().employment(
                "W1,permanent,senior_manager,T2,,0.6,2020-01-01,,,",
                "W1,permanent,team_manager,T1,,0.4,2020-01-01,,,",
                "W2,permanent,team_manager,T1,,0.5,2020-01-01,,,",
                "W2,permanent,senior_manager,T2,,0.5,2020-01-01,,,"));
        var measures = prepared(bundle).forAuthority(D);
        assertThat(measures).containsEntry("supervision_due_headcount", 1).containsEntry("supervision_overdue_headcount", 1)
                .containsEntry("supervision_in_date_percent", 0.0);
    }

    @Test
    void byTeamEachWorkerCountsToTheTeamOfTheirMainRowOnD() throws Exception {
        var bundle = withSessions(bundle().employment(
                        "W1,permanent,social_worker,T1,,0.4,2020-01-01,,,",
                        "W1,agency,social_worker,T2,,0.6,2020-01-01,,,",
                        "W2,permanent,social_worker,T1,,1,2020-01-01,,,",
                        "W3,permanent,social_worker,T2,,1,2025-09-15,,,"),
                "W1,W9,2025-09-01,one_to_one,120");
        var byTeam = prepared(bundle).byTeam(D);
        assertThat(byTeam).containsOnlyKeys("T1", "T2", "T3");
        assertThat(byTeam.keySet()).containsExactly("T1", "T2", "T3");
        // T1: W2 (overdue, no session since 2020; the senior manager W9 counts nowhere). T2: W1 (in date) and W3 (started 2025-09-15, due 2025-10-15).
        assertThat(byTeam.get("T1")).containsExactly(entry("supervision_due_headcount", 1),
                entry("supervision_overdue_headcount", 1), entry("supervision_in_date_percent", 0.0));
        assertThat(byTeam.get("T2")).containsExactly(entry("supervision_due_headcount", 2),
                entry("supervision_overdue_headcount", 0), entry("supervision_in_date_percent", 100.0));
        var empty = new HashMap<String, Object>();
        empty.put("supervision_due_headcount", 0);
        empty.put("supervision_overdue_headcount", 0);
        empty.put("supervision_in_date_percent", null);
        assertThat(byTeam.get("T3")).isEqualTo(empty);
        assertThat(prepared(bundle).forAuthority(D)).containsEntry("supervision_due_headcount", 3)
                .containsEntry("supervision_overdue_headcount", 1);
    }

    @Test
    void theInDatePercentIsNullWhenNobodyIsDue() throws Exception {
        var bundle = withSessions(bundle());
        var measures = prepared(bundle).forAuthority(D);
        assertThat(measures).containsEntry("supervision_due_headcount", 0)
                .containsEntry("supervision_overdue_headcount", 0).containsEntry("supervision_in_date_percent", null);
    }

    @Test
    void withoutSupervisionsCsvEveryMeasureIsNullForTheAuthorityAndEachTeam() throws Exception {
        var bundle = bundle().employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,");
        var prepared = prepared(bundle);
        assertThat(prepared.forAuthority(D)).containsOnlyKeys("supervision_due_headcount",
                "supervision_overdue_headcount", "supervision_in_date_percent")
                .allSatisfy((name, value) -> assertThat(value).isNull());
        assertThat(prepared.byTeam(D)).containsOnlyKeys("T1", "T2", "T3")
                .allSatisfy((team, measures) -> assertThat(measures).hasSize(3)
                        .allSatisfy((name, value) -> assertThat(value).isNull()));
    }

    @Test
    void theMeasuresAgreeWithTheRuleOnEveryDayOfAYear() throws Exception {
        var bundle = withSessions(bundle().employment(
                        "W1,permanent,asye_social_worker,T1,,1,2024-09-02,2025-09-01,,",
                        "W1,permanent,social_worker,T1,,1,2025-09-02,,,",
                        "W2,agency,social_worker,T2,,1,2024-01-01,2024-12-31,,",
                        "W2,permanent,social_worker,T2,,1,2025-03-01,,,",
                        "W3,fixed_term,team_manager,T1,,1,2023-01-01,,,"),
                "W1,W9,2024-09-09,one_to_one,90", "W1,W9,2024-09-16,one_to_one,90", "W1,W9,2024-10-28,one_to_one,90",
                "W1,W9,2024-11-11,one_to_one,89", "W1,W9,2025-03-10,group,90", "W1,W9,2025-04-01,one_to_one,95",
                "W2,W9,2024-12-20,one_to_one,90", "W2,W9,2025-04-01,one_to_one,90", "W2,W9,2025-04-01,one_to_one,120",
                "W3,W1,2025-01-31,one_to_one,90", "W3,W1,2025-02-28,reflective,90", "W3,W1,2025-06-30,one_to_one,90");
        Register register = bundle.read(dir);
        var prepared = new SupervisionMeasures().prepare(register);
        var next = NextSupervision.contract();
        for (var day = LocalDate.parse("2024-08-01"); !day.isAfter(D); day = day.plusDays(1)) {
            int due = 0;
            int overdue = 0;
            for (String worker : List.of("W1", "W2", "W3")) {
                List<Employment> rows = register.employments().stream().filter(e -> e.workerId().equals(worker)).toList();
                List<Supervision> sessions = register.supervisions().stream().filter(s -> s.workerId().equals(worker)).toList();
                var history = EmploymentHistory.of(rows);
                if (history.inEmploymentOn(day)) {
                    due++;
                    overdue += next.overdueOn(day, history, sessions) ? 1 : 0;
                }
            }
            Map<String, Object> measures = prepared.forAuthority(day);
            assertThat(measures).as("on %s", day).containsEntry("supervision_due_headcount", due)
                    .containsEntry("supervision_overdue_headcount", overdue);
        }
    }
}
