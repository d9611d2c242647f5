package uk.retain.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A continuous period in one contract, role, team, post and FTE. Dates are inclusive; a null
 * {@code endDate} means still in force.
 *
 * @param postId the establishment post this row fills (non-agency) or covers (agency), or null
 * @param endReason census ReasonLeave code, present exactly when the row is a leaving
 * @param leaverDestination census LeaverDestination code, or null
 */
public record Employment(
        String workerId,
        Contract contract,
        JobRole jobRole,
        String teamId,
        String postId,
        BigDecimal fte,
        LocalDate startDate,
        LocalDate endDate,
        Integer endReason,
        Integer leaverDestination) {

    public boolean inForceOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public boolean isAgency() {
        return contract.isAgency();
    }
}
