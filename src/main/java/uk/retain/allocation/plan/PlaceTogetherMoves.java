package uk.retain.allocation.plan;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

/**
 * Random {@link PlaceTogetherMove}s for the local search: a random case, the family it belongs to among the cases
 * to place, and a random worker who may take it; siblings whose team rules that worker out stay where they are.
 */
public final class PlaceTogetherMoves implements MoveIteratorFactory<AllocationPlan, PlaceTogetherMove> {

    @Override
    public long getSize(ScoreDirector<AllocationPlan> scoreDirector) {
        long size = 0;
        for (Placement p : scoreDirector.getWorkingSolution().getPlacements()) {
            size += p.getPrimaryCandidates().size();
        }
        return size;
    }

    @Override
    public Iterator<PlaceTogetherMove> createOriginalMoveIterator(ScoreDirector<AllocationPlan> scoreDirector) {
        Map<String, List<Placement>> families = families(scoreDirector.getWorkingSolution());
        List<PlaceTogetherMove> moves = new ArrayList<>();
        for (Placement p : scoreDirector.getWorkingSolution().getPlacements()) {
            for (Candidate worker : p.getPrimaryCandidates()) {
                moves.add(move(group(p, families), worker, null));
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<PlaceTogetherMove> createRandomMoveIterator(ScoreDirector<AllocationPlan> scoreDirector,
            RandomGenerator random) {
        List<Placement> placements = scoreDirector.getWorkingSolution().getPlacements().stream()
                .filter(p -> !p.getPrimaryCandidates().isEmpty()).toList();
        Map<String, List<Placement>> families = families(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !placements.isEmpty();
            }

            @Override
            public PlaceTogetherMove next() {
                Placement p = placements.get(random.nextInt(placements.size()));
                Candidate worker = p.getPrimaryCandidates().get(random.nextInt(p.getPrimaryCandidates().size()));
                return move(group(p, families), worker, random);
            }
        };
    }

    private static Map<String, List<Placement>> families(AllocationPlan plan) {
        Map<String, List<Placement>> families = new LinkedHashMap<>();
        for (Placement p : plan.getPlacements()) {
            if (p.familyId() != null) {
                families.computeIfAbsent(p.familyId(), id -> new ArrayList<>()).add(p);
            }
        }
        return families;
    }

    private static List<Placement> group(Placement p, Map<String, List<Placement>> families) {
        return p.familyId() == null ? List.of(p) : families.get(p.familyId());
    }

    private static PlaceTogetherMove move(List<Placement> family, Candidate worker, RandomGenerator random) {
        List<Placement> group = new ArrayList<>();
        List<Candidate> coWorkers = new ArrayList<>();
        for (Placement member : family) {
            if (!member.getPrimaryCandidates().contains(worker)) {
                continue;
            }
            group.add(member);
            Candidate coWorker = null;
            if (member.needsCoWorkerUnder(worker)) {
                List<Candidate> protectors = member.getCoWorkerCandidates().stream().filter(c -> c != worker).toList();
                if (!protectors.isEmpty()) {
                    coWorker = protectors.get(random == null ? 0 : random.nextInt(protectors.size()));
                }
            }
            coWorkers.add(coWorker);
        }
        return new PlaceTogetherMove(group, worker, coWorkers);
    }
}
