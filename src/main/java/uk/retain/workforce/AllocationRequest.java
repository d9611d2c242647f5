package uk.retain.workforce;

import java.time.LocalDate;

/**
 * A case given to a worker from a date: the primary worker, a co-worker where one is needed, and, when the case
 * already has a primary worker, why that allocation ends the day before.
 *
 * @param coWorkerId the co-worker, or null
 * @param endingReason why the current primary allocation ends; null when the case has none, and then a case
 *     that does have one is a conflict (someone else allocated it first)
 */
public record AllocationRequest(String laCode, String caseId, String workerId, String coWorkerId, LocalDate from,
        ChangeReason endingReason) {
}
