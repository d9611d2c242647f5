package uk.retain.agency;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.retain.workforce.Coded;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.RowsRecordedBeside;
import uk.retain.workforce.Worker;

/**
 * The agency engagements of an authority: those of its last imported {@code agency_engagements.csv} and those HR
 * recorded in Retain since ({@code agency_engagement_recorded}), one list that every agency page reads, checked by
 * {@link AgencyChecks}. An engagement recorded here is checked as an import checks the file (same rules, one problem
 * code per field); when it fails a DfE check it needs the name of who approved going ahead and why before it is
 * written. An imported row with the same {@code engagement_id} replaces a recorded one.
 */
@Service
public class AgencyEngagements implements RowsRecordedBeside {

    /** The form's and the API's fields, in the order problems are listed. */
    public static final List<String> FIELDS = List.of("worker", "agency", "jobType", "startDate", "endDate", "hoursPerWeek",
            "hourlyPay", "hourlyCharge", "noticeWeeks", "referenceOn", "approvedBy", "reason");
    /** Engagements recorded in Retain are numbered {@code RET-1}, {@code RET-2}... within their authority. */
    public static final String ID_PREFIX = "RET-";
    static final int MAX_TEXT = 200;
    static final int MAX_REASON = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AgencyEngagements(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * An engagement as entered: the texts of its fields. A date is null when not given; its problem code is then in
     * {@code dateProblems} by field when something was entered that is not a date.
     */
    public record Draft(String workerId, String agency, String jobType, LocalDate startDate, LocalDate endDate,
            String hoursPerWeek, String hourlyPay, String hourlyCharge, String noticeWeeks, LocalDate referenceOn,
            Boolean projectTeam, String approvedBy, String reason, Map<String, String> dateProblems) {
    }

    /**
     * A draft checked: its problems (message codes by field, in {@link #FIELDS} order), the engagement when every field
     * reads, and the DfE checks it fails (empty when it does not read, or starts before the rules).
     */
    public record Checked(Map<String, String> problems, AgencyEngagement engagement, boolean checked, Set<AgencyCheck> failed) {

        public boolean saves() {
            return problems.isEmpty();
        }
    }

    /** Today on the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The register with its engagements and those recorded in Retain that it does not hold, imported first. */
    @Override
    public Register withRecorded(Register register) {
        List<RecordedEngagement> recorded = recorded(register.authority().laCode());
        if (recorded.isEmpty()) {
            return register;
        }
        List<AgencyEngagement> all = new ArrayList<>(register.rows(AgencyEngagementsFile.class));
        Set<String> ids = new HashSet<>();
        all.forEach(e -> ids.add(e.engagementId()));
        for (RecordedEngagement r : recorded) {
            if (ids.add(r.engagement().engagementId())) {
                all.add(r.engagement());
            }
        }
        return register.withRows(AgencyEngagementsFile.class, all);
    }

    /** The engagements recorded in Retain for the authority, in the order they were recorded. */
    public List<RecordedEngagement> recorded(String laCode) {
        return jdbc.query("select * from agency_engagement_recorded where la_code = ? order by recorded_at, engagement_id",
                (rs, n) -> new RecordedEngagement(new AgencyEngagement(rs.getString("engagement_id"), rs.getString("worker_id"),
                        rs.getString("agency"), Coded.fromCode(JobType.class, rs.getString("job_type")).orElseThrow(),
                        rs.getDate("start_date").toLocalDate(), date(rs.getDate("end_date")), rs.getBigDecimal("hours_per_week").stripTrailingZeros(),
                        rs.getBigDecimal("hourly_pay"), rs.getBigDecimal("hourly_charge"), rs.getInt("notice_weeks"),
                        date(rs.getDate("reference_on")), (Boolean) rs.getObject("project_team"),
                        rs.getString("override_approved_by"), rs.getString("override_reason")),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()), laCode);
    }

    /** The engagements recorded in Retain at or after {@code since}, in the order they were recorded. */
    public List<RecordedEngagement> recordedSince(String laCode, Instant since) {
        return recorded(laCode).stream().filter(r -> !r.recordedAt().isBefore(since)).toList();
    }

    /** Checks the draft against {@code register} (with the engagements recorded in Retain) without writing anything. */
    public Checked check(Register register, Draft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        String workerId = blankToNull(draft.workerId());
        Worker worker = workerId == null ? null
                : register.workers().stream().filter(w -> w.workerId().equals(workerId)).findFirst().orElse(null);
        if (workerId == null) {
            problems.put("worker", "agency.record.error.worker.missing");
        } else if (worker == null) {
            problems.put("worker", "agency.record.error.worker.unknown");
        } else if (register.employments().stream().noneMatch(e -> e.workerId().equals(workerId) && e.isAgency())) {
            problems.put("worker", "agency.record.error.worker.notAgency");
        }
        String agency = blankToNull(draft.agency());
        if (agency == null) {
            problems.put("agency", "agency.record.error.agency.missing");
        } else if (agency.length() > MAX_TEXT) {
            problems.put("agency", "agency.record.error.agency.long");
        }
        String jobTypeCode = blankToNull(draft.jobType());
        JobType jobType = jobTypeCode == null ? null : Coded.fromCode(JobType.class, jobTypeCode).orElse(null);
        if (jobTypeCode == null) {
            problems.put("jobType", "agency.record.error.jobType.missing");
        } else if (jobType == null) {
            problems.put("jobType", "agency.record.error.jobType.unknown");
        }
        LocalDate start = draft.startDate();
        if (start == null) {
            problems.put("startDate", draft.dateProblems().getOrDefault("startDate", "agency.record.error.startDate.missing"));
        }
        LocalDate end = draft.endDate();
        if (end == null && draft.dateProblems().containsKey("endDate")) {
            problems.put("endDate", draft.dateProblems().get("endDate"));
        } else if (end != null && start != null && end.isBefore(start)) {
            problems.put("endDate", "agency.record.error.endDate.beforeStart");
        }
        BigDecimal hours = decimal(draft.hoursPerWeek(), "hoursPerWeek", "hours", problems);
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(AgencyEngagementsFile.MAX_HOURS_PER_WEEK) > 0)) {
            problems.put("hoursPerWeek", "agency.record.error.hours.range");
        }
        BigDecimal pay = decimal(draft.hourlyPay(), "hourlyPay", "pay", problems);
        BigDecimal charge = decimal(draft.hourlyCharge(), "hourlyCharge", "charge", problems);
        if (pay != null && charge != null && charge.compareTo(pay) < 0) {
            problems.put("hourlyCharge", "agency.record.error.charge.belowPay");
        }
        Integer notice = null;
        String noticeText = blankToNull(draft.noticeWeeks());
        if (noticeText == null) {
            problems.put("noticeWeeks", "agency.record.error.notice.missing");
        } else if (!noticeText.matches("\\d{1,2}") || Integer.parseInt(noticeText) > AgencyEngagementsFile.MAX_NOTICE_WEEKS) {
            problems.put("noticeWeeks", "agency.record.error.notice.range");
        } else {
            notice = Integer.parseInt(noticeText);
        }
        if (draft.referenceOn() == null && draft.dateProblems().containsKey("referenceOn")) {
            problems.put("referenceOn", draft.dateProblems().get("referenceOn"));
        }
        String approvedBy = blankToNull(draft.approvedBy());
        String reason = blankToNull(draft.reason());
        if (approvedBy != null && approvedBy.length() > MAX_TEXT) {
            problems.put("approvedBy", "agency.record.error.approvedBy.long");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            problems.put("reason", "agency.record.error.reason.long");
        }
        AgencyEngagement engagement = null;
        boolean checked = false;
        Set<AgencyCheck> failed = Set.of();
        Set<String> readFields = Set.of("worker", "agency", "jobType", "startDate", "endDate", "hoursPerWeek", "hourlyPay",
                "hourlyCharge", "noticeWeeks", "referenceOn");
        if (readFields.stream().noneMatch(problems::containsKey)) {
            engagement = new AgencyEngagement(nextId(register), workerId, agency, jobType, start, end, hours, pay, charge, notice,
                    draft.referenceOn(), draft.projectTeam(), approvedBy, approvedBy == null ? null : reason);
            checked = AgencyChecks.checked(engagement);
            failed = AgencyChecks.of(register).failed(engagement, worker, EmploymentHistory.of(
                    register.employments().stream().filter(e -> e.workerId().equals(workerId)).toList()));
            if (!failed.isEmpty()) {
                if (approvedBy == null) {
                    problems.put("approvedBy", "agency.record.error.approvedBy.missing");
                }
                if (reason == null) {
                    problems.put("reason", "agency.record.error.reason.missing");
                }
            } else if (approvedBy != null && reason == null) {
                problems.put("reason", "agency.record.error.reason.missing");
            }
        } else if (approvedBy != null && reason == null) {
            problems.put("reason", "agency.record.error.reason.missing");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            if (problems.containsKey(field)) {
                ordered.put(field, problems.get(field));
            }
        });
        return new Checked(ordered, engagement, checked, failed);
    }

    /**
     * Records the draft if it passes every rule, with {@code alongside} (its audit record) in the same transaction;
     * the authority's row is locked first so two recordings take turns for the next number.
     */
    public Checked record(Register imported, Draft draft, String recordedBy, Runnable alongside) {
        String la = imported.authority().laCode();
        return transaction.execute(status -> {
            jdbc.query("select la_code from authority where la_code = ? for update", (rs, n) -> rs.getString(1), la);
            Checked checked = check(withRecorded(imported), draft);
            if (!checked.saves()) {
                return checked;
            }
            AgencyEngagement e = checked.engagement();
            jdbc.update("insert into agency_engagement_recorded (la_code, engagement_id, worker_id, agency, job_type, start_date,"
                    + " end_date, hours_per_week, hourly_pay, hourly_charge, notice_weeks, reference_on, project_team,"
                    + " override_approved_by, override_reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    la, e.engagementId(), e.workerId(), e.agency(), e.jobType().code(), e.startDate(), e.endDate(), e.hoursPerWeek(),
                    e.hourlyPay(), e.hourlyCharge(), e.noticeWeeks(), e.referenceOn(), e.projectTeam(), e.overrideApprovedBy(),
                    e.overrideReason(), recordedBy, Timestamp.from(clock.instant()));
            alongside.run();
            return checked;
        });
    }

    /** The next free {@code RET-n} of the register (with the engagements recorded in Retain). */
    static String nextId(Register register) {
        int highest = 0;
        for (AgencyEngagement e : register.rows(AgencyEngagementsFile.class)) {
            String id = e.engagementId();
            if (id.startsWith(ID_PREFIX) && id.substring(ID_PREFIX.length()).matches("\\d{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(id.substring(ID_PREFIX.length())));
            }
        }
        return ID_PREFIX + (highest + 1);
    }

    private static BigDecimal decimal(String text, String field, String name, Map<String, String> problems) {
        String value = blankToNull(text);
        if (value == null) {
            problems.put(field, "agency.record.error." + name + ".missing");
            return null;
        }
        if (!value.matches("\\d{1,5}(\\.\\d{1,2})?")) {
            problems.put(field, "agency.record.error." + name + ".number");
            return null;
        }
        return new BigDecimal(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
