package uk.retain.allocation.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import uk.retain.allocation.AllocationFigures;
import uk.retain.allocation.Recommendation;
import uk.retain.allocation.Recommendations;

/** Works out the figures of a result again from the problem: the result is put back into a plan and re-scored. */
final class Rescoring {

    private Rescoring() {
    }

    static AllocationFigures of(AllocationProblem problem, Recommendations result) {
        AllocationPlan plan = problem.newPlan();
        long unknownWorkers = put(result, plan);
        // Scored on a plan where any worker may take any case, so a result naming any worker can be checked.
        AllocationPlan open = problem.newPlan(true);
        put(result, open);
        long broken = unknownWorkers - AllocationSolver.score(open).hardScore();

        Map<Candidate, long[]> added = PlanLoads.added(plan);
        double highest = 0;
        for (Candidate worker : added.keySet()) {
            if (added.get(worker)[0] > 0) {
                highest = Math.max(highest, PlanLoads.loadAfter(worker, added));
            }
        }

        Set<String> teams = new TreeSet<>();
        for (Placement p : plan.getPlacements()) {
            if (p.teamId() != null) {
                teams.add(p.teamId());
            } else {
                p.getPrimaryCandidates().forEach(c -> teams.add(c.teamId()));
            }
        }
        double spreadSum = 0;
        int teamCount = 0;
        for (String team : teams) {
            List<Double> loads = new ArrayList<>();
            for (Candidate c : problem.candidates()) {
                if (team.equals(c.teamId()) && c.available() && c.holdsCases() && c.cap() > 0) {
                    loads.add(PlanLoads.loadAfter(c, added));
                }
            }
            if (loads.size() > 1) {
                spreadSum += standardDeviation(loads);
                teamCount++;
            }
        }

        int split = 0;
        List<Placement> placed = plan.getPlacements().stream().filter(p -> p.getPrimary() != null).toList();
        for (int i = 0; i < placed.size(); i++) {
            Placement a = placed.get(i);
            split += a.siblingsHeldApart();
            for (int j = i + 1; j < placed.size(); j++) {
                Placement b = placed.get(j);
                if (a.familyId() != null && a.familyId().equals(b.familyId()) && a.getPrimary() != b.getPrimary()) {
                    split++;
                }
            }
        }
        return new AllocationFigures(PlanLoads.round(highest),
                hundredths(teamCount == 0 ? 0 : spreadSum / teamCount), split,
                result.unallocated().size(), broken);
    }

    /** Puts the workers {@code result} names into {@code plan}; answers how many it names that are not workers on the date. */
    private static long put(Recommendations result, AllocationPlan plan) {
        Map<String, Candidate> byId = new HashMap<>();
        plan.getCandidates().forEach(c -> byId.put(c.workerId(), c));
        long unknown = 0;
        for (Placement p : plan.getPlacements()) {
            Optional<Recommendation> chosen = result.forCase(p.caseId());
            if (chosen.isPresent()) {
                Candidate primary = byId.get(chosen.get().workerId());
                Candidate coWorker = chosen.get().coWorkerId() == null ? null : byId.get(chosen.get().coWorkerId());
                if (primary == null || (chosen.get().coWorkerId() != null && coWorker == null)) {
                    unknown++;
                }
                p.assign(primary, coWorker);
            }
        }
        return unknown;
    }

    /** The spread to two decimals, as the benchmark prints it: one decimal would hide a small difference. */
    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double standardDeviation(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / values.size());
    }
}
