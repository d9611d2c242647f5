package uk.retain.allocation.plan;

import static uk.retain.allocation.Reason.count;
import static uk.retain.allocation.Reason.worker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.retain.allocation.Acceptance;
import uk.retain.allocation.CaseRequest;
import uk.retain.allocation.HardRule;
import uk.retain.allocation.LoadChange;
import uk.retain.allocation.Outcome;
import uk.retain.allocation.Proposal;
import uk.retain.allocation.Reason;
import uk.retain.allocation.Reason.Code;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Case;
import uk.retain.workforce.Register;

/**
 * {@link Acceptance} on the planning model: the cases become an {@link AllocationProblem} (any worker may be put on
 * any case), each proposal is put into its plan and held to the same rules as the recommender's plans, with the
 * loads {@link PlanLoads} reckons; a plan with no break found is scored as well, so a rule the per-case checks miss
 * still refuses it.
 */
final class AcceptanceCheck implements Acceptance {

    private final String teamId;
    private final Map<String, Reason> stale = new HashMap<>();
    private final AllocationProblem problem;
    private final AllocationPlan plan;
    private final Map<String, Placement> placements = new HashMap<>();

    AcceptanceCheck(Register register, CaseloadPolicy policy, LocalDate date, String teamId, Map<String, String> cases) {
        this.teamId = teamId;
        Map<String, Case> byId = new HashMap<>();
        register.cases().forEach(item -> byId.put(item.caseId(), item));
        Map<String, String> primaries = new HashMap<>();
        register.allocations().forEach(a -> {
            if (a.isPrimary() && a.inForceOn(date)) {
                primaries.put(a.caseId(), a.workerId());
            }
        });
        List<CaseRequest> waiting = new ArrayList<>();
        Map<String, String> released = new LinkedHashMap<>();
        Set<String> holders = new HashSet<>();
        cases.forEach((caseId, from) -> {
            Case item = byId.get(caseId);
            String holder = primaries.get(caseId);
            if (item == null || !item.openOn(date)) {
                stale.put(caseId, Reason.of(Code.CASE_NOT_OPEN));
            } else if (holder == null) {
                waiting.add(CaseRequest.inTeam(item, teamId));
            } else if (holder.equals(from)) {
                released.put(caseId, teamId);
                holders.add(holder);
            } else {
                stale.put(caseId, Reason.of(Code.ALREADY_ALLOCATED, worker(holder)));
            }
        });
        this.problem = new AllocationProblem(register, policy, date, waiting, Release.cases(released, holders));
        this.plan = problem.newPlan(true);
        plan.getPlacements().forEach(p -> placements.put(p.caseId(), p));
    }

    @Override
    public Outcome alone(Proposal proposal) {
        return run(List.of(proposal), false).get(0);
    }

    @Override
    public List<Outcome> together(List<Proposal> proposals) {
        return run(proposals, true);
    }

    /** The outcomes of {@code proposals} made in turn; {@code scored}: the plan is scored too (what is written is). */
    private List<Outcome> run(List<Proposal> proposals, boolean scored) {
        Map<Candidate, long[]> added = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<Placement> assigned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            for (Proposal proposal : proposals) {
                Outcome outcome = check(proposal, added, seen.add(proposal.caseId()));
                outcomes.add(outcome);
                if (outcome.allowed()) {
                    Placement p = placements.get(proposal.caseId());
                    PlanLoads.add(added, p);
                    assigned.add(p);
                }
            }
            if (scored && Acceptance.allowed(outcomes) && !outcomes.isEmpty() && AllocationSolver.score(plan).hardScore() < 0) {
                // A rule the checks above do not name: refuse the last, rather than let it through.
                Outcome last = outcomes.removeLast();
                outcomes.add(new Outcome(last.proposal(), last.primary(), last.coWorker(), List.of(Reason.of(Code.BREAKS_A_RULE))));
            }
            return outcomes;
        } finally {
            assigned.forEach(p -> p.assign(null, null));
        }
    }

    private Outcome check(Proposal proposal, Map<Candidate, long[]> added, boolean first) {
        Candidate primary = problem.candidate(proposal.workerId());
        Candidate coWorker = proposal.coWorkerId() == null ? null : problem.candidate(proposal.coWorkerId());
        Placement p = placements.get(proposal.caseId());
        List<Reason> broken = new ArrayList<>();
        if (stale.containsKey(proposal.caseId())) {
            broken.add(stale.get(proposal.caseId()));
        } else if (p == null || !first) {
            throw new IllegalArgumentException("case " + proposal.caseId() + " is not one of the cases checked, or is proposed twice");
        }
        LoadChange primaryLoad = primary == null || p == null ? null : change(primary, p, added, true);
        LoadChange coWorkerLoad = coWorker == null || p == null ? null : change(coWorker, p, added, false);
        if (!broken.isEmpty()) {
            return new Outcome(proposal, primaryLoad, coWorkerLoad, broken);
        }
        Reason.WorkerId who = worker(proposal.workerId());
        if (primary == null || !primary.available()) {
            broken.add(Reason.of(Code.WORKER_NOT_AVAILABLE, who));
        } else {
            if (!primary.holdsCases()) {
                broken.add(Reason.of(Code.NOT_A_CASE_HOLDER, who));
            }
            if (p.outsideTeam(primary)) {
                broken.add(Reason.of(Code.OUTSIDE_TEAM, who, Reason.team(teamId)));
            }
            if (!PlanLoads.withinCap(primary, added)) {
                broken.add(Reason.of(Code.WOULD_BREAK_CAP, who, count(primaryLoad.casesAfter()), count(primary.cap())));
            }
            if (!PlanLoads.withinCapacity(primary, p, added)) {
                broken.add(Reason.of(Code.WOULD_BREAK_CAPACITY, who, count(primaryLoad.pointsAfter()), count(primary.capacityPoints())));
            }
        }
        if (proposal.coWorkerId() != null) {
            Reason.WorkerId co = worker(proposal.coWorkerId());
            if (coWorker == null || !coWorker.available()) {
                broken.add(Reason.of(Code.WORKER_NOT_AVAILABLE, co));
            } else {
                if (p.outsideTeam(coWorker)) {
                    broken.add(Reason.of(Code.OUTSIDE_TEAM, co, Reason.team(teamId)));
                }
                if (!PlanLoads.hasRoomToCoWork(coWorker, p, added)) {
                    broken.add(Reason.of(Code.WOULD_BREAK_CAPACITY, co, count(coWorkerLoad.pointsAfter()), count(coWorker.capacityPoints())));
                }
                if (coWorker.equals(primary)) {
                    broken.add(Reason.of(Code.BREAKS_RULE, new Reason.RuleBroken(HardRule.CO_WORKER_NOT_THE_PRIMARY)));
                }
            }
        }
        if (primary != null && broken.isEmpty()) {
            p.assign(primary, coWorker);
            if (p.newlyQualifiedAlone()) {
                broken.add(Reason.of(Code.WOULD_BE_ALONE, who, PlanExplanation.work(p)));
            } else if (coWorker != null && !p.needsCoWorker()) {
                broken.add(Reason.of(Code.BREAKS_RULE, new Reason.RuleBroken(HardRule.CO_WORKER_ONLY_WHERE_NEEDED)));
            }
            if (!broken.isEmpty()) {
                p.assign(null, null);
            }
        }
        return new Outcome(proposal, primaryLoad, coWorkerLoad, broken);
    }

    /** The worker's load before (with what the batch already gave them) and after {@code p}. */
    private static LoadChange change(Candidate worker, Placement p, Map<Candidate, long[]> added, boolean asPrimary) {
        long[] load = PlanLoads.of(worker, added);
        long moreCases = asPrimary ? 1 : 0;
        long morePoints = asPrimary ? p.pointsFor(worker) : p.coWorkingPoints();
        return new LoadChange(worker.workerId(), (int) (worker.casesBefore() + load[0]), (int) (worker.casesBefore() + load[0] + moreCases),
                worker.cap(), (int) (worker.pointsBefore() + load[1]), (int) (worker.pointsBefore() + load[1] + morePoints),
                worker.capacityPoints(), worker.weighted(),
                worker.cap() == 0 ? null : PlanLoads.round(worker.percentWith(load[0], load[1])),
                worker.cap() == 0 ? null : PlanLoads.round(worker.percentWith(load[0] + moreCases, load[1] + morePoints)));
    }

    @Override
    public List<Outcome> alternatives(Proposal recommended) {
        Placement p = placements.get(recommended.caseId());
        if (p == null) {
            return List.of();
        }
        List<Outcome> offered = new ArrayList<>();
        for (Candidate c : problem.candidates().stream().sorted(java.util.Comparator.comparing(Candidate::workerId)).toList()) {
            if (c.workerId().equals(recommended.workerId()) || p.outsideTeam(c) || !c.takesCases()) {
                continue;
            }
            String coWorker = p.needsCoWorkerUnder(c) ? recommended.coWorkerId() : null;
            if (p.needsCoWorkerUnder(c) && coWorker == null) {
                continue;
            }
            Outcome outcome = alone(new Proposal(recommended.caseId(), c.workerId(), coWorker));
            if (outcome.allowed()) {
                offered.add(outcome);
            }
        }
        return offered;
    }
}
