package uk.retain.development;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.workforce.Coded;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/**
 * Each authority's career pathway (its own, or {@link CareerPathway#DEFAULT}) and the level changes recorded in
 * Retain: the one place pages, and other modules, ask a worker's level, time at it and progression.
 */
@Service
public class CareerPathways {

    public static final int MAX_MINIMUM_MONTHS = 240;
    public static final int MAX_NAME = 100;
    /** The {@code criteria} column's length. */
    public static final int MAX_CRITERIA = 1000;
    public static final int MAX_PQE_YEARS = 40;
    /** A level's code: 1 to 40 lower-case letters, digits and underscores. */
    public static final java.util.regex.Pattern LEVEL_CODE = java.util.regex.Pattern.compile("[a-z0-9_]{1,40}");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CareerPathways(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The authority's pathway: its own when set, else the default. */
    public CareerPathway pathway(String laCode) {
        List<CareerLevel> levels = jdbc.query("select level_code, name, route, step_no, job_role, minimum_months, criteria,"
                + " min_pqe_years, min_kss, qualification, next_level from career_level where la_code = ? order by route, step_no, level_code",
                (rs, n) -> new CareerLevel(rs.getString(1), rs.getString(2), Coded.fromCode(CareerRoute.class, rs.getString(3)).orElseThrow(),
                        rs.getInt(4), Coded.fromCode(JobRole.class, rs.getString(5)).orElseThrow(), rs.getInt(6), rs.getString(7),
                        (Integer) rs.getObject(8, Integer.class), (Integer) rs.getObject(9, Integer.class),
                        rs.getString(10) == null ? null : Coded.fromCode(QualificationKind.class, rs.getString(10)).orElseThrow(),
                        rs.getString(11)), laCode);
        return levels.isEmpty() ? CareerPathway.DEFAULT : new CareerPathway(levels);
    }

    /** Whether the authority has set its own pathway. */
    public boolean ownPathway(String laCode) {
        return jdbc.queryForObject("select count(*) from career_level where la_code = ?", Integer.class, laCode) > 0;
    }

    /**
     * The problems of a pathway as message codes (none: it may be stored): at least one level; each level's problems
     * ({@link #levelProblems}); codes of 1 to 40 lower-case letters, digits and underscores, each once.
     */
    public static List<String> problems(CareerPathway pathway) {
        List<String> problems = new ArrayList<>();
        if (pathway.levels().isEmpty()) {
            problems.add("careers.pathway.error.empty");
            return problems;
        }
        Set<String> codes = new HashSet<>();
        for (CareerLevel level : pathway.levels()) {
            if (level.code() == null || !LEVEL_CODE.matcher(level.code()).matches()) {
                problems.add("careers.pathway.error.code");
            } else if (!codes.add(level.code())) {
                problems.add("careers.pathway.error.duplicate");
            }
            problems.addAll(levelProblems(pathway, level).values());
        }
        return problems.stream().distinct().toList();
    }

    /**
     * The problems of one level of a pathway, by field ({@code name}, {@code step}, {@code minimumMonths},
     * {@code criteria}, {@code minPqeYears}, {@code minKss}, {@code next}) as message codes: a name of 1 to 100
     * characters that no other level has; a step from 1 to 20; minimum months 0 to 240; criteria of 1 to 1000
     * characters; PQE 0 to 40 years and statements 0 to 24 when given; a next level that is a level of the pathway,
     * on a higher step.
     */
    public static Map<String, String> levelProblems(CareerPathway pathway, CareerLevel level) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (level.name() == null || level.name().isBlank()) {
            problems.put("name", "careers.pathway.error.name.missing");
        } else if (level.name().length() > MAX_NAME) {
            problems.put("name", "careers.pathway.error.name");
        } else if (pathway.levels().stream().anyMatch(other -> !other.code().equals(level.code())
                && other.name().strip().equalsIgnoreCase(level.name().strip()))) {
            problems.put("name", "careers.pathway.error.name.duplicate");
        }
        if (level.step() < 1 || level.step() > 20) {
            problems.put("step", "careers.pathway.error.step");
        }
        if (level.minimumMonths() < 0 || level.minimumMonths() > MAX_MINIMUM_MONTHS) {
            problems.put("minimumMonths", "careers.pathway.error.minimum");
        }
        if (level.criteria() == null || level.criteria().isBlank()) {
            problems.put("criteria", "careers.pathway.error.criteria.missing");
        } else if (level.criteria().length() > MAX_CRITERIA) {
            problems.put("criteria", "careers.pathway.error.criteria");
        }
        if (level.minPqeYears() != null && (level.minPqeYears() < 0 || level.minPqeYears() > MAX_PQE_YEARS)) {
            problems.put("minPqeYears", "careers.pathway.error.pqe");
        }
        if (level.minKss() != null && (level.minKss() < 0 || level.minKss() > KssStatement.values().length)) {
            problems.put("minKss", "careers.pathway.error.kss");
        }
        if (level.next() != null) {
            CareerLevel next = pathway.level(level.next()).orElse(null);
            if (next == null || next.step() <= level.step()) {
                problems.put("next", "careers.pathway.error.next");
            }
        }
        return problems;
    }

    /** Stores the authority's pathway whole, replacing the one held. Check {@link #problems} first. */
    @Transactional
    public void setPathway(String laCode, CareerPathway pathway) {
        if (!problems(pathway).isEmpty()) {
            throw new IllegalArgumentException("an invalid pathway: " + problems(pathway));
        }
        jdbc.update("delete from career_level where la_code = ?", laCode);
        for (CareerLevel l : pathway.levels()) {
            jdbc.update("insert into career_level (la_code, level_code, name, route, step_no, job_role, minimum_months, criteria,"
                    + " min_pqe_years, min_kss, qualification, next_level) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    laCode, l.code(), l.name(), l.route().code(), l.step(), l.jobRole().code(), l.minimumMonths(), l.criteria(),
                    l.minPqeYears(), l.minKss(), l.qualification() == null ? null : l.qualification().code(), l.next());
        }
    }

    /**
     * Replaces one level of the authority's pathway (the one of the same code; its route, step, job role and next
     * level kept) if it has no {@link #levelProblems}, which it returns. The pathway is read and written under the
     * authority's row lock, so two leads changing two levels at once both keep their change.
     */
    @Transactional
    public Map<String, String> changeLevel(String laCode, CareerLevel changed) {
        lock(laCode);
        CareerPathway pathway = pathway(laCode);
        CareerLevel held = pathway.level(changed.code()).orElseThrow(() -> new IllegalArgumentException("no level " + changed.code()));
        CareerLevel level = new CareerLevel(held.code(), changed.name().strip(), held.route(), held.step(), held.jobRole(),
                changed.minimumMonths(), changed.criteria().strip(), changed.minPqeYears(), changed.minKss(), changed.qualification(),
                held.next());
        Map<String, String> problems = levelProblems(pathway, level);
        if (problems.isEmpty()) {
            setPathway(laCode, new CareerPathway(pathway.levels().stream().map(l -> l.code().equals(level.code()) ? level : l).toList()));
        }
        return problems;
    }

    /** Sets the minimum months of the levels named (by code, each 0 to 240), the others kept, under the row lock. */
    @Transactional
    public void changeMinimums(String laCode, Map<String, Integer> months) {
        lock(laCode);
        CareerPathway pathway = pathway(laCode);
        setPathway(laCode, new CareerPathway(pathway.levels().stream().map(l -> !months.containsKey(l.code()) ? l
                : new CareerLevel(l.code(), l.name(), l.route(), l.step(), l.jobRole(), months.get(l.code()), l.criteria(),
                        l.minPqeYears(), l.minKss(), l.qualification(), l.next())).toList()));
    }

    private void lock(String laCode) {
        jdbc.query("select la_code from authority where la_code = ? for update", (rs, n) -> rs.getString(1), laCode);
    }

    /** The authority's level changes, by worker. */
    public Map<String, List<LevelChange>> changes(String laCode) {
        Map<String, List<LevelChange>> byWorker = new LinkedHashMap<>();
        jdbc.query("select id, worker_id, level_code, from_date, recorded_by, recorded_at from career_level_change where la_code = ? order by id",
                rs -> {
                    LevelChange change = new LevelChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                            rs.getString(5), rs.getTimestamp(6).toInstant());
                    byWorker.computeIfAbsent(change.workerId(), id -> new ArrayList<>()).add(change);
                }, laCode);
        return byWorker;
    }

    /** Records that the worker reached the level from the day. The caller checks the level is theirs to reach. */
    public void recordChange(String laCode, String workerId, String levelCode, LocalDate from, String recordedBy) {
        jdbc.update("insert into career_level_change (la_code, worker_id, level_code, from_date, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)",
                laCode, workerId, levelCode, Date.valueOf(from), recordedBy, Timestamp.from(clock.instant()));
    }

    /** A worker's level history under the authority's pathway. */
    public LevelHistory history(Register register, String workerId) {
        String la = register.authority().laCode();
        return LevelHistory.of(pathway(la), historyOf(register, workerId), changes(la).getOrDefault(workerId, List.of()));
    }

    /**
     * Whole months the worker has been at their level beyond its minimum on the day (negative while short of it), or
     * null when they have no level on it: for other modules (risk signals) to read.
     */
    public Long monthsPastMinimum(Register register, String workerId, LocalDate day) {
        return history(register, workerId).monthsPastMinimum(day);
    }

    static EmploymentHistory historyOf(Register register, String workerId) {
        return EmploymentHistory.of(register.employments().stream().filter(row -> row.workerId().equals(workerId)).toList());
    }
}
