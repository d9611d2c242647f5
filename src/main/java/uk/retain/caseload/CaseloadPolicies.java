package uk.retain.caseload;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Coded;
import uk.retain.workforce.JobRole;

/**
 * Each authority's caseload policies, stored, each in force from a day until the next one's: a date is measured under
 * the policy of its day. An authority that never set one, or a day before its first, has {@link CaseloadPolicy#DEFAULT}.
 */
@Service
public class CaseloadPolicies {

    /** The day the policy an authority kept before policies were dated is in force from: before every register date. */
    public static final LocalDate FROM_THE_START = LocalDate.of(1900, 1, 1);

    private static final String COLUMNS = "case_holding_roles, asye_cap, early_career_cap, mentoring_cap, experienced_cap,"
            + " unallocated_alert_days, weighting_enabled, points_assessment, points_child_in_need, points_child_protection,"
            + " points_child_in_care, points_care_leaver, points_other, points_court, points_co_working, points_per_fte,"
            + " in_force_from, changed_by, changed_at";

    /** A policy with the day it is in force from, and who set it when. */
    public record InForce(LocalDate from, CaseloadPolicy policy, String changedBy, Instant changedAt) {

        /** Whether it is the policy kept before policies were dated, in force from the start. */
        public boolean fromTheStart() {
            return from.equals(FROM_THE_START);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseloadPolicies(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The policy in force today. */
    public CaseloadPolicy of(String laCode) {
        return of(laCode, LocalDate.now(clock));
    }

    /** The policy in force on the day. */
    public CaseloadPolicy of(String laCode, LocalDate day) {
        return jdbc.query("select " + COLUMNS + " from caseload_policy where la_code = ? and in_force_from <= ?"
                + " order by in_force_from desc fetch first 1 rows only", CaseloadPolicies::inForce, laCode, Date.valueOf(day))
                .stream().findFirst().map(InForce::policy).orElse(CaseloadPolicy.DEFAULT);
    }

    /** Every policy the authority has set, the latest first (a policy from a later day than today is to come). */
    public List<InForce> history(String laCode) {
        return jdbc.query("select " + COLUMNS + " from caseload_policy where la_code = ? order by in_force_from desc",
                CaseloadPolicies::inForce, laCode);
    }

    private static InForce inForce(ResultSet rs, int n) throws SQLException {
        Set<JobRole> roles = EnumSet.noneOf(JobRole.class);
        Arrays.stream(rs.getString(1).split(",")).filter(code -> !code.isBlank())
                .forEach(code -> roles.add(Coded.fromCode(JobRole.class, code).orElseThrow()));
        Map<CaseCategory, Integer> points = new EnumMap<>(CaseCategory.class);
        points.put(CaseCategory.ASSESSMENT, rs.getInt(8));
        points.put(CaseCategory.CHILD_IN_NEED, rs.getInt(9));
        points.put(CaseCategory.CHILD_PROTECTION, rs.getInt(10));
        points.put(CaseCategory.CHILD_IN_CARE, rs.getInt(11));
        points.put(CaseCategory.CARE_LEAVER, rs.getInt(12));
        points.put(CaseCategory.OTHER, rs.getInt(13));
        CaseloadPolicy policy = new CaseloadPolicy(roles, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                new CaseloadPolicy.Weighting(rs.getBoolean(7), points, rs.getInt(14), rs.getInt(15), rs.getInt(16)),
                rs.getInt(6));
        return new InForce(rs.getDate(17).toLocalDate(), policy, rs.getString(18), rs.getTimestamp(19).toInstant());
    }

    /** Saves the authority's policy in force from today. */
    public void save(String laCode, CaseloadPolicy policy, String changedBy) {
        save(laCode, policy, changedBy, LocalDate.now(clock));
    }

    /**
     * Saves the authority's policy in force from the day, until the next policy's day; a policy already set from the
     * same day is replaced (the one it replaces stays in the audit trail's record of the change).
     */
    @Transactional
    public void save(String laCode, CaseloadPolicy policy, String changedBy, LocalDate from) {
        jdbc.update("delete from caseload_policy where la_code = ? and in_force_from = ?", laCode, Date.valueOf(from));
        CaseloadPolicy.Weighting w = policy.weighting();
        Map<CaseCategory, Integer> points = w.categoryPoints();
        jdbc.update("insert into caseload_policy (la_code, " + COLUMNS + ")"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                laCode, policy.caseHoldingRoles().stream().map(JobRole::code).sorted().collect(Collectors.joining(",")),
                policy.asyeCap(), policy.earlyCareerCap(), policy.mentoringCap(), policy.experiencedCap(),
                policy.unallocatedAlertWorkingDays(), w.enabled(), points.get(CaseCategory.ASSESSMENT),
                points.get(CaseCategory.CHILD_IN_NEED), points.get(CaseCategory.CHILD_PROTECTION),
                points.get(CaseCategory.CHILD_IN_CARE), points.get(CaseCategory.CARE_LEAVER), points.get(CaseCategory.OTHER),
                w.courtProceedingsPoints(), w.coWorkingPoints(), w.pointsPerFte(), Date.valueOf(from), changedBy,
                Timestamp.from(Instant.now(clock)));
    }
}
