package uk.retain.development;

import java.time.Instant;
import java.time.LocalDate;

/** A level a worker reached, recorded in Retain, from a day (their job role comes from their employment rows). */
public record LevelChange(long id, String workerId, String levelCode, LocalDate fromDate, String recordedBy, Instant recordedAt) {
}
