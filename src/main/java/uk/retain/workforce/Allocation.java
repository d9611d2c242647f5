package uk.retain.workforce;

import java.time.LocalDate;

/** A period a worker held a case, as its primary worker or a co-worker. */
public record Allocation(
        String caseId,
        String workerId,
        AllocationRole role,
        LocalDate startDate,
        LocalDate endDate,
        ChangeReason changeReason) {

    public boolean inForceOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public boolean isPrimary() {
        return role == AllocationRole.PRIMARY;
    }
}
