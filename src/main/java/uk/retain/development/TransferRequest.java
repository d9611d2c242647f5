package uk.retain.development;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A worker's request to move from one team to another, and what became of it.
 *
 * @param currentAgrees the current team manager's answer, null until given
 * @param receivingAgrees the receiving team manager's answer, null until given
 * @param moveOn the first day in the new team, once approved
 */
public record TransferRequest(long id, String laCode, String workerId, String fromTeamId, String toTeamId, String reason,
        LocalDate requestedOn, String requestedBy, TransferStatus status, Boolean currentAgrees, String currentBy,
        Boolean receivingAgrees, String receivingBy, LocalDate moveOn, String decidedBy, Instant decidedAt, String decisionNote) {

    public boolean open() {
        return status == TransferStatus.REQUESTED;
    }
}
