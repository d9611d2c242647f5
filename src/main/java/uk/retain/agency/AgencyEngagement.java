package uk.retain.agency;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An agency worker's engagement, with its pay, charge and what the DfE agency rules check.
 *
 * @param agency the agency's name
 * @param endDate the last day, or null while it runs
 * @param hourlyPay £ per hour paid to the worker, with employer National Insurance and the apprenticeship levy: the
 *     part the price cap limits
 * @param hourlyCharge £ per hour the council pays the agency in all, at least {@code hourlyPay}
 * @param noticeWeeks notice the worker must give, in whole weeks (0 to 52)
 * @param referenceOn the day a practice-based reference was received, or null
 * @param projectTeam true when part of a managed project team, null when not said
 * @param overrideApprovedBy who approved going ahead despite a failed check, or null
 * @param overrideReason why, given whenever {@code overrideApprovedBy} is
 */
public record AgencyEngagement(
        String engagementId,
        String workerId,
        String agency,
        JobType jobType,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal hoursPerWeek,
        BigDecimal hourlyPay,
        BigDecimal hourlyCharge,
        int noticeWeeks,
        LocalDate referenceOn,
        Boolean projectTeam,
        String overrideApprovedBy,
        String overrideReason) {

    /** Runs on the day: {@code start_date ≤ day} and ({@code end_date} empty or {@code ≥ day}). */
    public boolean runsOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    /** Whether someone approved going ahead despite a failed check. */
    public boolean approved() {
        return overrideApprovedBy != null;
    }
}
