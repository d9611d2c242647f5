package uk.retain.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionStatuses;
import uk.retain.web.Days;
import uk.retain.web.FormError;
import uk.retain.web.PageNotFound;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.records.WorkerRecords;
import uk.retain.workforce.Worker;
import uk.retain.workforce.records.PersonName;

/**
 * One worker's supervision policy: which policy applies to them today, their next supervision date under it, and
 * every variation made for them; for a manager of their team (or the workforce lead) a form that varies the policy
 * for them, with a reason and an end date. A worker outside the viewer's scope today does not exist (404).
 */
@Controller
class WorkerVariationController {

    static final int MAX_REASON = 500;
    /** The longest a variation may run: a year, after which it should be looked at again. */
    static final Period LONGEST = Period.ofYears(1);

    private final SupervisionPolicies policies;
    private final SupervisionPolicyChanges changes;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final SupervisionWords words;
    private final Clock clock;

    WorkerVariationController(SupervisionPolicies policies, SupervisionPolicyChanges changes, Registers registers, Viewers viewers,
            ApplicationEventPublisher events, SupervisionWords words, Clock clock) {
        this.policies = policies;
        this.changes = changes;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
        this.clock = clock;
    }

    record VariationRow(String interval, String from, String to, String reason, String by, boolean inForce) {
    }

    @GetMapping("/workers/{workerId}/supervision-policy")
    String worker(@PathVariable String workerId, Model model) {
        Viewer viewer = viewers.require();
        Register register = Scope.held(registers, viewer);
        Worker worker = visible(viewer, register, workerId);
        if (!model.containsAttribute("form")) {
            LocalDate today = LocalDate.now(clock);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("interval", "");
            form.put("from", today.toString());
            form.put("to", "");
            form.put("reason", "");
            model.addAttribute("form", form);
        }
        return show(viewer, register, worker, model);
    }

    @PostMapping("/workers/{workerId}/supervision-policy")
    String vary(@PathVariable String workerId, @RequestParam(required = false) String interval,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = Scope.held(registers, viewer);
        Worker worker = visible(viewer, register, workerId);
        LocalDate today = LocalDate.now(clock);
        if (!SupervisionPolicyChanges.varies(viewer, viewer.laCode(), workerId, WorkerRecords.teamsOn(register, workerId, today))) {
            throw new AccessDeniedException("a manager of the worker's team or the workforce lead varies their policy");
        }
        List<FormError> errors = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        Period period = null;
        String intervalText = interval == null ? "" : interval.strip();
        if (intervalText.isEmpty()) {
            error(errors, byField, "interval", words.text("variation.error.interval.required"));
        } else {
            period = PolicySettings.parsePeriod(intervalText);
            List<PolicySettings.Problem> problems = new ArrayList<>();
            if (period != null) {
                PolicySettings.checkPeriod("interval", period, problems);
            }
            if (period == null || !problems.isEmpty()) {
                error(errors, byField, "interval", words.text("variation.error.interval.invalid"));
                period = null;
            }
        }
        LocalDate start = date(from, "from", errors, byField);
        LocalDate end = date(to, "to", errors, byField);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                error(errors, byField, "to", words.text("variation.error.to.beforeFrom"));
            } else if (end.isAfter(start.plus(LONGEST))) {
                error(errors, byField, "to", words.text("variation.error.to.tooLong"));
            } else if (end.isBefore(today)) {
                error(errors, byField, "to", words.text("variation.error.to.past"));
            }
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            error(errors, byField, "reason", words.text("variation.error.reason.required"));
        } else if (why.length() > MAX_REASON) {
            error(errors, byField, "reason", words.text("variation.error.reason.tooLong", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("interval", interval == null ? "" : interval);
            form.put("from", from == null ? "" : from);
            form.put("to", to == null ? "" : to);
            form.put("reason", reason == null ? "" : reason);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("fieldErrors", byField);
            return show(viewer, register, worker, model);
        }
        changes.vary(viewer, viewer.laCode(), workerId, period, why, start, end);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/workers/" + workerId + "/supervision-policy";
    }

    private static void error(List<FormError> errors, Map<String, String> byField, String field, String text) {
        errors.add(new FormError("variation-" + field, text));
        byField.putIfAbsent(field, text);
    }

    private LocalDate date(String text, String field, List<FormError> errors, Map<String, String> byField) {
        if (text == null || text.isBlank()) {
            error(errors, byField, field, words.text("variation.error." + field + ".required"));
            return null;
        }
        try {
            return ReferenceDate.parse(text);
        } catch (IllegalArgumentException e) {
            error(errors, byField, field, words.text("variation.error." + field + ".date"));
            return null;
        }
    }

    private String show(Viewer viewer, Register register, Worker worker, Model model) {
        String laCode = viewer.laCode();
        LocalDate today = LocalDate.now(clock);
        SupervisionPolicies.AuthorityPolicy policy = policies.of(laCode);
        SupervisionPolicies.Applied applied = policy.applied(worker.workerId(), today);
        SupervisionStatuses.Status status = SupervisionStatuses.of(register, policy).of(worker.workerId(), today).orElse(null);
        List<VariationRow> rows = new ArrayList<>();
        for (SupervisionPolicies.Variation variation : policies.variationsOf(laCode, worker.workerId())) {
            rows.add(new VariationRow(words.text("suppolicy.value.every", words.period(variation.interval())),
                    Days.written(variation.startsOn()), Days.written(variation.endsOn()), variation.reason(), variation.changedBy(),
                    variation.covers(today)));
        }
        events.publishEvent(Audited.of(viewer, Action.VIEW, "supervision_variation", worker.workerId(),
                "supervision policy on " + today + ", " + rows.size() + " variation(s)"));
        model.addAttribute("worker", worker);
        model.addAttribute("name", PersonName.of(worker).toString());
        model.addAttribute("today", Days.written(today));
        model.addAttribute("applied", words.applied(applied));
        model.addAttribute("nextDue", status == null ? null : Days.written(status.nextDue()));
        model.addAttribute("overdue", status != null && status.overdue() ? status.daysOverdue() : null);
        model.addAttribute("supervised", status != null && register.has(uk.retain.workforce.BundleFile.SUPERVISIONS));
        model.addAttribute("variations", rows);
        model.addAttribute("editable", SupervisionPolicyChanges.varies(viewer, laCode, worker.workerId(), WorkerRecords.teamsOn(register, worker.workerId(), today)));
        model.addAttribute("maxReason", MAX_REASON);
        return "supervision/worker";
    }

    /**
     * The worker, when the viewer sees their variations today; otherwise they do not exist (404). A role that sees
     * no one's (a senior leader, an analyst, an administrator) is refused (403).
     */
    private Worker visible(Viewer viewer, Register register, String workerId) {
        if (!Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR).contains(viewer.role())) {
            throw new AccessDeniedException("one worker's supervision policy is not for this role");
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> teams = WorkerRecords.teamsOn(register, workerId, today);
        if (viewer.laCode() == null || !SupervisionPolicyChanges.seesVariations(viewer, viewer.laCode(), workerId, teams)) {
            throw new PageNotFound();
        }
        return register.workers().stream().filter(w -> w.workerId().equals(workerId)).findFirst().orElseThrow(PageNotFound::new);
    }
}
