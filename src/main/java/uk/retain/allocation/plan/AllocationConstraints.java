package uk.retain.allocation.plan;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.quad.QuadConstraintStream;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules and preferences of allocation, one constraint each, named as a team manager would say them.
 *
 * <p><b>Hard</b> (one point per break; a case over the cap costs one per case over): the caseload policy's rules,
 * never traded for anything. <b>Medium</b>: each case left unallocated costs 1, so the solver places every case it
 * can without breaking a rule, whatever the preferences. <b>Soft</b>: the preferences, weighted so that each one
 * outweighs the usual effect of the next: siblings with one worker ({@value #SIBLINGS_APART} per sibling pair
 * apart) over a worker who knows the child ({@value #AWAY_FROM_KNOWN_WORKER} per case) over a balanced team (the
 * sum of squared differences from the mean load %, in each team and across the council: giving one case to the
 * worker furthest below the rest rather than to an average one typically saves a few hundred) over the same
 * locality ({@value #OUTSIDE_LOCALITY} per case: it settles near ties in load, it never overloads anyone).
 */
public final class AllocationConstraints implements ConstraintProvider {

    static final String WORKER_AVAILABLE = "Worker in employment and not absent";
    static final String CASE_HOLDING_ROLE = "Worker in a case-holding role";
    static final String WITHIN_TEAM = "Worker in the case's team";
    static final String WITHIN_CAP = "Cases within the worker's cap";
    static final String WITHIN_POINTS = "Points within the worker's capacity";
    static final String NEWLY_QUALIFIED_NEVER_ALONE = "Newly qualified worker never alone on child protection or court work";
    static final String CO_WORKER_ONLY_WHERE_NEEDED = "Co-worker only where the protection rule needs one";
    static final String CO_WORKER_NOT_THE_PRIMARY = "Co-worker is not the primary worker";
    static final String CASE_UNALLOCATED = "Case left unallocated";
    static final String SIBLINGS_TOGETHER = "Siblings with one worker";
    static final String KNOWN_WORKER = "A worker who knows the child";
    static final String BALANCED_LOAD = "Load balanced across the team";
    static final String SAME_LOCALITY = "Same locality as the case";

    static final long SIBLINGS_APART = 20_000;
    static final long AWAY_FROM_KNOWN_WORKER = 10_000;
    static final long OUTSIDE_LOCALITY = 100;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                workerInEmploymentAndNotAbsent(factory),
                caseHoldingRole(factory),
                withinTheCaseTeam(factory),
                casesWithinCap(factory),
                pointsWithinCapacity(factory),
                newlyQualifiedNeverAlone(factory),
                coWorkerOnlyWhereNeeded(factory),
                coWorkerNotThePrimary(factory),
                caseLeftUnallocated(factory),
                siblingsWithOneWorker(factory),
                workerWhoKnowsTheChild(factory),
                loadBalancedAcrossTheTeam(factory),
                sameLocality(factory)
        };
    }

    /**
     * Every case to place, with or without workers: a plain {@code forEach} would drop a case whose co-worker is
     * (rightly) empty.
     */
    private static UniConstraintStream<Placement> placements(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class);
    }

    private static boolean unavailable(Candidate worker) {
        return worker != null && !worker.available();
    }

    private static int breaks(boolean broken) {
        return broken ? 1 : 0;
    }

    // Hard: the caseload policy's rules.

    Constraint workerInEmploymentAndNotAbsent(ConstraintFactory factory) {
        return placements(factory)
                .filter(p -> unavailable(p.getPrimary()) || unavailable(p.getCoWorker()))
                .penalize(HardMediumSoftScore.ONE_HARD, p -> breaks(unavailable(p.getPrimary())) + breaks(unavailable(p.getCoWorker())))
                .asConstraint(WORKER_AVAILABLE);
    }

    Constraint caseHoldingRole(ConstraintFactory factory) {
        return placements(factory)
                .filter(p -> p.getPrimary() != null && !p.getPrimary().holdsCases())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(CASE_HOLDING_ROLE);
    }

    /** When a case must go to a team, both its primary and its co-worker come from that team. */
    Constraint withinTheCaseTeam(ConstraintFactory factory) {
        return placements(factory)
                .filter(p -> p.outsideTeam(p.getPrimary()) || p.outsideTeam(p.getCoWorker()))
                .penalize(HardMediumSoftScore.ONE_HARD, p -> breaks(p.outsideTeam(p.getPrimary())) + breaks(p.outsideTeam(p.getCoWorker())))
                .asConstraint(WITHIN_TEAM);
    }

    /** Only cases held as primary count toward the cap; one point per case over it. */
    Constraint casesWithinCap(ConstraintFactory factory) {
        return placements(factory)
                .filter(p -> p.getPrimary() != null)
                .groupBy(Placement::getPrimary, count())
                .filter((worker, cases) -> worker.casesOverCap(cases) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, (worker, cases) -> worker.casesOverCap(cases))
                .asConstraint(WITHIN_CAP);
    }

    /** With weighting on, primary and co-worked cases both count toward points; one point per point over capacity. */
    Constraint pointsWithinCapacity(ConstraintFactory factory) {
        return workloads(factory)
                .filter((worker, cases, points) -> worker.pointsOverCapacity(points) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, (worker, cases, points) -> worker.pointsOverCapacity(points))
                .asConstraint(WITHIN_POINTS);
    }

    /** Leeds: an ASYE worker holds child protection or court work only with an advanced practitioner or consultant co-working it. */
    Constraint newlyQualifiedNeverAlone(ConstraintFactory factory) {
        return placements(factory)
                .filter(Placement::newlyQualifiedAlone)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(NEWLY_QUALIFIED_NEVER_ALONE);
    }

    Constraint coWorkerOnlyWhereNeeded(ConstraintFactory factory) {
        return placements(factory)
                .filter(p -> p.getCoWorker() != null && !p.needsCoWorker())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(CO_WORKER_ONLY_WHERE_NEEDED);
    }

    Constraint coWorkerNotThePrimary(ConstraintFactory factory) {
        return placements(factory)
                .filter(p -> p.getCoWorker() != null && p.getCoWorker().equals(p.getPrimary()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(CO_WORKER_NOT_THE_PRIMARY);
    }

    // Medium: place every case that can be placed.

    Constraint caseLeftUnallocated(ConstraintFactory factory) {
        return placements(factory)
                .filter(p -> p.getPrimary() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint(CASE_UNALLOCATED);
    }

    // Soft: the preferences, strongest first.

    /**
     * Siblings (one family_id) with one worker: each pair of new sibling cases with different workers, and each
     * sibling already held in the register by someone other than the new case's worker, counts once.
     */
    Constraint siblingsWithOneWorker(ConstraintFactory factory) {
        var splitPairs = placements(factory)
                .filter(p -> p.familyId() != null && p.getPrimary() != null)
                .join(placements(factory).filter(p -> p.familyId() != null && p.getPrimary() != null),
                        Joiners.equal(Placement::familyId), Joiners.lessThan(Placement::caseId),
                        Joiners.filtering((a, b) -> !java.util.Objects.equals(a.getPrimary(), b.getPrimary())));
        // A case apart from siblings the register already holds comes in paired with itself.
        return placements(factory)
                .filter(p -> p.siblingsHeldApart() > 0)
                .concat(splitPairs, p -> p)
                .penalize(HardMediumSoftScore.ofSoft(SIBLINGS_APART), (a, b) -> a == b ? a.siblingsHeldApart() : 1)
                .asConstraint(SIBLINGS_TOGETHER);
    }

    /** A worker who co-works the case now, held this child before, or held a case of the family before. */
    Constraint workerWhoKnowsTheChild(ConstraintFactory factory) {
        return placements(factory)
                .filter(Placement::awayFromWorkersWhoKnowTheChild)
                .penalize(HardMediumSoftScore.ofSoft(AWAY_FROM_KNOWN_WORKER))
                .asConstraint(KNOWN_WORKER);
    }

    /**
     * The spread of load % after allocation within each team, and across the council (which is what settles a case
     * any team may take): the sum of squared differences from the mean (in %², the square of what the benchmark's
     * standard deviation measures), over the workers who can take cases. A case costs least on the worker furthest
     * below the rest, and most on one already above them.
     */
    Constraint loadBalancedAcrossTheTeam(ConstraintFactory factory) {
        return spread(factory, (worker, cases, points) -> worker.teamId())
                .concat(spread(factory, (worker, cases, points) -> COUNCIL))
                .penalize(HardMediumSoftScore.ONE_SOFT, (group, sum, sumOfSquares, workers) ->
                        squaredDeviation(sum, sumOfSquares, workers))
                .asConstraint(BALANCED_LOAD);
    }

    /** The group key of the whole council (team ids are never empty). */
    private static final String COUNCIL = "";

    private static QuadConstraintStream<String, Long, Long, Long> spread(ConstraintFactory factory,
            TriFunction<Candidate, Long, Long, String> group) {
        return loadsAfter(factory)
                .groupBy(group,
                        sum((Candidate worker, Long cases, Long points) -> tenthsOfPercent(worker, cases, points)),
                        sum((Candidate worker, Long cases, Long points) -> {
                            long tenths = tenthsOfPercent(worker, cases, points);
                            return tenths * tenths;
                        }),
                        ConstraintCollectors.countTri());
    }

    private static long tenthsOfPercent(Candidate worker, long cases, long points) {
        return Math.round(worker.percentWith(cases, points) * 10);
    }

    /** Σ(x − mean)² in %², from Σx and Σx² in tenths of a percent. */
    static long squaredDeviation(long sum, long sumOfSquares, long count) {
        return Math.round((sumOfSquares - (double) sum * sum / count) / 100);
    }

    Constraint sameLocality(ConstraintFactory factory) {
        return placements(factory)
                .filter(Placement::outsideLocality)
                .penalize(HardMediumSoftScore.ofSoft(OUTSIDE_LOCALITY))
                .asConstraint(SAME_LOCALITY);
    }

    /**
     * Every worker who can take cases (available, in a case-holding role, with a cap), with what the plan adds to
     * them, nothing included.
     */
    private static TriConstraintStream<Candidate, Long, Long> loadsAfter(ConstraintFactory factory) {
        TriConstraintStream<Candidate, Integer, Integer> everyone = factory.forEach(Candidate.class)
                .filter(Candidate::takesCases)
                .map(worker -> worker, worker -> 0, worker -> 0);
        return everyone.concat(contributions(factory))
                .groupBy((worker, cases, points) -> worker,
                        sum((Candidate worker, Integer cases, Integer points) -> cases),
                        sum((Candidate worker, Integer cases, Integer points) -> points))
                .filter((worker, cases, points) -> worker.takesCases());
    }

    /** What the plan adds to each worker it uses: cases as primary, and points as primary or co-worker. */
    private static TriConstraintStream<Candidate, Long, Long> workloads(ConstraintFactory factory) {
        return contributions(factory)
                .groupBy((worker, cases, points) -> worker,
                        sum((Candidate worker, Integer cases, Integer points) -> cases),
                        sum((Candidate worker, Integer cases, Integer points) -> points));
    }

    /** One (worker, 1 case, its points) per primary placement and one (worker, 0, co-working points) per co-worker. */
    private static TriConstraintStream<Candidate, Integer, Integer> contributions(ConstraintFactory factory) {
        TriConstraintStream<Candidate, Integer, Integer> asPrimary = placements(factory)
                .filter(p -> p.getPrimary() != null)
                .map(Placement::getPrimary, p -> 1, Placement::pointsForPrimary);
        TriConstraintStream<Candidate, Integer, Integer> asCoWorker = placements(factory)
                .filter(p -> p.getCoWorker() != null)
                .map(Placement::getCoWorker, p -> 0, Placement::coWorkingPoints);
        return asPrimary.concat(asCoWorker);
    }
}
