package uk.retain.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.Employment;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * {@code agency_engagements.csv} of exchange-format.md: an agency worker's engagement, with its pay, charge and the
 * facts the DfE agency rules check. The worker has agency rows in {@code employments.csv}; {@code end_date} is on or
 * after {@code start_date}; {@code 0 < hours_per_week ≤ 60}; {@code hourly_charge ≥ hourly_pay};
 * {@code notice_weeks} is a whole number from 0 to 52; an override names its reason.
 */
public final class AgencyEngagementsFile extends BundleFileType<AgencyEngagement> {

    public static final String NAME = "agency_engagements.csv";

    static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(60);
    static final int MAX_NOTICE_WEEKS = 52;

    public AgencyEngagementsFile() {
        super(NAME, 160,
                List.of("engagement_id", "worker_id", "agency", "job_type", "start_date", "hours_per_week", "hourly_pay",
                        "hourly_charge", "notice_weeks"),
                List.of("end_date", "reference_on", "project_team", "override_approved_by", "override_reason"),
                "engagement_id");
    }

    @Override
    public AgencyEngagement type(Cells row) {
        String engagementId = row.id("engagement_id");
        String workerId = row.id("worker_id");
        String agency = row.text("agency");
        JobType jobType = row.code("job_type", JobType.class);
        LocalDate startDate = row.date("start_date");
        LocalDate endDate = row.optionalDate("end_date");
        BigDecimal hoursPerWeek = row.decimal("hours_per_week");
        BigDecimal hourlyPay = row.decimal("hourly_pay");
        BigDecimal hourlyCharge = row.decimal("hourly_charge");
        Integer noticeWeeks = row.nonNegativeWholeNumber("notice_weeks");
        LocalDate referenceOn = row.optionalDate("reference_on");
        Boolean projectTeam = row.optionalFlag("project_team");
        String overrideApprovedBy = row.raw("override_approved_by");
        String overrideReason = row.raw("override_reason");

        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            row.problem("end_date", "end_date " + endDate + " is before the start " + startDate);
        }
        if (hoursPerWeek != null && (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(MAX_HOURS_PER_WEEK) > 0)) {
            row.problem("hours_per_week", "hours_per_week must be more than 0 and at most 60, not "
                    + hoursPerWeek.toPlainString());
        }
        if (hourlyPay != null && hourlyCharge != null && hourlyCharge.compareTo(hourlyPay) < 0) {
            row.problem("hourly_charge", "hourly_charge " + hourlyCharge.toPlainString() + " is less than the hourly_pay "
                    + hourlyPay.toPlainString() + ": the charge to the council includes the worker's pay");
        }
        if (noticeWeeks != null && noticeWeeks > MAX_NOTICE_WEEKS) {
            row.problem("notice_weeks", "notice_weeks must be a whole number of weeks from 0 to 52, not " + noticeWeeks);
        }
        if (overrideApprovedBy != null && overrideReason == null) {
            row.problem("override_reason", "an engagement with an override_approved_by needs the override_reason");
        }
        if (!row.valid()) {
            return null;
        }
        return new AgencyEngagement(engagementId, workerId, agency, jobType, startDate, endDate, hoursPerWeek, hourlyPay,
                hourlyCharge, noticeWeeks, referenceOn, projectTeam, overrideApprovedBy, overrideReason);
    }

    @Override
    public List<String> cells(AgencyEngagement e) {
        return Arrays.asList(e.engagementId(), e.workerId(), e.agency(), e.jobType().code(), e.startDate().toString(),
                e.hoursPerWeek().toPlainString(), e.hourlyPay().toPlainString(), e.hourlyCharge().toPlainString(),
                Integer.toString(e.noticeWeeks()), text(e.endDate()), text(e.referenceOn()),
                e.projectTeam() == null ? null : e.projectTeam().toString(), e.overrideApprovedBy(), e.overrideReason());
    }

    /** The worker exists, and is an agency worker: they have at least one agency row in {@code employments.csv}. */
    @Override
    public void check(List<FileRow<AgencyEngagement>> rows, FileChecks checks) {
        for (FileRow<AgencyEngagement> row : rows) {
            String workerId = row.value().workerId();
            checks.refersTo(row.line(), "worker_id", workerId, "workers.csv");
            if (checks.workers().containsKey(workerId)
                    && checks.history(workerId).rows().stream().noneMatch(Employment::isAgency)) {
                checks.problem(row.line(), "worker_id", "worker '" + workerId + "' has no agency row in employments.csv:"
                        + " an agency engagement is for a worker with agency employment rows");
            }
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
