package uk.retain.allocation;

/**
 * What accepting does to one worker's load: cases held as primary (against their cap) and points (against their
 * capacity, counted only with weighting on) before and after, and the load as a percentage of capacity both times
 * (null for a cap of 0).
 */
public record LoadChange(String workerId, int casesBefore, int casesAfter, int cap, int pointsBefore, int pointsAfter,
        int capacityPoints, boolean weighted, Double percentBefore, Double percentAfter) {
}
