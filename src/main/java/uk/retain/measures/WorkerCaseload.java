package uk.retain.measures;

/** The number of open cases a worker holds as the primary worker on the reference date. */
public record WorkerCaseload(String workerId, int cases) {
}
