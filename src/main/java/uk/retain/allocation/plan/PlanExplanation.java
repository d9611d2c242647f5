package uk.retain.allocation.plan;

import static uk.retain.allocation.Reason.count;
import static uk.retain.allocation.Reason.percent;
import static uk.retain.allocation.Reason.team;
import static uk.retain.allocation.Reason.worker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import uk.retain.allocation.Reason;
import uk.retain.allocation.Reason.Code;
import uk.retain.allocation.Recommendation;
import uk.retain.allocation.Recommendations;
import uk.retain.allocation.UnallocatedCase;
import uk.retain.caseload.ProtectedWork;

/**
 * What a plan whose hard rules all hold does, case by case: each placed case with its worker, loads and reasons,
 * each case left unallocated with what stands in the way. Reasons are codes with typed arguments; none of a
 * recommendation's reasons names its own worker.
 */
final class PlanExplanation {

    private final AllocationProblem problem;
    private final AllocationPlan plan;
    private final Map<Candidate, long[]> added;

    private PlanExplanation(AllocationProblem problem, AllocationPlan plan) {
        this.problem = problem;
        this.plan = plan;
        this.added = PlanLoads.added(plan);
    }

    /**
     * The recommendations and unallocated cases of {@code plan}, each explained; {@code fromChecks} gives, by
     * case_id, why the check after solving took a case out.
     */
    static Recommendations of(AllocationProblem problem, AllocationPlan plan, Map<String, Reason> fromChecks) {
        return new PlanExplanation(problem, plan).explain(fromChecks);
    }

    private Recommendations explain(Map<String, Reason> fromChecks) {
        List<Recommendation> recommended = new ArrayList<>();
        List<UnallocatedCase> unallocated = new ArrayList<>();
        for (Placement p : plan.getPlacements()) {
            if (p.getPrimary() == null) {
                unallocated.add(new UnallocatedCase(p.caseId(), whyUnallocated(p, fromChecks.get(p.caseId()))));
            } else {
                Candidate w = p.getPrimary();
                recommended.add(new Recommendation(p.caseId(), w.workerId(),
                        p.getCoWorker() == null ? null : p.getCoWorker().workerId(), reasons(p),
                        PlanLoads.round(w.percentBefore()), PlanLoads.round(PlanLoads.loadAfter(w, added)), w.cap()));
            }
        }
        recommended.sort(Comparator.comparing(Recommendation::caseId));
        unallocated.sort(Comparator.comparing(UnallocatedCase::caseId));
        return new Recommendations(recommended, unallocated);
    }

    private List<Reason> reasons(Placement p) {
        Candidate w = p.getPrimary();
        List<Reason> reasons = new ArrayList<>();
        if (p.familyId() != null) {
            List<Reason> apart = new ArrayList<>();
            boolean together = p.siblingsHeldBy().getOrDefault(w.workerId(), 0) > 0;
            for (Placement other : plan.getPlacements()) {
                if (other != p && p.familyId().equals(other.familyId()) && other.getPrimary() != null) {
                    if (other.getPrimary() == w) {
                        together = true;
                    } else {
                        apart.add(Reason.of(Code.SIBLING_GOES_TO, new Reason.CaseId(other.caseId()),
                                worker(other.getPrimary().workerId())));
                    }
                }
            }
            if (together) {
                reasons.add(Reason.of(Code.SIBLINGS_TOGETHER));
            }
            p.siblingsHeldBy().forEach((holder, held) -> {
                if (!holder.equals(w.workerId())) {
                    apart.add(Reason.of(Code.SIBLINGS_HELD_BY, worker(holder), count(held)));
                }
            });
            reasons.addAll(apart);
        }
        Placement.Familiarity known = p.knownBy().get(w.workerId());
        if (known != null) {
            reasons.add(Reason.of(switch (known) {
                case CO_WORKS_THE_CASE -> Code.CO_WORKS_THE_CASE;
                case HELD_THE_CHILD -> Code.HELD_THE_CHILD;
                case HELD_THE_FAMILY -> Code.HELD_THE_FAMILY;
            }));
        }
        reasons.add(loadReason(p));
        if (p.teamId() == null && p.locality() != null && p.locality().equals(w.locality())) {
            reasons.add(Reason.of(Code.SAME_LOCALITY, new Reason.Locality(p.locality())));
        }
        if (p.getCoWorker() != null) {
            reasons.add(Reason.of(Code.CO_WORKED_BY, worker(p.getCoWorker().workerId()), new Reason.Role(p.getCoWorker().role()),
                    work(p)));
        } else if (w.newlyQualified() && p.needsProtection() && p.protectedByCurrentCoWorker()) {
            reasons.add(Reason.of(Code.CO_WORKER_STAYS, worker(p.currentCoWorker().workerId()),
                    new Reason.Role(p.currentCoWorker().role()), work(p)));
        }
        return reasons;
    }

    private Reason loadReason(Placement p) {
        Candidate w = p.getPrimary();
        double after = PlanLoads.loadAfter(w, added);
        double lowestOther = Double.MAX_VALUE;
        String lowestWorker = null;
        for (Candidate other : p.getPrimaryCandidates()) {
            if (other != w && PlanLoads.hasRoom(other, p, added)) {
                long[] load = PlanLoads.of(other, added);
                double alternative = other.percentWith(load[0] + 1, load[1] + p.pointsFor(other));
                if (alternative < lowestOther) {
                    lowestOther = alternative;
                    lowestWorker = other.workerId();
                }
            }
        }
        if (lowestWorker == null) {
            return p.teamId() != null ? Reason.of(Code.NOBODY_ELSE_IN_TEAM_HAS_ROOM, team(p.teamId()))
                    : Reason.of(Code.NOBODY_ELSE_HAS_ROOM);
        }
        if (after <= lowestOther + 1e-9) {
            return p.teamId() != null ? Reason.of(Code.LOWEST_LOAD_IN_TEAM, team(p.teamId()), percent(after))
                    : Reason.of(Code.LOWEST_LOAD, percent(after));
        }
        return Reason.of(Code.LOAD_AFTER_ANOTHER_LOWER, percent(after), worker(lowestWorker), percent(lowestOther));
    }

    /**
     * Why a case stays unallocated under the plan: nobody available to hold it, nobody with room, or (for a
     * protected case that only newly qualified workers have room for) no experienced co-worker with room.
     */
    private Reason whyUnallocated(Placement p, Reason fromChecks) {
        List<Candidate> holders = new ArrayList<>();
        for (Candidate c : problem.candidates()) {
            if (c.available() && c.holdsCases() && c.cap() > 0 && (p.teamId() == null || p.teamId().equals(c.teamId()))) {
                holders.add(c);
            }
        }
        Reason.Day day = new Reason.Day(problem.date());
        if (holders.isEmpty()) {
            return p.teamId() == null ? Reason.of(Code.NOBODY_AVAILABLE, day)
                    : Reason.of(Code.NOBODY_AVAILABLE_IN_TEAM, team(p.teamId()), day);
        }
        List<Candidate> withRoom = holders.stream().filter(c -> PlanLoads.hasRoom(c, p, added)).toList();
        if (withRoom.isEmpty()) {
            return p.teamId() == null ? Reason.of(Code.NO_CAPACITY) : Reason.of(Code.NO_CAPACITY_IN_TEAM, team(p.teamId()));
        }
        boolean onlyNewlyQualified = withRoom.stream().allMatch(Candidate::newlyQualified);
        if (p.needsProtection() && onlyNewlyQualified) {
            boolean protector = p.getCoWorkerCandidates().stream().anyMatch(c -> PlanLoads.hasRoomToCoWork(c, p, added))
                    || p.protectedByCurrentCoWorker();
            if (!protector) {
                return p.teamId() == null ? Reason.of(Code.NO_PROTECTOR, work(p))
                        : Reason.of(Code.NO_PROTECTOR_IN_TEAM, work(p), team(p.teamId()));
            }
        }
        if (fromChecks != null) {
            return fromChecks;
        }
        return Reason.of(Code.NOT_PLACED, worker(withRoom.get(0).workerId()));
    }

    static Reason.Work work(Placement p) {
        return new Reason.Work(ProtectedWork.of(p.item()).orElseThrow());
    }
}
