package uk.retain.caseload;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Coded;
import uk.retain.workforce.JobRole;

/** Each authority's caseload policy, stored; an authority that never set one has {@link CaseloadPolicy#DEFAULT}. */
@Service
public class CaseloadPolicies {

    private final JdbcTemplate jdbc;

    CaseloadPolicies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public CaseloadPolicy of(String laCode) {
        return jdbc.query("select case_holding_roles, asye_cap, early_career_cap, mentoring_cap, experienced_cap, unallocated_alert_days,"
                + " weighting_enabled, points_assessment, points_child_in_need, points_child_protection, points_child_in_care,"
                + " points_care_leaver, points_other, points_court, points_co_working, points_per_fte from caseload_policy where la_code = ?",
                (rs, n) -> {
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
                    return new CaseloadPolicy(roles, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            new CaseloadPolicy.Weighting(rs.getBoolean(7), points, rs.getInt(14), rs.getInt(15), rs.getInt(16)),
                            rs.getInt(6));
                }, laCode).stream().findFirst().orElse(CaseloadPolicy.DEFAULT);
    }

    /** Saves the authority's policy, replacing the one before. */
    @Transactional
    public void save(String laCode, CaseloadPolicy policy, String changedBy) {
        jdbc.update("delete from caseload_policy where la_code = ?", laCode);
        CaseloadPolicy.Weighting w = policy.weighting();
        Map<CaseCategory, Integer> points = w.categoryPoints();
        jdbc.update("insert into caseload_policy (la_code, case_holding_roles, asye_cap, early_career_cap, mentoring_cap, experienced_cap,"
                + " unallocated_alert_days, weighting_enabled, points_assessment, points_child_in_need, points_child_protection,"
                + " points_child_in_care, points_care_leaver, points_other, points_court, points_co_working, points_per_fte, changed_by,"
                + " changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                laCode, policy.caseHoldingRoles().stream().map(JobRole::code).sorted().collect(Collectors.joining(",")),
                policy.asyeCap(), policy.earlyCareerCap(), policy.mentoringCap(), policy.experiencedCap(),
                policy.unallocatedAlertWorkingDays(), w.enabled(), points.get(CaseCategory.ASSESSMENT),
                points.get(CaseCategory.CHILD_IN_NEED), points.get(CaseCategory.CHILD_PROTECTION),
                points.get(CaseCategory.CHILD_IN_CARE), points.get(CaseCategory.CARE_LEAVER), points.get(CaseCategory.OTHER),
                w.courtProceedingsPoints(), w.coWorkingPoints(), w.pointsPerFte(), changedBy, Timestamp.from(Instant.now()));
    }
}
