package uk.retain.caseload;

import java.math.BigDecimal;

import uk.retain.workforce.JobRole;

/**
 * One worker's load on a date against their capacity.
 *
 * @param cases open cases held as primary worker
 * @param cap the most cases the policy allows them
 * @param points weighted points of their cases (primary and co-worked), whether or not weighting is on
 * @param capacityPoints their capacity in points
 * @param weighted whether the policy's weighting is on, so that points count toward the load
 * @param absent whether an absence covers the date
 */
public record WorkerLoad(String workerId, String name, String teamId, JobRole role, BigDecimal fte, int cases, int cap,
        int points, int capacityPoints, boolean weighted, boolean absent) {

    /** The load as a percentage of capacity: cases against the cap and, with weighting on, points against capacity. */
    public Double percent() {
        return percent(cases, points);
    }

    /** What {@link #percent()} would be with {@code cases} and {@code points} instead. */
    public Double percent(int withCases, int withPoints) {
        if (cap == 0) {
            return null;
        }
        double byCases = 100.0 * withCases / cap;
        if (!weighted || capacityPoints == 0) {
            return byCases;
        }
        return Math.max(byCases, 100.0 * withPoints / capacityPoints);
    }

    public boolean overCap() {
        return cases > cap || (weighted && points > capacityPoints);
    }

    /** Whether the worker may take another case of {@code points} as primary without breaking the cap. */
    public boolean hasRoomFor(int morePoints) {
        return cases + 1 <= cap && (!weighted || points + morePoints <= capacityPoints);
    }
}
