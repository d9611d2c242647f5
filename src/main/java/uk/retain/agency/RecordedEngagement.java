package uk.retain.agency;

import java.time.Instant;

/** An agency engagement HR recorded in Retain, not (yet) in an imported {@code agency_engagements.csv}. */
public record RecordedEngagement(AgencyEngagement engagement, String recordedBy, Instant recordedAt) {
}
