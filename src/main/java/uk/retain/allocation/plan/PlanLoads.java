package uk.retain.allocation.plan;

import java.util.HashMap;
import java.util.Map;

/**
 * What a plan adds to each worker's load, and whether a worker has room for one more case on top of it: the one
 * place the greedy plans, the check after solving, the explanation, the figures and the acceptance check reckon it.
 */
final class PlanLoads {

    private PlanLoads() {
    }

    /** What a plan adds to each worker: [cases as primary, points as primary or co-worker]. */
    static Map<Candidate, long[]> added(AllocationPlan plan) {
        Map<Candidate, long[]> added = new HashMap<>();
        for (Placement p : plan.getPlacements()) {
            add(added, p);
        }
        return added;
    }

    /** Adds {@code p}'s primary and co-worker, if any, to {@code added}. */
    static void add(Map<Candidate, long[]> added, Placement p) {
        if (p.getPrimary() != null) {
            long[] load = added.computeIfAbsent(p.getPrimary(), c -> new long[2]);
            load[0]++;
            load[1] += p.pointsForPrimary();
        }
        if (p.getCoWorker() != null) {
            added.computeIfAbsent(p.getCoWorker(), c -> new long[2])[1] += p.coWorkingPoints();
        }
    }

    static long[] of(Candidate worker, Map<Candidate, long[]> added) {
        return added.getOrDefault(worker, new long[2]);
    }

    static double loadAfter(Candidate worker, Map<Candidate, long[]> added) {
        long[] load = of(worker, added);
        return worker.percentWith(load[0], load[1]);
    }

    /** Whether {@code worker} could take {@code p} as primary on top of what the plan already gives them. */
    static boolean hasRoom(Candidate worker, Placement p, Map<Candidate, long[]> added) {
        return withinCap(worker, added) && withinCapacity(worker, p, added);
    }

    /** Whether one more case as primary keeps {@code worker} within their cap. */
    static boolean withinCap(Candidate worker, Map<Candidate, long[]> added) {
        return worker.casesBefore() + of(worker, added)[0] + 1 <= worker.cap();
    }

    /** Whether {@code p} as primary keeps {@code worker} within their points capacity (always, with weighting off). */
    static boolean withinCapacity(Candidate worker, Placement p, Map<Candidate, long[]> added) {
        return !worker.weighted() || worker.pointsBefore() + of(worker, added)[1] + p.pointsFor(worker) <= worker.capacityPoints();
    }

    /** Whether {@code worker} could co-work {@code p} on top of what the plan already gives them. */
    static boolean hasRoomToCoWork(Candidate worker, Placement p, Map<Candidate, long[]> added) {
        return !worker.weighted() || worker.pointsBefore() + of(worker, added)[1] + p.coWorkingPoints() <= worker.capacityPoints();
    }

    /** A percentage to one decimal, as recommendations give loads. */
    static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
