package uk.retain.allocation.plan;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The planning solution: the cases to place, with the workers who might take them as problem facts. Its score is
 * hard (a rule of the caseload policy broken), medium (a case left unallocated) and soft (preferences not met), so
 * the solver never trades a rule for a placement, nor a placement for a preference.
 */
@PlanningSolution
public final class AllocationPlan {

    @ProblemFactCollectionProperty
    private List<Candidate> candidates;

    @PlanningEntityCollectionProperty
    private List<Placement> placements;

    @PlanningScore
    private HardMediumSoftScore score;

    AllocationPlan() {
        // for the solver's cloner
    }

    AllocationPlan(List<Candidate> candidates, List<Placement> placements) {
        this.candidates = candidates;
        this.placements = placements;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
