package uk.retain.allocation.plan;

import java.time.Duration;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * The Timefold solver for allocation plans, configured in code (there is no Spring Boot starter for Timefold 2.x).
 *
 * <p>The plan it is given is already complete and keeps every hard rule ({@code Plans.start}); a hill-climbing local
 * search improves it. Each step tries random moves (one case to another worker or co-worker, two cases swapped, or a
 * family given whole to one worker with the co-workers it needs) and takes the first that is at least as good; the
 * search stops when {@value #MOVES_PER_STEP} moves in a row find nothing as good (a local optimum), after
 * {@value #UNIMPROVED_STEPS} steps without a better plan, or after {@value #MAX_MOVES} moves. On the benchmark,
 * late acceptance, tabu search and great deluge found no better plans and took longer. Because the search only keeps
 * a better plan, the answer is never worse, rule for rule, case for case and preference for preference (by score),
 * than the plan it starts from. It is reproducible: a fixed random seed, one thread and limits counted in steps and
 * moves, so the same input always gives the same answer; the time limit is only a safety cap.
 */
final class AllocationSolver {

    static final long RANDOM_SEED = 20_141_001L;
    /** Moves tried in one step: when none of them is at least as good, the plan is a local optimum and the search stops. */
    static final long MOVES_PER_STEP = 5_000;
    /** Steps without a better plan before the search stops. */
    static final int UNIMPROVED_STEPS = 500;
    /** Moves tried in all, at most. */
    static final long MAX_MOVES = 2_000_000;

    private AllocationSolver() {
    }

    static SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(AllocationPlan.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(AllocationConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(RANDOM_SEED)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withPhases(new LocalSearchPhaseConfig()
                        .withLocalSearchType(LocalSearchType.HILL_CLIMBING)
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                .withMoveSelectors(
                                        new ChangeMoveSelectorConfig(),
                                        new SwapMoveSelectorConfig(),
                                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(PlaceTogetherMoves.class))
                                .withSelectedCountLimit(MOVES_PER_STEP))
                        .withTerminationConfig(new TerminationConfig()
                                .withUnimprovedStepCountLimit(UNIMPROVED_STEPS)
                                .withMoveCountLimit(MAX_MOVES)));
    }

    /** Building a factory compiles the constraints: done once. */
    private static final class Holder {
        static final SolverFactory<AllocationPlan> FACTORY = SolverFactory.create(config());
        static final SolutionManager<AllocationPlan, HardMediumSoftScore> MANAGER = SolutionManager.create(FACTORY);
    }

    /** The best plan found within {@code limit}; {@code plan} itself is left as it was. */
    static AllocationPlan solve(AllocationPlan plan, Duration limit) {
        if (plan.getPlacements().isEmpty()) {
            return plan;
        }
        return Holder.FACTORY.buildSolver(new SolverConfigOverride().withTerminationSpentLimit(limit))
                .solve(plan);
    }

    /** Scores {@code plan} as it stands, setting its score. */
    static HardMediumSoftScore score(AllocationPlan plan) {
        return Holder.MANAGER.update(plan);
    }
}
