package uk.retain.allocation.plan;

import static uk.retain.allocation.Reason.count;
import static uk.retain.allocation.Reason.worker;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.retain.allocation.Reason;
import uk.retain.allocation.Reason.Code;
import uk.retain.allocation.Rebalancing;
import uk.retain.allocation.Recommendation;
import uk.retain.allocation.Recommendations;
import uk.retain.allocation.UnallocatedCase;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.Continuity;
import uk.retain.caseload.WorkerLoad;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Case;
import uk.retain.workforce.Register;

/**
 * A rebalancing plan ({@link Rebalancing}): choosing the cases to move from each worker over cap, then placing them
 * as a release of part of each caseload, the recommender's reallocation plan for only those cases. A case chosen
 * that the plan cannot place is put aside and another chosen in its stead, for a few rounds.
 */
final class Rebalance {

    /** Rounds of choosing again in place of the cases nobody could take. */
    private static final int ROUNDS = 3;

    private final Register register;
    private final CaseloadPolicy policy;
    private final LocalDate date;
    private final String teamId;
    private final List<WorkerLoad> overCap;
    private final Map<String, List<Case>> casesOf = new LinkedHashMap<>();
    private final Map<String, Integer> workersOfChild;
    private final Map<String, Placement> trial = new HashMap<>();
    private final Set<String> holders = new HashSet<>();

    private Rebalance(Register register, CaseloadPolicy policy, LocalDate date, String teamId) {
        this.register = register;
        this.policy = policy;
        this.date = date;
        this.teamId = teamId;
        if (register.teams().stream().noneMatch(team -> team.teamId().equals(teamId))) {
            throw new IllegalArgumentException("team " + teamId + " is not a team of the register");
        }
        this.overCap = Caseloads.of(register, policy, date).team(teamId).stream().filter(WorkerLoad::overCap).toList();
        overCap.forEach(load -> holders.add(load.workerId()));
        Map<String, Case> byId = new HashMap<>();
        register.cases().forEach(item -> byId.put(item.caseId(), item));
        overCap.forEach(load -> casesOf.put(load.workerId(), new ArrayList<>()));
        for (Allocation a : register.allocations()) {
            Case item = byId.get(a.caseId());
            if (a.isPrimary() && a.inForceOn(date) && holders.contains(a.workerId()) && item != null && item.openOn(date)) {
                casesOf.get(a.workerId()).add(item);
            }
        }
        casesOf.values().forEach(list -> list.sort(Comparator.comparing(Case::caseId)));
        this.workersOfChild = Continuity.primaryWorkersInYear(register, date);
        // Every case of the workers over cap released at once: who could take each, who co-works it.
        Map<String, String> all = new LinkedHashMap<>();
        casesOf.values().forEach(list -> list.forEach(item -> all.put(item.caseId(), teamId)));
        new AllocationProblem(register, policy, date, List.of(), Release.cases(all, holders)).newPlan()
                .getPlacements().forEach(p -> trial.put(p.caseId(), p));
    }

    static Rebalancing plan(Register register, CaseloadPolicy policy, LocalDate date, String teamId, Duration limit) {
        return new Rebalance(register, policy, date, teamId).plan(limit);
    }

    private Rebalancing plan(Duration limit) {
        Set<String> putAside = new HashSet<>();
        Map<String, Chosen> chosen = choose(putAside);
        Recommendations placed = place(chosen, limit);
        for (int round = 1; round < ROUNDS && !placed.unallocated().isEmpty(); round++) {
            placed.unallocated().forEach(u -> putAside.add(u.caseId()));
            Map<String, Chosen> again = choose(putAside);
            if (again.keySet().equals(chosen.keySet()) || again.isEmpty()) {
                break;
            }
            Recommendations better = place(again, limit);
            if (better.recommendations().size() < placed.recommendations().size()) {
                break;
            }
            chosen = again;
            placed = better;
        }
        Map<String, Chosen> finalChoice = chosen;
        List<Recommendation> moves = placed.recommendations().stream()
                .map(r -> r.withReasonsFirst(finalChoice.get(r.caseId()).why())).toList();
        List<UnallocatedCase> staying = placed.unallocated();
        Map<String, String> from = new HashMap<>();
        chosen.forEach((caseId, c) -> from.put(caseId, c.from()));
        List<Rebalancing.OverCap> over = new ArrayList<>();
        for (WorkerLoad load : overCap) {
            int cases = 0;
            int points = 0;
            for (Recommendation r : moves) {
                if (from.get(r.caseId()).equals(load.workerId())) {
                    cases++;
                    points += trial.get(r.caseId()).pointsFor(null);
                }
            }
            over.add(new Rebalancing.OverCap(load.workerId(), load.cases(), load.cap(), load.points(), load.capacityPoints(),
                    load.weighted(), cases, points));
        }
        return new Rebalancing(teamId, new Recommendations(moves, staying), from, over);
    }

    private Recommendations place(Map<String, Chosen> chosen, Duration limit) {
        Map<String, String> cases = new LinkedHashMap<>();
        chosen.keySet().stream().sorted().forEach(caseId -> cases.put(caseId, teamId));
        return Plans.solve(new AllocationProblem(register, policy, date, List.of(), Release.cases(cases, holders)), limit);
    }

    /** A case chosen to move, the worker it moves from, and why this one. */
    private record Chosen(String from, List<Reason> why) {
    }

    /** A worker's cases of one family (or one case without a family): what moves whole to keep siblings together. */
    private record Unit(List<Case> cases, int points, boolean coWorkerCanTake, int mostWorkers) {
    }

    /** The cases to move from every worker over cap, leaving out {@code putAside}. */
    private Map<String, Chosen> choose(Set<String> putAside) {
        Map<String, Chosen> chosen = new LinkedHashMap<>();
        for (WorkerLoad load : overCap) {
            int excessCases = Math.max(0, load.cases() - load.cap());
            int excessPoints = load.weighted() ? Math.max(0, load.points() - load.capacityPoints()) : 0;
            Reason overWhat = excessCases > 0
                    ? Reason.of(Code.MOVES_FROM_OVER_CAP, worker(load.workerId()), count(load.cases()), count(load.cap()))
                    : Reason.of(Code.MOVES_FROM_OVER_CAPACITY, worker(load.workerId()), count(load.points()), count(load.capacityPoints()));
            List<Unit> units = units(casesOf.get(load.workerId()), putAside);
            List<Unit> left = new ArrayList<>();
            // Whole families (and single cases) first, while they fit in what must go.
            for (Unit unit : units) {
                boolean fits = excessCases > 0 ? unit.cases().size() <= excessCases : excessPoints > 0;
                if (fits) {
                    for (Case item : unit.cases()) {
                        chosen.put(item.caseId(), new Chosen(load.workerId(), why(overWhat, item, unit.cases().size())));
                    }
                    excessCases -= unit.cases().size();
                    excessPoints -= unit.points();
                } else {
                    left.add(unit);
                }
            }
            // Then, only when no whole family fits any more, cases one by one: siblings split. Last, cases nobody
            // seems able to take, so that the plan says why they stay.
            List<Case> singly = new ArrayList<>(left.stream().flatMap(unit -> unit.cases().stream()).sorted(caseOrder()).toList());
            casesOf.get(load.workerId()).stream().filter(item -> !chosen.containsKey(item.caseId()) && !singly.contains(item))
                    .sorted(caseOrder()).forEach(singly::add);
            for (Case item : singly) {
                if (excessCases <= 0 && excessPoints <= 0) {
                    break;
                }
                chosen.put(item.caseId(), new Chosen(load.workerId(), why(overWhat, item, 1)));
                excessCases--;
                excessPoints -= trial.get(item.caseId()).pointsFor(null);
            }
        }
        return chosen;
    }

    private List<Reason> why(Reason overWhat, Case item, int together) {
        List<Reason> why = new ArrayList<>();
        why.add(overWhat);
        if (together > 1) {
            why.add(Reason.of(Code.FAMILY_MOVES_TOGETHER, count(together)));
        }
        why.add(Reason.of(Code.FEWEST_WORKERS, count(workersOfChild.getOrDefault(item.childId(), 0))));
        return why;
    }

    /** The worker's movable cases grouped by family, in order of preference. */
    private List<Unit> units(List<Case> cases, Set<String> putAside) {
        Map<String, List<Case>> groups = new LinkedHashMap<>();
        for (Case item : cases) {
            groups.computeIfAbsent(item.familyId() == null ? "case " + item.caseId() : "family " + item.familyId(),
                    key -> new ArrayList<>()).add(item);
        }
        List<Unit> units = new ArrayList<>();
        for (List<Case> group : groups.values()) {
            if (group.stream().allMatch(this::movable) && group.stream().noneMatch(item -> putAside.contains(item.caseId()))) {
                units.add(new Unit(group, group.stream().mapToInt(item -> trial.get(item.caseId()).pointsFor(null)).sum(),
                        group.stream().anyMatch(this::coWorkerCanTake),
                        group.stream().mapToInt(item -> workersOfChild.getOrDefault(item.childId(), 0)).max().orElse(0)));
            }
        }
        units.sort(Comparator.comparing((Unit u) -> u.coWorkerCanTake() ? 0 : 1)
                .thenComparingInt(Unit::mostWorkers)
                .thenComparingInt(u -> u.cases().size())
                .thenComparing(u -> u.cases().get(0).caseId()));
        return units;
    }

    private Comparator<Case> caseOrder() {
        return Comparator.comparing((Case item) -> coWorkerCanTake(item) ? 0 : 1)
                .thenComparingInt(item -> workersOfChild.getOrDefault(item.childId(), 0))
                .thenComparing(Case::caseId);
    }

    /**
     * Whether anyone in the team could take the case before any move: a worker with room who may hold it alone, or
     * a newly qualified one with room and an advanced practitioner or consultant who could co-work it.
     */
    private boolean movable(Case item) {
        Placement p = trial.get(item.caseId());
        return p.getPrimaryCandidates().stream().anyMatch(c -> !p.needsCoWorkerUnder(c)
                || p.getCoWorkerCandidates().stream().anyMatch(co -> !co.equals(c)));
    }

    /** Whether the worker co-working the case could take it on as primary. */
    private boolean coWorkerCanTake(Case item) {
        Placement p = trial.get(item.caseId());
        return p.currentCoWorker() != null && p.getPrimaryCandidates().contains(p.currentCoWorker());
    }
}
