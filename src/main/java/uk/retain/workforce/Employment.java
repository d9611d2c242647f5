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

    /**
     * A worker's main row among {@code rows} (rows of one worker on one day): the one with the largest FTE, ties
     * going to the smallest {@code team_id} compared as strings. The worker counts to this row's team.
     */
    public static Employment main(java.util.List<Employment> rows) {
        Employment main = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
            Employment row = rows.get(i);
            int byFte = row.fte().compareTo(main.fte());
            if (byFte > 0 || (byFte == 0 && row.teamId().compareTo(main.teamId()) < 0)) {
                main = row;
            }
        }
        return main;
    }
}
