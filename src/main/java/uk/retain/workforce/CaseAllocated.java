package uk.retain.workforce;

import java.time.LocalDate;

/** A case was given to a worker (and a co-worker, or null) from a date. */
public record CaseAllocated(String laCode, String caseId, String workerId, String coWorkerId, LocalDate from, long version) {
}
