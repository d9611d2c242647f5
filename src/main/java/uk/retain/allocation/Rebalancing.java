package uk.retain.allocation;

import java.util.List;
import java.util.Map;

/**
 * A plan for a team whose workers are over their cap: which of their cases to move, to whom, and why. The cases
 * chosen are the fewest that bring each worker within their cap (and, with weighting on, their points capacity),
 * preferring, in this order, to keep siblings together (a family a worker holds moves whole, or stays), a case whose
 * co-worker could take it on, and a child who has had the fewest primary workers in the year; they are then placed
 * as the recommender places any case, in the team, under the same rules. The workers over cap take none.
 *
 * @param moves the recommendation for each case that can move (its reasons start with why this case moves), and
 *        each case chosen that nobody can take, with why: it stays where it is
 * @param from by case_id, the worker over cap each case moves from (the cases in {@code moves}, placed or not)
 * @param overCap the team's workers over their cap on the date, in worker_id order
 */
public record Rebalancing(String teamId, Recommendations moves, Map<String, String> from, List<OverCap> overCap) {

    public Rebalancing {
        from = Map.copyOf(from);
        overCap = List.copyOf(overCap);
    }

    /**
     * A worker over cap: their cases and points on the date against their cap and capacity, and what the plan's
     * placed moves take off them.
     */
    public record OverCap(String workerId, int cases, int cap, int points, int capacityPoints, boolean weighted,
            int casesMoved, int pointsMoved) {

        /** Whether the worker would still be over their cap (or capacity) with every move accepted. */
        public boolean stillOver() {
            return cases - casesMoved > cap || (weighted && points - pointsMoved > capacityPoints);
        }
    }
}
