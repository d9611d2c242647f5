package uk.retain.allocation.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import uk.retain.allocation.CaseRequest;
import uk.retain.allocation.Recommendation;
import uk.retain.allocation.Recommendations;
import uk.retain.allocation.UnallocatedCase;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * The cases to place and the workers who might take them, as the register and the policy give them on the date:
 * what the solver and the greedy baseline both start from, and how either's result is explained. Building it
 * checks the request; it throws {@link IllegalArgumentException} for a case that already has a primary worker or is
 * not open on the date, a team that does not exist, a case asked for twice, or a worker to release who is not in
 * employment.
 */
final class AllocationProblem {

    private final LocalDate date;
    private final CaseloadPolicy policy;
    private final String releasedWorkerId;
    private final Map<String, Team> teams = new HashMap<>();
    private final List<CaseRequest> requests = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Candidate> candidateById = new HashMap<>();
    private final Map<String, List<Allocation>> allocationsByCase = new HashMap<>();
    private final Map<String, List<Case>> casesByChild = new HashMap<>();
    private final Map<String, List<Case>> casesByFamily = new HashMap<>();

    AllocationProblem(Register register, CaseloadPolicy policy, LocalDate date, List<CaseRequest> asked,
            Optional<String> releaseWorkerId) {
        this.date = date;
        this.policy = policy;
        this.releasedWorkerId = releaseWorkerId.orElse(null);
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
            if (holder != null && !holder.equals(releasedWorkerId)) {
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
        for (WorkerLoad load : caseloads.workers().values()) {
            if (load.workerId().equals(releasedWorkerId)) {
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
                    if (holder != null && !holder.equals(releasedWorkerId)) {
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
    private String primaryOn(String caseId) {
        for (Allocation allocation : allocationsByCase.getOrDefault(caseId, List.of())) {
            if (allocation.isPrimary() && allocation.inForceOn(date)) {
                return allocation.workerId();
            }
        }
        return null;
    }

    // Explaining a plan.

    /** What a plan adds to each worker: [cases as primary, points as primary or co-worker]. */
    static Map<Candidate, long[]> added(AllocationPlan plan) {
        Map<Candidate, long[]> added = new HashMap<>();
        for (Placement p : plan.getPlacements()) {
            if (p.getPrimary() != null) {
                long[] load = added.computeIfAbsent(p.getPrimary(), c -> new long[2]);
                load[0]++;
                load[1] += p.pointsForPrimary();
            }
            if (p.getCoWorker() != null) {
                added.computeIfAbsent(p.getCoWorker(), c -> new long[2])[1] += p.coWorkingPoints();
            }
        }
        return added;
    }

    static double loadAfter(Candidate worker, Map<Candidate, long[]> added) {
        long[] load = added.getOrDefault(worker, new long[2]);
        return worker.percentWith(load[0], load[1]);
    }

    /** Whether {@code worker} could take {@code p} as primary on top of what the plan already gives them. */
    static boolean hasRoom(Candidate worker, Placement p, Map<Candidate, long[]> added) {
        long[] load = added.getOrDefault(worker, new long[2]);
        int points = p.pointsFor(worker);
        return worker.casesBefore() + load[0] + 1 <= worker.cap()
                && (!worker.weighted() || worker.pointsBefore() + load[1] + points <= worker.capacityPoints());
    }

    /** Whether {@code worker} could co-work {@code p} on top of what the plan already gives them. */
    static boolean hasRoomToCoWork(Candidate worker, Placement p, Map<Candidate, long[]> added) {
        long[] load = added.getOrDefault(worker, new long[2]);
        return !worker.weighted() || worker.pointsBefore() + load[1] + p.coWorkingPoints() <= worker.capacityPoints();
    }

    /** The recommendations and unallocated cases of a plan whose hard rules all hold, each explained. */
    Recommendations explain(AllocationPlan plan, Map<String, String> reasonsFromChecks) {
        Map<Candidate, long[]> added = added(plan);
        List<Recommendation> recommended = new ArrayList<>();
        List<UnallocatedCase> unallocated = new ArrayList<>();
        for (Placement p : plan.getPlacements()) {
            if (p.getPrimary() == null) {
                unallocated.add(new UnallocatedCase(p.caseId(), whyUnallocated(p, plan, added,
                        reasonsFromChecks.get(p.caseId()))));
            } else {
                Candidate w = p.getPrimary();
                recommended.add(new Recommendation(p.caseId(), w.workerId(),
                        p.getCoWorker() == null ? null : p.getCoWorker().workerId(), reasons(p, plan, added),
                        round(w.percentBefore()), round(loadAfter(w, added)), w.cap()));
            }
        }
        recommended.sort(java.util.Comparator.comparing(Recommendation::caseId));
        unallocated.sort(java.util.Comparator.comparing(UnallocatedCase::caseId));
        return new Recommendations(recommended, unallocated);
    }

    private List<String> reasons(Placement p, AllocationPlan plan, Map<Candidate, long[]> added) {
        Candidate w = p.getPrimary();
        List<String> reasons = new ArrayList<>();
        if (p.familyId() != null) {
            List<String> apart = new ArrayList<>();
            boolean together = p.siblingsHeldBy().getOrDefault(w.workerId(), 0) > 0;
            for (Placement other : plan.getPlacements()) {
                if (other != p && p.familyId().equals(other.familyId()) && other.getPrimary() != null) {
                    if (other.getPrimary() == w) {
                        together = true;
                    } else {
                        apart.add("sibling case " + other.caseId() + " goes to " + other.getPrimary().workerId());
                    }
                }
            }
            if (together) {
                reasons.add("keeps siblings together with " + w.workerId());
            }
            p.siblingsHeldBy().forEach((holder, count) -> {
                if (!holder.equals(w.workerId())) {
                    apart.add(holder + " holds " + (count == 1 ? "a sibling's case" : count + " siblings' cases"));
                }
            });
            reasons.addAll(apart);
        }
        Placement.Familiarity known = p.knownBy().get(w.workerId());
        if (known != null) {
            reasons.add(switch (known) {
                case CO_WORKS_THE_CASE -> w.workerId() + " already co-works this case";
                case HELD_THE_CHILD -> w.workerId() + " held this child before";
                case HELD_THE_FAMILY -> w.workerId() + " held a case of this family before";
            });
        }
        reasons.add(loadReason(p, added));
        if (p.teamId() == null && p.locality() != null && p.locality().equals(w.locality())) {
            reasons.add("same locality as the case (" + p.locality() + ")");
        }
        if (p.getCoWorker() != null) {
            reasons.add("co-worked by " + roleName(p.getCoWorker()) + " " + p.getCoWorker().workerId()
                    + " because the case is " + protectedWork(p.item()));
        } else if (w.newlyQualified() && p.needsProtection() && p.protectedByCurrentCoWorker()) {
            reasons.add(roleName(p.currentCoWorker()) + " " + p.currentCoWorker().workerId()
                    + " goes on co-working it because the case is " + protectedWork(p.item()));
        }
        return reasons;
    }

    private String loadReason(Placement p, Map<Candidate, long[]> added) {
        Candidate w = p.getPrimary();
        double after = loadAfter(w, added);
        String where = p.teamId() != null ? "in team " + p.teamId() : "of the workers who could take it";
        double lowestOther = Double.MAX_VALUE;
        String lowestWorker = null;
        for (Candidate other : p.getPrimaryCandidates()) {
            if (other != w && hasRoom(other, p, added)) {
                long[] load = added.getOrDefault(other, new long[2]);
                double alternative = other.percentWith(load[0] + 1, load[1] + p.pointsFor(other));
                if (alternative < lowestOther) {
                    lowestOther = alternative;
                    lowestWorker = other.workerId();
                }
            }
        }
        if (lowestWorker == null) {
            return "nobody else " + (p.teamId() != null ? "in team " + p.teamId() + " " : "") + "has room left after these allocations";
        }
        if (after <= lowestOther + 1e-9) {
            return "lowest load " + where + " after allocation (" + percent(after) + ")";
        }
        return "load " + percent(after) + " after allocation; " + lowestWorker + " would be at " + percent(lowestOther);
    }

    /**
     * Why a case stays unallocated under the plan: nobody available to hold it, nobody with room, or (for a
     * protected case that only newly qualified workers have room for) no experienced co-worker with room.
     */
    private String whyUnallocated(Placement p, AllocationPlan plan, Map<Candidate, long[]> added, String fromChecks) {
        String where = p.teamId() == null ? "any team" : "team " + p.teamId();
        List<Candidate> holders = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.available() && c.holdsCases() && c.cap() > 0 && (p.teamId() == null || p.teamId().equals(c.teamId()))) {
                holders.add(c);
            }
        }
        if (holders.isEmpty()) {
            return "no case-holding worker in " + where + " is available on " + date + ": escalate";
        }
        List<Candidate> withRoom = holders.stream().filter(c -> hasRoom(c, p, added)).toList();
        if (withRoom.isEmpty()) {
            return "no capacity in " + where + ": escalate";
        }
        boolean onlyNewlyQualified = withRoom.stream().allMatch(Candidate::newlyQualified);
        if (p.needsProtection() && onlyNewlyQualified) {
            boolean protector = p.getCoWorkerCandidates().stream().anyMatch(c -> hasRoomToCoWork(c, p, added))
                    || p.protectedByCurrentCoWorker();
            if (!protector) {
                return "no advanced practitioner or consultant with room to co-work this "
                        + (p.item().category() == CaseCategory.CHILD_PROTECTION ? "child protection case" : "case in court proceedings")
                        + (p.teamId() == null ? "" : " in team " + p.teamId()) + ": escalate";
            }
        }
        if (fromChecks != null) {
            return fromChecks;
        }
        return "not placed by the recommender although " + withRoom.get(0).workerId() + " in " + where
                + " has room: allocate by hand";
    }

    static String protectedWork(Case item) {
        boolean cp = item.category() == CaseCategory.CHILD_PROTECTION;
        if (cp && item.courtProceedings()) {
            return "child protection and in court proceedings";
        }
        return cp ? "child protection" : "in court proceedings";
    }

    static String roleName(Candidate worker) {
        return worker.role().code().replace('_', ' ');
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value);
    }

    static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
