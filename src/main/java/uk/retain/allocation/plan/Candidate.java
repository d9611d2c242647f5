package uk.retain.allocation.plan;

import uk.retain.workforce.JobRole;

/**
 * A worker who might take a case, with their load on the date before any of the plan's allocations: a problem
 * fact of the plan. Equal by worker_id, with its hash, so anything keyed on workers is the same on every run.
 */
public final class Candidate {

    private final String workerId;
    private final String teamId;
    private final String locality;
    private final JobRole role;
    private final boolean holdsCases;
    private final boolean inEmployment;
    private final boolean absent;
    private final int casesBefore;
    private final int cap;
    private final int pointsBefore;
    private final int capacityPoints;
    private final boolean weighted;

    Candidate(String workerId, String teamId, String locality, JobRole role, boolean holdsCases, boolean inEmployment,
            boolean absent, int casesBefore, int cap, int pointsBefore, int capacityPoints, boolean weighted) {
        this.workerId = workerId;
        this.teamId = teamId;
        this.locality = locality;
        this.role = role;
        this.holdsCases = holdsCases;
        this.inEmployment = inEmployment;
        this.absent = absent;
        this.casesBefore = casesBefore;
        this.cap = cap;
        this.pointsBefore = pointsBefore;
        this.capacityPoints = capacityPoints;
        this.weighted = weighted;
    }

    String workerId() {
        return workerId;
    }

    String teamId() {
        return teamId;
    }

    /** The locality of the worker's team, or null. */
    String locality() {
        return locality;
    }

    JobRole role() {
        return role;
    }

    /** Whether the policy lets the worker's role hold cases. */
    boolean holdsCases() {
        return holdsCases;
    }

    /** In employment and not absent on the date. */
    boolean available() {
        return inEmployment && !absent;
    }

    /** Available, in a case-holding role and with a cap above 0: whose load is balanced. */
    boolean takesCases() {
        return available() && holdsCases && cap > 0;
    }

    boolean absent() {
        return absent;
    }

    boolean inEmployment() {
        return inEmployment;
    }

    boolean newlyQualified() {
        return role.newlyQualified();
    }

    /** An advanced practitioner or consultant social worker: who co-works a newly qualified worker's protected case. */
    boolean protects() {
        return role.protectsNewlyQualified();
    }

    int casesBefore() {
        return casesBefore;
    }

    int cap() {
        return cap;
    }

    int pointsBefore() {
        return pointsBefore;
    }

    int capacityPoints() {
        return capacityPoints;
    }

    /** Whether the points capacity applies (the policy's weighting is on). */
    boolean weighted() {
        return weighted;
    }

    /** Cases over the cap with {@code moreCases} more as primary: 0 when within it. */
    long casesOverCap(long moreCases) {
        return Math.max(0, Math.min(moreCases, casesBefore + moreCases - cap));
    }

    /** Points over capacity with {@code morePoints} more, when weighting is on: 0 when within it or off. */
    long pointsOverCapacity(long morePoints) {
        if (!weighted) {
            return 0;
        }
        return Math.max(0, Math.min(morePoints, pointsBefore + morePoints - capacityPoints));
    }

    /** The load as a percentage of capacity with {@code moreCases} and {@code morePoints} added, as {@code WorkerLoad} reckons it. */
    double percentWith(long moreCases, long morePoints) {
        if (cap == 0) {
            return moreCases == 0 ? 0 : 100.0 * (casesBefore + moreCases);
        }
        double byCases = 100.0 * (casesBefore + moreCases) / cap;
        if (!weighted || capacityPoints == 0) {
            return byCases;
        }
        return Math.max(byCases, 100.0 * (pointsBefore + morePoints) / capacityPoints);
    }

    double percentBefore() {
        return percentWith(0, 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Candidate candidate && workerId.equals(candidate.workerId);
    }

    @Override
    public int hashCode() {
        return workerId.hashCode();
    }

    @Override
    public String toString() {
        return workerId;
    }
}
