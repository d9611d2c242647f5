package uk.retain.allocation.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;
import uk.retain.allocation.Acceptance;
import uk.retain.allocation.CaseRequest;
import uk.retain.allocation.LoadChange;
import uk.retain.allocation.Outcome;
import uk.retain.allocation.Proposal;
import uk.retain.allocation.Reason;
import uk.retain.allocation.Rebalancing;
import uk.retain.allocation.Recommendation;
import uk.retain.allocation.Recommendations;
import uk.retain.allocation.Recommender;
import uk.retain.allocation.Wording;
import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.TeamCaseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
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

/**
 * A team manager asks for recommendations for their team's unallocated queue, for a plan to hand on the whole
 * caseload of a worker who leaves or goes on long absence, or for a plan to rebalance the workers over their cap;
 * reads why each worker was chosen and what accepting each would do to the worker's load now; and accepts them one
 * by one, a selection, or all at once. The recommendations are kept in the manager's session, so an acceptance names
 * only the cases: the workers come from what Retain recommended, never from the form (a change of worker is checked
 * against the workers the page offers). Every acceptance, of one case or many, is one transaction in which each
 * case is checked against every hard rule on the register as it stands at that moment; if any would break one,
 * nothing is written and the page says why.
 */
@Controller
class RecommendationsController {

    private final Registers registers;
    private final CaseloadPolicies policies;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;

    RecommendationsController(Registers registers, CaseloadPolicies policies, Viewers viewers, ApplicationEventPublisher events, Clock clock,
            MessageSource messages) {
        this.registers = registers;
        this.policies = policies;
        this.viewers = viewers;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
    }

    /** What the recommendations are for. */
    enum Kind {
        QUEUE, REALLOCATION, REBALANCING
    }

    /**
     * What a manager was recommended, for one team, on one day, from one version of the register: for the queue, a
     * reallocation plan for {@code releasedWorkerId}'s cases, or a rebalancing plan; {@code from} names, by case, the
     * worker whose allocation then ends for {@code endingReason}.
     */
    record Held(String teamId, LocalDate date, long version, Kind kind, Recommendations recommendations,
            String releasedWorkerId, ChangeReason endingReason, Map<String, String> from,
            List<Rebalancing.OverCap> overCap, int planned) implements Serializable {

        Held {
            from = Map.copyOf(from);
            overCap = List.copyOf(overCap);
        }

        Held(String teamId, LocalDate date, long version, Kind kind, Recommendations recommendations, String releasedWorkerId,
                ChangeReason endingReason, Map<String, String> from, List<Rebalancing.OverCap> overCap) {
            this(teamId, date, version, kind, recommendations, releasedWorkerId, endingReason, from, overCap,
                    recommendations.recommendations().size() + recommendations.unallocated().size());
        }

        Held with(Recommendations left) {
            return new Held(teamId, date, version, kind, left, releasedWorkerId, endingReason, from, overCap, planned);
        }

        /** Whether there was nothing to plan: no case waiting, or none to hand on or move. */
        public boolean nothingPlanned() {
            return planned == 0;
        }

        /** The worker the case is taken from, or null for a case waiting for a primary worker. */
        String from(String caseId) {
            return from.get(caseId);
        }

        /** Every case still to accept, with the worker it is taken from (null for none), for an acceptance check. */
        Map<String, String> cases() {
            Map<String, String> cases = new LinkedHashMap<>();
            recommendations.recommendations().forEach(r -> cases.put(r.caseId(), from(r.caseId())));
            return cases;
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
        held(session).put(teamId, new Held(teamId, today, stored.version(), Kind.QUEUE, recommendations, null, null, Map.of(), List.of()));
        events.publishEvent(Audited.of(viewer, Action.VIEW, "team", teamId, "recommendations for " + queue.size() + " case(s)"));
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
        Map<String, String> from = new HashMap<>();
        plan.recommendations().forEach(r -> from.put(r.caseId(), workerId));
        plan.unallocated().forEach(u -> from.put(u.caseId(), workerId));
        held(session).put(teamId, new Held(teamId, today, stored.version(), Kind.REALLOCATION, plan, workerId,
                reason.endingReason, from, List.of()));
        events.publishEvent(Audited.of(viewer, Action.VIEW, "worker", workerId, "reallocation plan for "
                + (plan.recommendations().size() + plan.unallocated().size()) + " case(s)"));
        return "redirect:/teams/" + teamId + "/recommendations";
    }

    /**
     * A plan for moving cases from the team's workers over their cap to workers of the team with room (the fewest
     * cases that bring each within their cap), accepted like any recommendation and recorded as workload balance.
     */
    @PostMapping("/teams/{teamId}/rebalancing")
    String planRebalancing(@PathVariable String teamId, HttpSession session) {
        Viewer viewer = manager(teamId);
        StoredRegister stored = registers.find(viewer.laCode()).orElseThrow(PageNotFound::new);
        Register register = stored.register();
        LocalDate today = LocalDate.now(clock);
        if (register.teams().stream().noneMatch(team -> team.teamId().equals(teamId))) {
            throw new PageNotFound();
        }
        Rebalancing plan = Recommender.rebalance(register, policies.of(viewer.laCode()), today, teamId, Recommender.DEFAULT_LIMIT);
        held(session).put(teamId, new Held(teamId, today, stored.version(), Kind.REBALANCING, plan.moves(), null,
                ChangeReason.WORKLOAD_BALANCE, plan.from(), plan.overCap()));
        events.publishEvent(Audited.of(viewer, Action.VIEW, "team", teamId, "rebalancing plan for " + plan.from().size() + " case(s) of "
                + plan.overCap().size() + " worker(s) over cap"));
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

    /**
     * One recommendation as the page shows it, worked out again on the register as it stands: the worker's load
     * now, what accepting it now would do (or why it cannot be accepted now), why the worker was recommended, and
     * the other workers who could take it, each with their load before and after.
     */
    record Card(String caseId, String worker, String coWorker, String from, String loadNow, String ifAccepted,
            boolean allowed, List<String> reasons, List<Option> alternatives) {
    }

    /** Another worker the case could go to, and what it would do to their load. */
    record Option(String workerId, String label) {
    }

    /** A case that must wait (or, in a rebalancing, stays where it is), and why. */
    record Waiting(String caseId, String from, String reason) {
    }

    /** A worker over cap in a rebalancing plan: their load now, with every move accepted, and whether that is enough. */
    record OverCapRow(String worker, String now, String after, boolean stillOver) {
    }

    @GetMapping("/teams/{teamId}/recommendations")
    String show(@PathVariable String teamId, HttpSession session, Model model) {
        Viewer viewer = manager(teamId);
        Register register = registers.find(viewer.laCode()).orElseThrow(PageNotFound::new).register();
        Wording wording = wording(register);
        Held held = held(session).get(teamId);
        CaseloadPolicy policy = policies.of(viewer.laCode());
        LocalDate today = LocalDate.now(clock);
        Caseloads caseloads = Caseloads.of(register, policy, held == null ? today : held.date());
        List<Card> cards = new ArrayList<>();
        List<Waiting> waiting = new ArrayList<>();
        List<OverCapRow> overCap = new ArrayList<>();
        if (held != null) {
            Acceptance acceptance = Acceptance.of(register, policy, held.date(), teamId, held.cases());
            for (Recommendation r : held.recommendations().recommendations()) {
                cards.add(card(wording, acceptance, held, r));
            }
            for (var u : held.recommendations().unallocated()) {
                waiting.add(new Waiting(u.caseId(), wording.worker(held.from(u.caseId())), wording.text(u.reason())));
            }
            for (Rebalancing.OverCap over : held.overCap()) {
                overCap.add(new OverCapRow(wording.worker(over.workerId()),
                        loadText(over.cases(), over.cap(), over.points(), over.capacityPoints(), over.weighted()),
                        loadText(over.cases() - over.casesMoved(), over.cap(), over.points() - over.pointsMoved(),
                                over.capacityPoints(), over.weighted()), over.stillOver()));
            }
        }
        Caseloads todays = held == null || held.date().equals(today) ? caseloads : Caseloads.of(register, policy, today);
        Map<String, String> names = new HashMap<>();
        register.workers().forEach(w -> names.put(w.workerId(), wording.worker(w.workerId())));
        model.addAttribute("teamId", teamId);
        model.addAttribute("held", held);
        model.addAttribute("kind", held == null ? null : held.kind().name());
        model.addAttribute("cards", cards);
        model.addAttribute("waiting", waiting);
        model.addAttribute("overCap", overCap);
        model.addAttribute("names", names);
        model.addAttribute("releasable", releasable(todays, teamId));
        model.addAttribute("overCapNow", todays.team(teamId).stream().anyMatch(WorkerLoad::overCap));
        model.addAttribute("coWorked", held == null || held.releasedWorkerId() == null ? List.of()
                : coWorked(register, held.releasedWorkerId(), held.date()));
        model.addAttribute("releases", Release.values());
        model.addAttribute("chosenRelease", Arrays.stream(Release.values())
                .filter(release -> held != null && held.releasedWorkerId() != null && release.endingReason == held.endingReason())
                .findFirst().orElse(Release.LEAVING).name());
        return "allocation/recommendations";
    }

    private Card card(Wording wording, Acceptance acceptance, Held held, Recommendation r) {
        Outcome now = acceptance.alone(Proposal.of(r));
        String loadNow = now.primary() == null ? text("recommend.noLoad")
                : percentText(now.primary().percentBefore(), now.primary().casesBefore(), now.primary().cap(),
                        now.primary().pointsBefore(), now.primary().capacityPoints(), now.primary().weighted());
        String ifAccepted = now.allowed() ? change(now.primary())
                : text("recommend.cannotAccept", String.join("; ", wording.texts(now.broken())));
        List<Option> alternatives = new ArrayList<>();
        for (Outcome other : acceptance.alternatives(Proposal.of(r))) {
            alternatives.add(new Option(other.proposal().workerId(),
                    text("recommend.alternative", wording.worker(other.proposal().workerId()), change(other.primary()))));
        }
        return new Card(r.caseId(), wording.worker(r.workerId()), wording.worker(r.coWorkerId()), wording.worker(held.from(r.caseId())),
                loadNow, ifAccepted, now.allowed(), wording.texts(r.reasons()), alternatives);
    }

    /** What accepting does to a worker's load, in words. */
    private String change(LoadChange load) {
        String before = percent(load.percentBefore());
        String after = percent(load.percentAfter());
        return load.weighted()
                ? text("recommend.changeWeighted", load.casesBefore(), load.casesAfter(), load.cap(), load.pointsBefore(),
                        load.pointsAfter(), load.capacityPoints(), before, after)
                : text("recommend.changeValue", load.casesBefore(), load.casesAfter(), load.cap(), before, after);
    }

    private String percentText(Double percent, int cases, int cap, int points, int capacity, boolean weighted) {
        return weighted ? text("recommend.loadWeighted", percent(percent), cases, cap, points, capacity)
                : text("recommend.loadValue", percent(percent), cases, cap);
    }

    private String loadText(int cases, int cap, int points, int capacity, boolean weighted) {
        return weighted ? text("rebalance.loadWeighted", cases, cap, points, capacity) : text("rebalance.loadValue", cases, cap);
    }

    private String percent(Double value) {
        return value == null ? text("recommend.noCap") : String.format(Locale.UK, "%.1f%%", value);
    }

    /**
     * Gives the case to another worker than the one recommended, chosen from the workers the page offers (worked
     * out again here: a worker id the form sends that is not among them is refused).
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
        Optional<Proposal> chosen = Acceptance.of(register, policy, held.date(), teamId,
                        java.util.Collections.singletonMap(caseId, held.from(caseId)))
                .alternatives(Proposal.of(recommendation)).stream().map(Outcome::proposal)
                .filter(p -> p.workerId().equals(workerId)).findFirst();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("refused", List.of(text("recommend.notOffered", caseId, wording(register).worker(workerId))));
            return "redirect:/teams/" + teamId + "/recommendations";
        }
        return accept(viewer, teamId, held, List.of(chosen.get()), session, redirect);
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
        return accept(viewer, teamId, held, List.of(Proposal.of(recommendation)), session, redirect);
    }

    /** Accepts the recommendations for the cases ticked, together: all of them, or none if any breaks a rule now. */
    @PostMapping("/teams/{teamId}/recommendations/accept-selected")
    String acceptSelected(@PathVariable String teamId, @RequestParam(name = "case", required = false) List<String> caseIds,
            HttpSession session, RedirectAttributes redirect) {
        Viewer viewer = manager(teamId);
        Held held = held(session).get(teamId);
        if (held == null) {
            throw new PageNotFound();
        }
        Set<String> ticked = caseIds == null ? Set.of() : new HashSet<>(caseIds);
        List<Proposal> proposals = held.recommendations().recommendations().stream()
                .filter(r -> ticked.contains(r.caseId())).map(Proposal::of).toList();
        if (proposals.isEmpty()) {
            redirect.addFlashAttribute("refused", List.of(text("recommend.noneSelected")));
            return "redirect:/teams/" + teamId + "/recommendations";
        }
        return accept(viewer, teamId, held, proposals, session, redirect);
    }

    /** Accepts every recommendation left, together: all of them, or none if any breaks a rule now. */
    @PostMapping("/teams/{teamId}/recommendations/accept-all")
    String acceptAll(@PathVariable String teamId, HttpSession session, RedirectAttributes redirect) {
        Viewer viewer = manager(teamId);
        Held held = held(session).get(teamId);
        if (held == null || held.recommendations().recommendations().isEmpty()) {
            throw new PageNotFound();
        }
        return accept(viewer, teamId, held, held.recommendations().recommendations().stream().map(Proposal::of).toList(),
                session, redirect);
    }

    /** Allocations refused by the check inside the transaction: nothing was written. */
    private static final class Refused extends RuntimeException {

        private final transient List<Outcome> outcomes;

        Refused(List<Outcome> outcomes) {
            super("refused: a hard rule would break", null, false, false);
            this.outcomes = outcomes;
        }
    }

    /** A case allocated, as the banner names it. */
    record Accepted(String caseId, String worker) implements Serializable {
    }

    /**
     * Writes the allocations and their audit records in one transaction, each checked there against every hard rule
     * on the register as it stands; then drops the cases from the recommendations kept for the page. If any would
     * break a rule, or someone allocated one of the cases first, nothing is written and every reason is shown.
     */
    private String accept(Viewer viewer, String teamId, Held held, List<Proposal> proposals, HttpSession session,
            RedirectAttributes redirect) {
        CaseloadPolicy policy = policies.of(viewer.laCode());
        Map<String, String> cases = new LinkedHashMap<>();
        proposals.forEach(p -> cases.put(p.caseId(), held.from(p.caseId())));
        List<AllocationRequest> requests = proposals.stream().map(p -> new AllocationRequest(viewer.laCode(), p.caseId(),
                p.workerId(), p.coWorkerId(), held.date(), held.from(p.caseId()) == null ? null : held.endingReason())).toList();
        Wording[] words = new Wording[1];
        try {
            registers.allocateAll(viewer.laCode(), requests, viewer.account().username(), register -> {
                words[0] = wording(register);
                List<Outcome> outcomes = Acceptance.of(register, policy, held.date(), teamId, cases).together(proposals);
                if (!Acceptance.allowed(outcomes)) {
                    throw new Refused(outcomes);
                }
            }, version -> proposals.forEach(p -> events.publishEvent(Audited.of(viewer, Action.CHANGE, "allocation", p.caseId(),
                    "primary " + p.workerId() + (p.coWorkerId() == null ? "" : ", co-worker " + p.coWorkerId()) + " from " + held.date()
                    + (held.from(p.caseId()) == null ? "" : ", ending " + held.from(p.caseId()) + "'s (" + held.endingReason().code() + ")")))));
        } catch (Refused refused) {
            List<String> why = new ArrayList<>();
            for (Outcome outcome : refused.outcomes) {
                for (Reason reason : outcome.broken()) {
                    why.add(text("recommend.refusedCase", outcome.proposal().caseId(), words[0].text(reason)));
                }
            }
            redirect.addFlashAttribute("refusedCount", proposals.size());
            redirect.addFlashAttribute("refused", why);
            return "redirect:/teams/" + teamId + "/recommendations";
        } catch (AllocationConflictException e) {
            redirect.addFlashAttribute("refusedCount", proposals.size());
            redirect.addFlashAttribute("refused", List.of(text("recommend.conflict")));
            return "redirect:/teams/" + teamId + "/recommendations";
        }
        List<Accepted> accepted = new ArrayList<>();
        for (Proposal p : proposals) {
            accepted.add(new Accepted(p.caseId(), words[0].worker(p.workerId())));
        }
        redirect.addFlashAttribute("accepted", accepted);
        Set<String> done = new HashSet<>(cases.keySet());
        List<Recommendation> left = held.recommendations().recommendations().stream().filter(r -> !done.contains(r.caseId())).toList();
        held(session).put(teamId, held.with(new Recommendations(left, held.recommendations().unallocated())));
        return "redirect:/teams/" + teamId + "/recommendations";
    }

    private Wording wording(Register register) {
        return Wording.of(register, (key, args) -> messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
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
