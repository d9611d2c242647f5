package uk.retain.workforce;

import java.time.Instant;

/**
 * A row of a capability file recorded on a page of Retain rather than imported: the file, the row as its descriptor
 * writes it (its cells joined by commas), who recorded it and when. An import that replaces the file drops it.
 */
public record RecordedRow(String fileName, String cells, String recordedBy, Instant recordedAt) {
}
