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
     * The problems of a pathway as message codes (none: it may be stored): at least one level; codes of 1 to 40
     * lower-case letters, digits and underscores, each once; names of 1 to 100 characters; steps 1 to 20; minimum
     * months 0 to 240; criteria of 1 to 1000 characters; PQE 0 to 40 years and statements 0 to 24 when given; a next
     * level that is a level of the pathway, on a higher step.
     */
    public static List<String> problems(CareerPathway pathway) {
        List<String> problems = new ArrayList<>();
        if (pathway.levels().isEmpty()) {
            problems.add("careers.pathway.error.empty");
            return problems;
        }
        Set<String> codes = new HashSet<>();
        Map<String, CareerLevel> byCode = new LinkedHashMap<>();
        for (CareerLevel level : pathway.levels()) {
            if (level.code() == null || !LEVEL_CODE.matcher(level.code()).matches()) {
                problems.add("careers.pathway.error.code");
            } else if (!codes.add(level.code())) {
                problems.add("careers.pathway.error.duplicate");
            }
            byCode.put(level.code(), level);
            if (level.name() == null || level.name().isBlank() || level.name().length() > 100) {
                problems.add("careers.pathway.error.name");
            }
            if (level.step() < 1 || level.step() > 20) {
                problems.add("careers.pathway.error.step");
            }
            if (level.minimumMonths() < 0 || level.minimumMonths() > MAX_MINIMUM_MONTHS) {
                problems.add("careers.pathway.error.minimum");
            }
            if (level.criteria() == null || level.criteria().isBlank() || level.criteria().length() > 1000) {
                problems.add("careers.pathway.error.criteria");
            }
            if (level.minPqeYears() != null && (level.minPqeYears() < 0 || level.minPqeYears() > 40)) {
                problems.add("careers.pathway.error.pqe");
            }
            if (level.minKss() != null && (level.minKss() < 0 || level.minKss() > KssStatement.values().length)) {
                problems.add("careers.pathway.error.kss");
            }
        }
        for (CareerLevel level : pathway.levels()) {
            if (level.next() != null) {
                CareerLevel next = byCode.get(level.next());
                if (next == null || next.step() <= level.step()) {
                    problems.add("careers.pathway.error.next");
                }
            }
        }
        return problems.stream().distinct().toList();
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
