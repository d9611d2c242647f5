/**
 * Recommending who should take a case: for a set of new or unallocated cases, a primary worker (and an advanced
 * practitioner or consultant co-worker where a newly qualified worker needs one) for each, under the caseload
 * policy's hard rules, explained case by case, or the reason a case cannot be placed.
 *
 * <p>{@link uk.retain.allocation.Recommender#recommend} is the way in: it takes a register, a
 * {@link uk.retain.caseload.CaseloadPolicy}, a date and the {@link uk.retain.allocation.CaseRequest}s, and answers
 * {@link uk.retain.allocation.Recommendations}; with a worker to release it plans the reallocation of that worker's
 * whole caseload, and {@link uk.retain.allocation.Recommender#rebalance} plans moving cases from a team's workers
 * over cap. Reasons are {@link uk.retain.allocation.Reason} codes with typed arguments, put into words by
 * {@link uk.retain.allocation.Wording}. {@link uk.retain.allocation.Acceptance} checks a manager's allocations
 * against every hard rule on the register as it stands. {@link uk.retain.allocation.GreedyAllocator} is the simple
 * baseline the recommender is measured against, and {@link uk.retain.allocation.AllocationFigures} the figures both
 * are compared on.
 *
 * <p>Inside, the recommender is a Timefold Solver model in plain Java ({@code AllocationPlan}, {@code Placement},
 * {@code Candidate}, {@code AllocationConstraints}): no Spring, no clock, a fixed random seed, so the same input
 * always gives the same recommendations. It only recommends and checks: writing an allocation belongs to the caller
 * (the recommendations page, through {@code Registers.allocateAll}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Allocation",
        allowedDependencies = {"workforce", "caseload", "people", "web"})
package uk.retain.allocation;
