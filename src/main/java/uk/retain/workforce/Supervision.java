package uk.retain.workforce;

import java.time.LocalDate;

/** A supervision session held with a worker (the supervisee) by a supervisor. */
public record Supervision(String workerId, String supervisorId, LocalDate date, SupervisionKind kind, int minutes) {
}
