package uk.retain.allocation.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import uk.retain.allocation.CaseRequest;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.Case;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * The cases to place and the workers who might take them, as the register and the policy give them on the date:
 * what the solver, the greedy baseline and the acceptance check all start from ({@link PlanExplanation} says what
 * a plan of it does). Building it checks the request; it throws {@link IllegalArgumentException} for a case that
 * already has a primary worker (other than a worker released) or is not open on the date, a team that does not
 * exist, a case asked for twice, or a worker to release who is not in employment.
 */
final class AllocationProblem {

    private final LocalDate date;
    private final CaseloadPolicy policy;
    private final Set<String> takingNone;
    private final Map<String, Team> teams = new HashMap<>();
    private final List<CaseRequest> requests = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Candidate> candidateById = new HashMap<>();
    private final Map<String, List<Allocation>> allocationsByCase = new HashMap<>();
    private final Map<String, List<Case>> casesByChild = new HashMap<>();
    private final Map<String, List<Case>> casesByFamily = new HashMap<>();

    AllocationProblem(Register register, CaseloadPolicy policy, LocalDate date, List<CaseRequest> asked,
            Optional<String> releaseWorkerId) {
        this(register, policy, date, asked, Release.of(releaseWorkerId));
    }

    AllocationProblem(Register register, CaseloadPolicy policy, LocalDate date, List<CaseRequest> asked, Release release) {
        this.date = date;
        this.policy = policy;
        this.takingNone = release.takingNone();
        String releasedWorkerId = release.caseloadOf();
        register.teams().forEach(team -> teams.put(team.teamId(), team));
        for (Allocation allocation : register.allocations()) {
            allocationsByCase.computeIfAbsent(allocation.caseId(), id -> new ArrayList<>()).add(allocation);
        }
        for (Case item : register.cases()) {
            casesByChild.computeIfAbsent(item.childId(), id -> new ArrayList<>()).add(item);
            if (item.familyId() != null) {
                casesByFamily.computeIfAbsent(item.familyId(), id -> new ArrayList<>()).add(item);
            }
        }
        Caseloads caseloads = Caseloads.of(register, policy, date);
        WorkerLoad released = null;
        if (releasedWorkerId != null) {
            released = caseloads.workers().get(releasedWorkerId);
            if (released == null) {
                throw new IllegalArgumentException("worker " + releasedWorkerId + " is not in employment on " + date
                        + ": there is no caseload to release");
            }
        }
        Set<String> seen = new HashSet<>();
        for (CaseRequest request : asked) {
            if (!seen.add(request.caseId())) {
                throw new IllegalArgumentException("case " + request.caseId() + " is asked for twice");
            }
            if (!request.item().openOn(date)) {
                throw new IllegalArgumentException("case " + request.caseId() + " is not open on " + date);
            }
            if (request.teamId() != null && !teams.containsKey(request.teamId())) {
                throw new IllegalArgumentException("team " + request.teamId() + " of case " + request.caseId()
                        + " is not a team of the register");
            }
            String holder = primaryOn(request.caseId());
            if (holder != null && !takingNone.contains(holder)) {
                throw new IllegalArgumentException("case " + request.caseId() + " already has a primary worker on "
                        + date + " (" + holder + "): only new or unallocated cases can be placed");
            }
            requests.add(request);
        }
        if (released != null) {
            for (Case item : register.cases()) {
                if (item.openOn(date) && releasedWorkerId.equals(primaryOn(item.caseId())) && seen.add(item.caseId())) {
                    requests.add(CaseRequest.inTeam(item, released.teamId()));
                }
            }
        }
        if (!release.cases().isEmpty()) {
            Map<String, Case> byId = new HashMap<>();
            register.cases().forEach(item -> byId.put(item.caseId(), item));
            release.cases().forEach((caseId, teamId) -> {
                Case item = byId.get(caseId);
                String holder = primaryOn(caseId);
                if (item == null || !item.openOn(date) || holder == null || !takingNone.contains(holder)) {
                    throw new IllegalArgumentException("case " + caseId + " is not held on " + date + " by a worker released");
                }
                if (!seen.add(caseId)) {
                    throw new IllegalArgumentException("case " + caseId + " is asked for twice");
                }
                requests.add(CaseRequest.inTeam(item, teamId));
            });
        }
        for (WorkerLoad load : caseloads.workers().values()) {
            if (takingNone.contains(load.workerId())) {
                continue;
            }
            Team team = teams.get(load.teamId());
            Candidate candidate = new Candidate(load.workerId(), load.teamId(), team == null ? null : team.locality(),
                    load.role(), policy.holdsCases(load.role()), true, load.absent(), load.cases(), load.cap(),
                    load.points(), load.capacityPoints(), load.weighted());
            candidates.add(candidate);
            candidateById.put(candidate.workerId(), candidate);
        }
    }

    LocalDate date() {
        return date;
    }

    /** Every case to place: those asked for, then (when releasing a worker) that worker's cases. */
    List<CaseRequest> requests() {
        return requests;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    /** The worker on the date by worker_id (in employment, not released), or null. */
    Candidate candidate(String workerId) {
        return candidateById.get(workerId);
    }

    CaseloadPolicy policy() {
        return policy;
    }

    /** A fresh plan with every case unplaced. */
    AllocationPlan newPlan() {
        return newPlan(false);
    }

    /**
     * A fresh plan with every case unplaced; with {@code anyWorker}, any worker may be put on any case (the solver
     * refuses a value outside a case's candidates, and a result to be checked may name one).
     */
    AllocationPlan newPlan(boolean anyWorker) {
        Set<String> placing = new HashSet<>();
        requests.forEach(r -> placing.add(r.caseId()));
        List<Placement> placements = new ArrayList<>();
        for (CaseRequest request : requests) {
            placements.add(placement(request, placing, anyWorker));
        }
        return new AllocationPlan(candidates, placements);
    }

    private Placement placement(CaseRequest request, Set<String> placing, boolean anyWorker) {
        Case item = request.item();
        String teamId = request.teamId();
        String locality = request.locality() != null ? request.locality()
                : teamId == null ? null : teams.get(teamId).locality();
        CaseloadPolicy.Weighting weighting = policy.weighting();
        int primaryPoints = weighting.primaryPoints(item.category(), item.courtProceedings());
        int coWorkingPoints = weighting.coWorkingPoints();
        Candidate currentCoWorker = null;
        for (Allocation allocation : allocationsByCase.getOrDefault(item.caseId(), List.of())) {
            if (allocation.role() == AllocationRole.CO_WORKER && allocation.inForceOn(date)) {
                currentCoWorker = candidateById.get(allocation.workerId());
            }
        }
        List<Candidate> primaries = new ArrayList<>();
        List<Candidate> coWorkers = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean inTeam = teamId == null || teamId.equals(c.teamId());
            int points = primaryPoints - (c == currentCoWorker ? coWorkingPoints : 0);
            if (inTeam && c.available() && c.holdsCases() && c.casesBefore() < c.cap()
                    && (!c.weighted() || c.pointsBefore() + points <= c.capacityPoints())) {
                primaries.add(c);
            }
            if (Caseloads.needsProtection(item) && inTeam && c.available() && c.protects()
                    && (!c.weighted() || c.pointsBefore() + coWorkingPoints <= c.capacityPoints())) {
                coWorkers.add(c);
            }
        }
        if (anyWorker) {
            primaries = candidates;
            coWorkers = candidates;
        }
        Map<String, Integer> siblingsHeldBy = new TreeMap<>();
        if (item.familyId() != null) {
            for (Case sibling : casesByFamily.getOrDefault(item.familyId(), List.of())) {
                if (!placing.contains(sibling.caseId()) && !sibling.childId().equals(item.childId()) && sibling.openOn(date)) {
                    String holder = primaryOn(sibling.caseId());
                    if (holder != null) {
                        siblingsHeldBy.merge(holder, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> could = new HashSet<>();
        primaries.forEach(c -> could.add(c.workerId()));
        Map<String, Placement.Familiarity> knownBy = new LinkedHashMap<>();
        if (currentCoWorker != null && could.contains(currentCoWorker.workerId())) {
            knownBy.put(currentCoWorker.workerId(), Placement.Familiarity.CO_WORKS_THE_CASE);
        }
        for (Case earlier : casesByChild.getOrDefault(item.childId(), List.of())) {
            for (Allocation a : allocationsByCase.getOrDefault(earlier.caseId(), List.of())) {
                if (!a.startDate().isAfter(date) && could.contains(a.workerId())) {
                    knownBy.putIfAbsent(a.workerId(), Placement.Familiarity.HELD_THE_CHILD);
                }
            }
        }
        if (item.familyId() != null) {
            for (Case sibling : casesByFamily.getOrDefault(item.familyId(), List.of())) {
                for (Allocation a : allocationsByCase.getOrDefault(sibling.caseId(), List.of())) {
                    if (a.endDate() != null && a.endDate().isBefore(date) && could.contains(a.workerId())) {
                        knownBy.putIfAbsent(a.workerId(), Placement.Familiarity.HELD_THE_FAMILY);
                    }
                }
            }
        }
        return new Placement(item, teamId, locality, primaryPoints, coWorkingPoints, siblingsHeldBy, knownBy,
                currentCoWorker, primaries, coWorkers);
    }

    /** The worker holding {@code caseId} as primary on the date, or null. */
    String primaryOn(String caseId) {
        for (Allocation allocation : allocationsByCase.getOrDefault(caseId, List.of())) {
            if (allocation.isPrimary() && allocation.inForceOn(date)) {
                return allocation.workerId();
            }
        }
        return null;
    }
}
