package uk.retain.allocation.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;
import uk.retain.allocation.CaseRequest;
import uk.retain.allocation.Recommendation;
import uk.retain.allocation.Recommendations;
import uk.retain.allocation.Recommender;
import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.TeamCaseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.people.AuditTrail;
import uk.retain.people.AuditTrail.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.AllocationConflictException;
import uk.retain.workforce.AllocationRequest;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Registers.StoredRegister;
import uk.retain.workforce.Worker;

/**
 * A team manager asks for recommendations for their team's unallocated queue, or for a plan to hand on the whole
 * caseload of a worker who leaves or goes on long absence, reads why each worker was chosen and the load before
 * and after, and accepts them one by one. The recommendations are kept in the manager's session, so an acceptance
 * names only the case: the worker comes from what Retain recommended, never from the form. Accepting re-checks the
 * case in the database, so two managers accepting at once give it one primary.
 */
@Controller
class RecommendationsController {

    private final Registers registers;
    private final CaseloadPolicies policies;
    private final Viewers viewers;
    private final AuditTrail audit;
    private final Clock clock;

    RecommendationsController(Registers registers, CaseloadPolicies policies, Viewers viewers, AuditTrail audit, Clock clock) {
        this.registers = registers;
        this.policies = policies;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a manager was recommended, for one team, on one day, from one version of the register: for the queue, or
     * a reallocation plan for {@code releasedWorkerId}'s cases, whose allocations then end for {@code endingReason}.
     */
    record Held(String teamId, LocalDate date, long version, Recommendations recommendations, String releasedWorkerId,
            ChangeReason endingReason) implements Serializable {

        Held with(Recommendations left) {
            return new Held(teamId, date, version, left, releasedWorkerId, endingReason);
        }
    }

    /** Why a worker's caseload is handed on, as the manager chooses it, and the change_reason it is recorded with. */
    enum Release {
        LEAVING(ChangeReason.WORKER_LEFT), LONG_ABSENCE(ChangeReason.OTHER), MOVING_TEAM(ChangeReason.WORKER_MOVED);

        final ChangeReason endingReason;

        Release(ChangeReason endingReason) {
            this.endingReason = endingReason;
        }
    }

    @PostMapping("/teams/{teamId}/recommendations")
    String recommend(@PathVariable String teamId, HttpSession session) {
        Viewer viewer = manager(teamId);
        StoredRegister stored = registers.find(viewer.laCode()).orElseThrow(PageNotFound::new);
        Register register = stored.register();
        LocalDate today = LocalDate.now(clock);
        CaseloadPolicy policy = policies.of(viewer.laCode());
        TeamCaseloads team = TeamCaseloads.of(register, Caseloads.of(register, policy, today), teamId);
        List<CaseRequest> queue = team.queue().stream().map(q -> CaseRequest.inTeam(q.waiting().item(), teamId)).toList();
        Recommendations recommendations = queue.isEmpty() ? new Recommendations(List.of(), List.of())
                : Recommender.recommend(register, policy, today, queue, Optional.empty(), Recommender.DEFAULT_LIMIT);
        held(session).put(teamId, new Held(teamId, today, stored.version(), recommendations, null, null));
        audit.record(viewer, Action.VIEW, "team", teamId, "recommendations for " + queue.size() + " case(s)");
        return "redirect:/teams/" + teamId + "/recommendations";
    }

    /**
     * A plan for handing on every case {@code worker} holds as primary today, under the same rules as the queue,
     * keeping siblings together and preferring the worker already co-working a case. Only a worker of the team
     * with cases can be released; anyone else is refused as not found.
     */
    @PostMapping("/teams/{teamId}/reallocation")
    String planReallocation(@PathVariable String teamId, @RequestParam("worker") String workerId,
            @RequestParam("reason") Release reason, HttpSession session) {
        Viewer viewer = manager(teamId);
        StoredRegister stored = registers.find(viewer.laCode()).orElseThrow(PageNotFound::new);
        Register register = stored.register();
        LocalDate today = LocalDate.now(clock);
        CaseloadPolicy policy = policies.of(viewer.laCode());
        if (!releasable(Caseloads.of(register, policy, today), teamId).contains(workerId)) {
            throw new PageNotFound();
        }
        Recommendations plan = Recommender.recommend(register, policy, today, List.of(), Optional.of(workerId),
                Recommender.DEFAULT_LIMIT);
        held(session).put(teamId, new Held(teamId, today, stored.version(), plan, workerId, reason.endingReason));
        audit.record(viewer, Action.VIEW, "worker", workerId, "reallocation plan for "
                + (plan.recommendations().size() + plan.unallocated().size()) + " case(s)");
        return "redirect:/teams/" + teamId + "/recommendations";
    }

    /** A case the released worker co-works, with its primary worker, who will need another co-worker. */
    record CoWorked(String caseId, String primaryWorkerId) {
    }

    /**
     * The cases {@code workerId} co-works on {@code day}: not part of the plan (it places primary workers), but
     * the manager must find each another co-worker where a newly qualified primary worker needs one.
     */
    private static List<CoWorked> coWorked(Register register, String workerId, LocalDate day) {
        Map<String, String> primaryByCase = new HashMap<>();
        List<String> coWorkedCases = new ArrayList<>();
        for (var allocation : register.allocations()) {
            if (allocation.inForceOn(day)) {
                if (allocation.isPrimary()) {
                    primaryByCase.put(allocation.caseId(), allocation.workerId());
                } else if (allocation.workerId().equals(workerId)) {
                    coWorkedCases.add(allocation.caseId());
                }
            }
        }
        return coWorkedCases.stream().sorted().map(caseId -> new CoWorked(caseId, primaryByCase.get(caseId))).toList();
    }

    /** The team's workers who hold cases as primary on the day: the ones whose caseload can be handed on. */
    private static List<String> releasable(Caseloads caseloads, String teamId) {
        return caseloads.team(teamId).stream().filter(load -> load.cases() > 0).map(WorkerLoad::workerId).toList();
    }

    @GetMapping("/teams/{teamId}/recommendations")
    String show(@PathVariable String teamId, HttpSession session, Model model) {
        Viewer viewer = manager(teamId);
        Register register = registers.find(viewer.laCode()).orElseThrow(PageNotFound::new).register();
        Map<String, String> names = new HashMap<>();
        for (Worker worker : register.workers()) {
            names.put(worker.workerId(), worker.givenName() + " " + worker.familyName());
        }
        Held held = held(session).get(teamId);
        Map<String, List<String>> alternatives = new HashMap<>();
        CaseloadPolicy policy = policies.of(viewer.laCode());
        LocalDate today = LocalDate.now(clock);
        Caseloads caseloads = Caseloads.of(register, policy, held == null ? today : held.date());
        if (held != null) {
            for (Recommendation r : held.recommendations().recommendations()) {
                alternatives.put(r.caseId(), alternatives(register, policy, caseloads, teamId, held, r));
            }
        }
        model.addAttribute("teamId", teamId);
        model.addAttribute("held", held);
        model.addAttribute("names", names);
        model.addAttribute("alternatives", alternatives);
        model.addAttribute("releasable", releasable(held == null || held.date().equals(today) ? caseloads
                : Caseloads.of(register, policy, today), teamId));
        model.addAttribute("coWorked", held == null || held.releasedWorkerId() == null ? List.of()
                : coWorked(register, held.releasedWorkerId(), held.date()));
        model.addAttribute("releases", Release.values());
        model.addAttribute("chosenRelease", Arrays.stream(Release.values())
                .filter(release -> held != null && held.releasedWorkerId() != null && release.endingReason == held.endingReason())
                .findFirst().orElse(Release.LEAVING).name());
        return "allocation/recommendations";
    }

    /**
     * The other workers of the team who could take the case instead: in a case-holding role, at work, with room
     * under their cap, and not the worker whose caseload is being handed on. A newly qualified worker is offered for
     * child protection or court work only when the recommendation brings an advanced practitioner or consultant to
     * co-work it.
     */
    private static List<String> alternatives(Register register, CaseloadPolicy policy, Caseloads caseloads, String teamId,
            Held held, Recommendation r) {
        uk.retain.workforce.Case item = register.cases().stream().filter(c -> c.caseId().equals(r.caseId())).findFirst().orElse(null);
        if (item == null) {
            return List.of();
        }
        int points = policy.weighting().primaryPoints(item.category(), item.courtProceedings());
        return caseloads.team(teamId).stream()
                .filter(load -> !load.workerId().equals(r.workerId()) && !load.workerId().equals(held.releasedWorkerId()))
                .filter(load -> policy.holdsCases(load.role()) && !load.absent() && load.hasRoomFor(points))
                .filter(load -> Caseloads.mayHoldAlone(load.role(), item) || r.coWorkerId() != null)
                .map(WorkerLoad::workerId).toList();
    }

    /**
     * Gives the case to another worker than the one recommended, chosen from the alternatives the page offered
     * (checked again here: a worker id the form sends that is not among them is refused).
     */
    @PostMapping("/teams/{teamId}/recommendations/change")
    String change(@PathVariable String teamId, @RequestParam("case") String caseId, @RequestParam("worker") String workerId,
            HttpSession session, RedirectAttributes redirect) {
        Viewer viewer = manager(teamId);
        Held held = held(session).get(teamId);
        Recommendation recommendation = held == null ? null : held.recommendations().forCase(caseId).orElse(null);
        if (recommendation == null) {
            throw new PageNotFound();
        }
        Register register = registers.find(viewer.laCode()).orElseThrow(PageNotFound::new).register();
        CaseloadPolicy policy = policies.of(viewer.laCode());
        if (!alternatives(register, policy, Caseloads.of(register, policy, held.date()), teamId, held, recommendation).contains(workerId)) {
            redirect.addFlashAttribute("conflict", caseId);
            return "redirect:/teams/" + teamId + "/recommendations";
        }
        Recommendation changed = new Recommendation(caseId, workerId, needsCoWorker(register, caseId, workerId, held.date())
                ? recommendation.coWorkerId() : null, List.of("chosen by the team manager instead of " + recommendation.workerId()),
                recommendation.loadBefore(), recommendation.loadAfter(), recommendation.cap());
        return allocate(viewer, teamId, held, changed, session, redirect);
    }

    private boolean needsCoWorker(Register register, String caseId, String workerId, LocalDate date) {
        var load = Caseloads.of(register, policies.of(register.authority().laCode()), date).workers().get(workerId);
        var item = register.cases().stream().filter(c -> c.caseId().equals(caseId)).findFirst().orElseThrow();
        return load != null && !Caseloads.mayHoldAlone(load.role(), item);
    }

    /** Accepts the recommendation for one case: the case names it; the worker and co-worker are Retain's. */
    @PostMapping("/teams/{teamId}/recommendations/accept")
    String accept(@PathVariable String teamId, @RequestParam("case") String caseId, HttpSession session,
            RedirectAttributes redirect) {
        Viewer viewer = manager(teamId);
        Held held = held(session).get(teamId);
        Recommendation recommendation = held == null ? null : held.recommendations().forCase(caseId).orElse(null);
        if (recommendation == null) {
            throw new PageNotFound();
        }
        return allocate(viewer, teamId, held, recommendation, session, redirect);
    }

    /** Writes the allocation, then drops the case from the recommendations kept for the page. */
    private String allocate(Viewer viewer, String teamId, Held held, Recommendation recommendation, HttpSession session,
            RedirectAttributes redirect) {
        String caseId = recommendation.caseId();
        try {
            registers.allocate(new AllocationRequest(viewer.laCode(), caseId, recommendation.workerId(),
                    recommendation.coWorkerId(), held.date(), held.endingReason()), viewer.account().username());
            audit.record(viewer, Action.CHANGE, "allocation", caseId, "primary " + recommendation.workerId()
                    + (recommendation.coWorkerId() == null ? "" : ", co-worker " + recommendation.coWorkerId()) + " from " + held.date());
            redirect.addFlashAttribute("accepted", caseId);
        } catch (AllocationConflictException e) {
            redirect.addFlashAttribute("conflict", caseId);
        }
        List<Recommendation> left = held.recommendations().recommendations().stream()
                .filter(r -> !r.caseId().equals(caseId)).toList();
        held(session).put(teamId, held.with(new Recommendations(left, held.recommendations().unallocated())));
        return "redirect:/teams/" + teamId + "/recommendations";
    }

    /** Allocating is the team manager's: their own team only; any other team is not found. */
    private Viewer manager(String teamId) {
        Viewer viewer = viewers.require();
        if (viewer.role() != Role.TEAM_MANAGER || !viewer.seesTeam(viewer.laCode(), teamId)) {
            throw new PageNotFound();
        }
        return viewer;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Held> held(HttpSession session) {
        Object held = session.getAttribute("recommendations");
        if (held == null) {
            held = new java.util.concurrent.ConcurrentHashMap<String, Held>();
            session.setAttribute("recommendations", held);
        }
        return (Map<String, Held>) held;
    }
}
