package uk.retain.allocation.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.retain.allocation.Acceptance;
import uk.retain.allocation.AllocationFigures;
import uk.retain.allocation.CaseRequest;
import uk.retain.allocation.Rebalancing;
import uk.retain.allocation.Recommendations;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Register;

/**
 * The way into the planning model for the module's public API ({@code Recommender}, {@code GreedyAllocator},
 * {@code AllocationFigures}, {@code Acceptance}). This package is internal to the allocation module: Timefold needs
 * its domain classes public, so they live here rather than beside the API.
 */
public final class Plans {

    private Plans() {
    }

    public static Recommendations recommend(Register register, CaseloadPolicy policy, LocalDate date,
            List<CaseRequest> cases, Optional<String> releaseWorkerId, Duration limit) {
        return solve(new AllocationProblem(register, policy, date, cases, releaseWorkerId), limit);
    }

    /** The recommendations for {@code problem}: searched from the better greedy plan, checked, explained. */
    static Recommendations solve(AllocationProblem problem, Duration limit) {
        AllocationPlan plan = AllocationSolver.solve(start(problem), limit);
        return PlanExplanation.of(problem, plan, RuleCheck.enforce(plan));
    }

    /**
     * Where the search starts: the better (by score) of the baseline's plan and the plan that places families
     * whole. The search only ever keeps a better plan, so the recommendations never leave more cases unallocated,
     * nor break more preferences, than the baseline would.
     */
    static AllocationPlan start(AllocationProblem problem) {
        AllocationPlan baseline = Greedy.eachInTurn(problem.newPlan());
        AllocationPlan families = Greedy.familiesTogether(problem.newPlan());
        return AllocationSolver.score(families).compareTo(AllocationSolver.score(baseline)) >= 0 ? families : baseline;
    }

    public static Recommendations greedy(Register register, CaseloadPolicy policy, LocalDate date,
            List<CaseRequest> cases, Optional<String> releaseWorkerId) {
        return Greedy.allocate(new AllocationProblem(register, policy, date, cases, releaseWorkerId));
    }

    public static AllocationFigures figures(Register register, CaseloadPolicy policy, LocalDate date,
            List<CaseRequest> cases, Optional<String> releaseWorkerId, Recommendations result) {
        return Rescoring.of(new AllocationProblem(register, policy, date, cases, releaseWorkerId), result);
    }

    public static Acceptance acceptance(Register register, CaseloadPolicy policy, LocalDate date, String teamId,
            Map<String, String> cases) {
        return new AcceptanceCheck(register, policy, date, teamId, cases);
    }

    public static Rebalancing rebalance(Register register, CaseloadPolicy policy, LocalDate date, String teamId, Duration limit) {
        return Rebalance.plan(register, policy, date, teamId, limit);
    }
}
