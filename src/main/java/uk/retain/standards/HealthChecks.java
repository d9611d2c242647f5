package uk.retain.standards;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.workforce.Coded;

/** Each authority's health checks against the Employer Standards, year by year: ratings, reasons and actions. */
@Service
public class HealthChecks {

    /** The longest reasons and action a page accepts, as the columns hold them. */
    public static final int MOST_REASONS = 2000;
    public static final int MOST_ACTION = 500;
    public static final int MOST_OWNER = 100;

    /** A standard's rating for a year, with who gave it and when. */
    public record Assessment(EmployerStandard standard, Rating rating, String reasons, String assessedBy, Instant assessedAt) {
    }

    /** An action of the plan; {@code doneOn} is null until it is done. */
    public record Action(long id, EmployerStandard standard, String action, String owner, LocalDate dueOn, LocalDate doneOn) {

        public boolean overdueOn(LocalDate day) {
            return doneOn == null && dueOn.isBefore(day);
        }
    }

    private final JdbcTemplate jdbc;

    HealthChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's ratings by standard; a standard not yet rated is absent. */
    public Map<EmployerStandard, Assessment> assessments(String laCode, int year) {
        Map<EmployerStandard, Assessment> found = new EnumMap<>(EmployerStandard.class);
        jdbc.query("select standard, rating, reasons, assessed_by, assessed_at from standards_assessment where la_code = ? and check_year = ?",
                rs -> {
                    EmployerStandard standard = standard(rs.getString(1));
                    found.put(standard, new Assessment(standard, rating(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }, laCode, year);
        return found;
    }

    /** Rates a standard for a year, replacing an earlier rating of the same year. */
    @Transactional
    public void assess(String laCode, int year, EmployerStandard standard, Rating rating, String reasons, String by) {
        jdbc.update("delete from standards_assessment where la_code = ? and check_year = ? and standard = ?", laCode, year, standard.code());
        jdbc.update("insert into standards_assessment (la_code, check_year, standard, rating, reasons, assessed_by, assessed_at) values (?, ?, ?, ?, ?, ?, ?)",
                laCode, year, standard.code(), rating.code(), reasons, by, Timestamp.from(Instant.now()));
    }

    /** The year's actions, the earliest due first. */
    public List<Action> actions(String laCode, int year) {
        return jdbc.query("select id, standard, action, owner, due_on, done_on from standards_action where la_code = ? and check_year = ? order by due_on, id",
                (rs, n) -> new Action(rs.getLong(1), standard(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()), laCode, year);
    }

    public void addAction(String laCode, int year, EmployerStandard standard, String action, String owner, LocalDate dueOn, String by) {
        jdbc.update("insert into standards_action (la_code, check_year, standard, action, owner, due_on, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                laCode, year, standard.code(), action, owner, Date.valueOf(dueOn), by, Timestamp.from(Instant.now()));
    }

    /**
     * Marks an action of the authority done on a day (an action already done keeps the day it was done); false when
     * the authority has no such action.
     */
    public boolean complete(String laCode, long id, LocalDate on) {
        return jdbc.update("update standards_action set done_on = coalesce(done_on, ?) where la_code = ? and id = ?",
                Date.valueOf(on), laCode, id) == 1;
    }

    /** Every year's ratings, the latest year first. */
    public Map<Integer, Map<EmployerStandard, Rating>> history(String laCode) {
        Map<Integer, Map<EmployerStandard, Rating>> years = new TreeMap<>(java.util.Comparator.reverseOrder());
        jdbc.query("select check_year, standard, rating from standards_assessment where la_code = ?",
                rs -> {
                    years.computeIfAbsent(rs.getInt(1), y -> new EnumMap<>(EmployerStandard.class))
                            .put(standard(rs.getString(2)), rating(rs.getString(3)));
                }, laCode);
        return years;
    }

    private static EmployerStandard standard(String code) {
        return Coded.fromCode(EmployerStandard.class, code).orElseThrow();
    }

    private static Rating rating(String code) {
        return Coded.fromCode(Rating.class, code).orElseThrow();
    }

    static Optional<Rating> ratingOf(String code) {
        return code == null ? Optional.empty() : Coded.fromCode(Rating.class, code);
    }
}
