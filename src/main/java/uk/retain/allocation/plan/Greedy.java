package uk.retain.allocation.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.retain.allocation.Recommendations;

/**
 * Allocation one case (or one family) at a time, never breaking a hard rule: the baseline the recommender is
 * measured against, and the two plans its search may start from.
 */
final class Greedy {

    private Greedy() {
    }

    /** The baseline: each case in turn, in the order given, to the least-loaded worker of its team with room. */
    static Recommendations allocate(AllocationProblem problem) {
        return PlanExplanation.of(problem, eachInTurn(problem.newPlan()), Map.of());
    }

    /** Places every case of {@code plan} as the baseline does; answers the plan. */
    static AllocationPlan eachInTurn(AllocationPlan plan) {
        Map<Candidate, long[]> added = new HashMap<>();
        for (Placement p : plan.getPlacements()) {
            placeWithLeastLoaded(p, added);
        }
        return plan;
    }

    /**
     * Places every case of {@code plan} family by family: a family (its cases among those to place) goes whole to
     * the worker who already holds a sibling, else to one who held the child or family before, else to the
     * least-loaded worker with room for all of it; a family nobody can take whole is placed case by case.
     */
    static AllocationPlan familiesTogether(AllocationPlan plan) {
        Map<String, List<Placement>> groups = new LinkedHashMap<>();
        for (Placement p : plan.getPlacements()) {
            groups.computeIfAbsent(p.familyId() != null ? "family " + p.familyId() : "case " + p.caseId(),
                    key -> new ArrayList<>()).add(p);
        }
        Map<Candidate, long[]> added = new HashMap<>();
        for (List<Placement> group : groups.values()) {
            Placement first = group.get(0);
            List<Candidate> workers = new ArrayList<>(first.getPrimaryCandidates());
            workers.removeIf(w -> group.stream().anyMatch(p -> !p.getPrimaryCandidates().contains(w)));
            workers.sort(Comparator
                    .comparingInt((Candidate w) -> -first.siblingsHeldBy().getOrDefault(w.workerId(), 0))
                    .thenComparing(w -> first.knownBy().containsKey(w.workerId()) ? 0 : 1)
                    .thenComparingDouble(w -> PlanLoads.loadAfter(w, added))
                    .thenComparing(Candidate::workerId));
            boolean placed = false;
            for (Candidate worker : workers) {
                if (placeAll(group, worker, added)) {
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                group.forEach(p -> placeWithLeastLoaded(p, added));
            }
        }
        return plan;
    }

    private static boolean placeAll(List<Placement> group, Candidate worker, Map<Candidate, long[]> added) {
        List<Placement> done = new ArrayList<>();
        for (Placement p : group) {
            if (!place(p, worker, added)) {
                for (Placement undo : done) {
                    unplace(undo, added);
                }
                return false;
            }
            done.add(p);
        }
        return true;
    }

    private static void placeWithLeastLoaded(Placement p, Map<Candidate, long[]> added) {
        List<Candidate> workers = p.getPrimaryCandidates().stream().sorted(leastLoaded(added)).toList();
        for (Candidate worker : workers) {
            if (place(p, worker, added)) {
                return;
            }
        }
    }

    private static Comparator<Candidate> leastLoaded(Map<Candidate, long[]> added) {
        return Comparator.comparingDouble((Candidate c) -> PlanLoads.loadAfter(c, added))
                .thenComparing(Candidate::workerId);
    }

    /**
     * Gives {@code p} to {@code worker} if they have room and, where the protection rule needs one, the
     * least-loaded advanced practitioner or consultant with room co-works it; answers whether it did.
     */
    private static boolean place(Placement p, Candidate worker, Map<Candidate, long[]> added) {
        if (!PlanLoads.hasRoom(worker, p, added)) {
            return false;
        }
        Candidate coWorker = null;
        if (p.needsCoWorkerUnder(worker)) {
            coWorker = p.getCoWorkerCandidates().stream()
                    .filter(c -> c != worker && PlanLoads.hasRoomToCoWork(c, p, added))
                    .min(leastLoaded(added)).orElse(null);
            if (coWorker == null) {
                return false;
            }
        }
        p.assign(worker, coWorker);
        long[] load = added.computeIfAbsent(worker, c -> new long[2]);
        load[0]++;
        load[1] += p.pointsForPrimary();
        if (coWorker != null) {
            added.computeIfAbsent(coWorker, c -> new long[2])[1] += p.coWorkingPoints();
        }
        return true;
    }

    private static void unplace(Placement p, Map<Candidate, long[]> added) {
        long[] load = added.get(p.getPrimary());
        load[0]--;
        load[1] -= p.pointsForPrimary();
        if (p.getCoWorker() != null) {
            added.get(p.getCoWorker())[1] -= p.coWorkingPoints();
        }
        p.assign(null, null);
    }
}
