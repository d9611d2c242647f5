package uk.retain.agency;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The permanent/agency mix a council aims for: a path of points, each a day and the permanent share of the workforce
 * (non-agency FTE of all FTE, 100 − the DfE's {@code agency_rate_fte}) wanted by then, such as 60% by 31 March 2026
 * and 70% by 31 March 2027. Between two points the target is the straight line between them; after the last it stays
 * at the last; before the first there is none.
 */
@Service
public class MixTargets {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MixTargets(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One point of the path. */
    public record Point(LocalDate on, BigDecimal permanentPercent) {
    }

    /** The authority's path, by day. */
    public List<Point> of(String laCode) {
        return jdbc.query("select target_on, permanent_percent from agency_mix_target where la_code = ? order by target_on",
                (rs, n) -> new Point(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)), laCode);
    }

    /** Sets the point of a day (replacing the one held for that day). */
    public void set(String laCode, Point point, String changedBy) {
        jdbc.update("delete from agency_mix_target where la_code = ? and target_on = ?", laCode, point.on());
        jdbc.update("insert into agency_mix_target (la_code, target_on, permanent_percent, changed_by, changed_at) values (?, ?, ?, ?, ?)",
                laCode, point.on(), point.permanentPercent(), changedBy, Timestamp.from(clock.instant()));
    }

    /** Removes the point of a day; whether there was one. */
    public boolean remove(String laCode, LocalDate on) {
        return jdbc.update("delete from agency_mix_target where la_code = ? and target_on = ?", laCode, on) > 0;
    }

    /** The target permanent percentage on the day under the path (sorted by day), or null before its first point. */
    public static Double targetOn(List<Point> path, LocalDate day) {
        Point before = null;
        for (Point point : path) {
            if (!point.on().isAfter(day)) {
                before = point;
            } else {
                if (before == null) {
                    return null;
                }
                double span = ChronoUnit.DAYS.between(before.on(), point.on());
                double gone = ChronoUnit.DAYS.between(before.on(), day);
                double from = before.permanentPercent().doubleValue();
                return from + (point.permanentPercent().doubleValue() - from) * gone / span;
            }
        }
        return before == null ? null : before.permanentPercent().doubleValue();
    }
}
