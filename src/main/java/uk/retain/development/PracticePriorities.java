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

    /** The most priorities an authority names: each is a column of the team-by-priority table. */
    public static final int MAX_PRIORITIES = 12;
    /** The {@code name} column's length. */
    public static final int MAX_NAME = 200;

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

    /** Whether the authority has named its own priorities. */
    public boolean ownPriorities(String laCode) {
        return jdbc.queryForObject("select count(*) from practice_priority where la_code = ?", Integer.class, laCode) > 0;
    }

    /**
     * The problems of a priority named {@code name} with the statements {@code kss}, by field ({@code name},
     * {@code kss}) as message codes: a name of 1 to 200 characters that no other of {@code held} has (whatever the
     * case), at least one statement, and when adding ({@code number} null) room for it under {@link #MAX_PRIORITIES}.
     */
    public static Map<String, String> problems(List<PracticePriority> held, Integer number, String name, List<KssStatement> kss) {
        Map<String, String> problems = new LinkedHashMap<>();
        String named = name == null ? "" : name.strip();
        if (number == null && held.size() >= MAX_PRIORITIES) {
            problems.put("name", "priorities.error.tooMany");
        } else if (named.isEmpty()) {
            problems.put("name", "priorities.error.name.missing");
        } else if (named.length() > MAX_NAME) {
            problems.put("name", "priorities.error.name.long");
        } else if (held.stream().anyMatch(p -> !Integer.valueOf(p.number()).equals(number) && p.name().strip().equalsIgnoreCase(named))) {
            problems.put("name", "priorities.error.name.duplicate");
        }
        if (kss.isEmpty()) {
            problems.put("kss", "priorities.error.kss");
        }
        return problems;
    }

    /** What a change answered: its problems by field (none: done) and the priority as stored (null when refused). */
    public record Changed(Map<String, String> problems, PracticePriority priority) {
    }

    /**
     * Adds a priority after the authority's others (its first own priorities being the defaults and this one) if it
     * has no {@link #problems}. Each change reads and writes the priorities under the authority's
     * row lock, so two made at once both stand.
     */
    @Transactional
    public Changed add(String laCode, String name, List<KssStatement> kss) {
        lock(laCode);
        List<PracticePriority> held = priorities(laCode);
        Map<String, String> problems = problems(held, null, name, kss);
        if (!problems.isEmpty()) {
            return new Changed(problems, null);
        }
        PracticePriority added = new PracticePriority(held.stream().mapToInt(PracticePriority::number).max().orElse(0) + 1, name.strip(),
                sorted(kss));
        List<PracticePriority> all = new ArrayList<>(held);
        all.add(added);
        setPriorities(laCode, all);
        return new Changed(Map.of(), added);
    }

    /** Changes the name and statements of priority {@code number}, if it has no {@link #problems}. */
    @Transactional
    public Changed change(String laCode, int number, String name, List<KssStatement> kss) {
        lock(laCode);
        List<PracticePriority> held = priorities(laCode);
        if (held.stream().noneMatch(p -> p.number() == number)) {
            return new Changed(Map.of("name", "priorities.error.gone"), null);
        }
        Map<String, String> problems = problems(held, number, name, kss);
        if (!problems.isEmpty()) {
            return new Changed(problems, null);
        }
        PracticePriority changed = new PracticePriority(number, name.strip(), sorted(kss));
        setPriorities(laCode, held.stream().map(p -> p.number() == number ? changed : p).toList());
        return new Changed(Map.of(), changed);
    }

    /**
     * Removes priority {@code number}; returns null when done, else why not as a message code: it is gone already, or
     * it is the last (no priorities at all would read as the defaults, so the page offers going back to them).
     */
    @Transactional
    public String remove(String laCode, int number) {
        lock(laCode);
        List<PracticePriority> held = priorities(laCode);
        if (held.stream().noneMatch(p -> p.number() == number)) {
            return "priorities.error.gone";
        }
        if (held.size() == 1) {
            return "priorities.error.last";
        }
        setPriorities(laCode, held.stream().filter(p -> p.number() != number).toList());
        return null;
    }

    /** Puts the authority back on the {@link #DEFAULT} priorities, its own dropped. */
    @Transactional
    public void useDefaults(String laCode) {
        lock(laCode);
        jdbc.update("delete from practice_priority where la_code = ?", laCode);
    }

    private void lock(String laCode) {
        jdbc.query("select la_code from authority where la_code = ? for update", (rs, n) -> rs.getString(1), laCode);
    }

    private static List<KssStatement> sorted(List<KssStatement> kss) {
        return kss.stream().distinct().sorted().toList();
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
