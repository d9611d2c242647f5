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
     * going to the smallest {@code team_id} compared as strings, then to the row that started first, then to the
     * job role listed first in the format. The worker counts to this row's team, and holds its job role.
     */
    public static Employment main(java.util.List<Employment> rows) {
        Employment main = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
            Employment row = rows.get(i);
            if (beforeAsMain(row, main)) {
                main = row;
            }
        }
        return main;
    }

    private static boolean beforeAsMain(Employment row, Employment main) {
        int byFte = row.fte().compareTo(main.fte());
        if (byFte != 0) {
            return byFte > 0;
        }
        int byTeam = row.teamId().compareTo(main.teamId());
        if (byTeam != 0) {
            return byTeam < 0;
        }
        int byStart = row.startDate().compareTo(main.startDate());
        if (byStart != 0) {
            return byStart < 0;
        }
        return row.jobRole().ordinal() < main.jobRole().ordinal();
    }
}
