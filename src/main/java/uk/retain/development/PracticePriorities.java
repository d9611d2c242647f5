package uk.retain.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.workforce.Coded;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;

/**
 * Each authority's practice priorities mapped to Knowledge and Skills Statements ({@link #DEFAULT} until it names its
 * own), and the evidence its teams hold for them: a worker evidences a priority on a day when any of their activities
 * in the 2 years up to it names one of the priority's statements ({@link Cpd#coverage}). A team's workers are those
 * whose main row on the day is in it. Evidence is <b>thin</b> when fewer than half the team's workers have it.
 */
@Service
public class PracticePriorities {

    public static final List<PracticePriority> DEFAULT = List.of(
            new PracticePriority(1, "Assessment", List.of(KssStatement.P6, KssStatement.P3, KssStatement.P7)),
            new PracticePriority(2, "Core groups", List.of(KssStatement.P1, KssStatement.P5, KssStatement.P8)),
            new PracticePriority(3, "Writing plans", List.of(KssStatement.P7, KssStatement.P2)));

    private final JdbcTemplate jdbc;

    PracticePriorities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PracticePriority> priorities(String laCode) {
        List<PracticePriority> own = jdbc.query("select priority_no, name, kss from practice_priority where la_code = ? order by priority_no",
                (rs, n) -> new PracticePriority(rs.getInt(1), rs.getString(2), Arrays.stream(rs.getString(3).split(";"))
                        .map(code -> Coded.fromCode(KssStatement.class, code).orElseThrow()).toList()), laCode);
        return own.isEmpty() ? DEFAULT : own;
    }

    /** Replaces the authority's priorities whole (each with a name and at least one statement: the caller checks). */
    @Transactional
    public void setPriorities(String laCode, List<PracticePriority> priorities) {
        jdbc.update("delete from practice_priority where la_code = ?", laCode);
        for (PracticePriority p : priorities) {
            jdbc.update("insert into practice_priority (la_code, priority_no, name, kss) values (?, ?, ?, ?)", laCode, p.number(),
                    p.name(), String.join(";", p.kss().stream().map(KssStatement::code).toList()));
        }
    }

    /** One team's evidence: how many workers it has on the day, and how many evidence each priority (in order). */
    public record TeamEvidence(String teamId, int workers, List<Integer> evidenced) {

        /** Fewer than half the team's workers evidence the priority (a team with no workers is not thin). */
        public boolean thin(int priority) {
            return workers > 0 && evidenced.get(priority) * 2 < workers;
        }
    }

    /** The evidence of each team (of {@code teamIds}, in that order) for each priority on the day. */
    public static List<TeamEvidence> evidence(Register register, List<PracticePriority> priorities, List<String> teamIds, LocalDate day) {
        Map<String, List<Employment>> rows = new LinkedHashMap<>();
        for (Employment row : register.employments()) {
            rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, int[]> workers = new LinkedHashMap<>();
        teamIds.forEach(team -> {
            counts.put(team, new int[priorities.size()]);
            workers.put(team, new int[1]);
        });
        List<DevelopmentActivity> activities = register.rows(DevelopmentFile.class);
        Map<String, List<DevelopmentActivity>> byWorker = new LinkedHashMap<>();
        activities.forEach(a -> byWorker.computeIfAbsent(a.workerId(), id -> new ArrayList<>()).add(a));
        rows.forEach((workerId, list) -> {
            Employment main = EmploymentHistory.of(list).mainRow(day);
            if (main == null || !counts.containsKey(main.teamId())) {
                return;
            }
            workers.get(main.teamId())[0]++;
            Set<KssStatement> covered = Cpd.coverage(byWorker.getOrDefault(workerId, List.of()), workerId, day);
            for (int i = 0; i < priorities.size(); i++) {
                if (priorities.get(i).kss().stream().anyMatch(covered::contains)) {
                    counts.get(main.teamId())[i]++;
                }
            }
        });
        List<TeamEvidence> evidence = new ArrayList<>();
        for (String team : teamIds) {
            evidence.add(new TeamEvidence(team, workers.get(team)[0], Arrays.stream(counts.get(team)).boxed().toList()));
        }
        return evidence;
    }
}
