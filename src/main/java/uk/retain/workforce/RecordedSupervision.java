package uk.retain.workforce;

import java.time.Instant;

/**
 * A supervision session recorded in Retain (by a team manager, not in the last imported bundle): the session, how
 * many cases were discussed (supervisions.csv has no such column, so only Retain knows it), who recorded it and
 * when. The case management system does not hold it until it is told ({@link Registers#supervisionsRecordedSince});
 * an import that lacks it drops it, which the import check names first.
 */
public record RecordedSupervision(Supervision session, int casesDiscussed, String recordedBy, Instant recordedAt) {
}
