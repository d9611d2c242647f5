package uk.retain.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionRule;
import uk.retain.web.Days;
import uk.retain.web.FormError;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.SupervisionKind;
import uk.retain.workforce.Worker;
import uk.retain.workforce.records.WorkerRecords;

/**
 * The supervision policy page: the authority's policy (its own, or the contract's defaults) for the roles that read
 * it, a form that changes it for the workforce lead, and the variations for one worker in force today that the
 * viewer may see (none for a senior leader). The authority is always the viewer's own.
 */
@Controller
class SupervisionPolicyController {

    private final SupervisionPolicyChanges changes;
    private final SupervisionPolicies policies;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final SupervisionWords words;
    private final Clock clock;

    SupervisionPolicyController(SupervisionPolicyChanges changes, SupervisionPolicies policies, Registers registers, Viewers viewers,
            ApplicationEventPublisher events, SupervisionWords words, Clock clock) {
        this.changes = changes;
        this.policies = policies;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
        this.clock = clock;
    }

    /** A period or number field: form name, id, value shown, label, hint. */
    record Field(String name, String id, String value, String label, String hint) {
    }

    /** One ASYE phase row of the form. */
    record PhaseFields(int number, Field until, Field interval) {
    }

    /** A kind of session that may be ticked as counting. */
    record KindChoice(String code, String id, String label, boolean ticked) {
    }

    /** A variation as the page lists it. */
    record VariationRow(String workerId, String name, String interval, String from, String to, String reason, String by) {
    }

    @GetMapping("/supervision-policy")
    String policy(Model model) {
        Viewer viewer = reader();
        SupervisionRule rule = policies.authorityRule(viewer.laCode());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PolicySettings.formOf(rule));
            model.addAttribute("kinds", Set.copyOf(rule.countingKinds().stream().map(SupervisionKind::code).toList()));
        }
        return show(viewer, model);
    }

    @PostMapping("/supervision-policy")
    String change(@RequestParam MultiValueMap<String, String> entered, Model model, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !SupervisionPolicyChanges.changes(viewer, viewer.laCode())) {
            throw new AccessDeniedException("only the workforce lead changes the supervision policy");
        }
        if (register(viewer).isEmpty()) {
            return "redirect:/supervision-policy";
        }
        PolicySettings.Reading reading = PolicySettings.fromForm(entered);
        if (!reading.valid()) {
            List<FormError> errors = new ArrayList<>();
            Map<String, String> byField = new LinkedHashMap<>();
            for (PolicySettings.Problem problem : reading.problems()) {
                String text = words.problem(problem);
                errors.add(new FormError(problem.fieldId(), text));
                byField.putIfAbsent(problem.name(), text);
            }
            model.addAttribute("errors", errors);
            model.addAttribute("fieldErrors", byField);
            model.addAttribute("form", PolicySettings.formOf(entered));
            model.addAttribute("kinds", PolicySettings.kindsOf(entered));
            return show(viewer, model);
        }
        changes.save(viewer, viewer.laCode(), reading.rule());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/supervision-policy";
    }

    private String show(Viewer viewer, Model model) {
        String laCode = viewer.laCode();
        Optional<SupervisionPolicies.Stored> stored = policies.stored(laCode);
        SupervisionRule rule = stored.map(SupervisionPolicies.Stored::rule).orElse(SupervisionRule.CONTRACT);
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) model.getAttribute("form");
        @SuppressWarnings("unchecked")
        Set<String> ticked = (Set<String>) model.getAttribute("kinds");
        Map<String, String> defaults = PolicySettings.formOf(SupervisionRule.CONTRACT);
        List<KindChoice> kinds = new ArrayList<>();
        for (SupervisionKind kind : SupervisionKind.values()) {
            kinds.add(new KindChoice(kind.code(), PolicySettings.fieldId(PolicySettings.KINDS) + "-" + kind.code().replace('_', '-'),
                    words.of("worker.supervision.kind", kind), ticked.contains(kind.code())));
        }
        List<PhaseFields> phases = new ArrayList<>();
        for (int i = 0; form.containsKey(PolicySettings.phaseName(i, PolicySettings.UNTIL)); i++) {
            String until = PolicySettings.phaseName(i, PolicySettings.UNTIL);
            String every = PolicySettings.phaseName(i, PolicySettings.PHASE_INTERVAL);
            phases.add(new PhaseFields(i + 1, field(form, until, words.text("suppolicy.label.until", i + 1),
                    hint("suppolicy.hint.until", defaults.get(until))),
                    field(form, every, words.text("suppolicy.label.phaseInterval", i + 1), hint("suppolicy.hint.interval", defaults.get(every)))));
        }
        model.addAttribute("kindChoices", kinds);
        model.addAttribute("kindsId", PolicySettings.fieldId(PolicySettings.KINDS));
        model.addAttribute("kindsName", PolicySettings.KINDS);
        model.addAttribute("minutes", field(form, PolicySettings.MINUTES, words.text("suppolicy.label.minimum_minutes"),
                words.text("suppolicy.hint.minimum_minutes", defaults.get(PolicySettings.MINUTES), PolicySettings.MAX_MINUTES)));
        model.addAttribute("phases", phases);
        model.addAttribute("afterPhases", field(form, PolicySettings.AFTER_PHASES, words.text("suppolicy.label.asye_after_phases"),
                hint("suppolicy.hint.interval", defaults.get(PolicySettings.AFTER_PHASES))));
        model.addAttribute("interval", field(form, PolicySettings.INTERVAL, words.text("suppolicy.label.interval"),
                hint("suppolicy.hint.interval", defaults.get(PolicySettings.INTERVAL))));
        model.addAttribute("summary", summary(rule));
        Optional<Register> register = register(viewer);
        model.addAttribute("held", register.isPresent());
        model.addAttribute("editable", SupervisionPolicyChanges.changes(viewer, laCode) && register.isPresent());
        model.addAttribute("source", stored.isPresent()
                ? words.text("suppolicy.source.authority", stored.get().changedBy(),
                        Days.written(LocalDate.ofInstant(stored.get().changedAt(), clock.getZone())))
                : words.text("suppolicy.source.contract"));
        model.addAttribute("variations", register.map(r -> variationRows(viewer, r)).orElse(null));
        return "supervision/policy";
    }

    private Field field(Map<String, String> form, String name, String label, String hint) {
        return new Field(name, PolicySettings.fieldId(name), form.get(name), label, hint);
    }

    private String hint(String key, String defaultValue) {
        return defaultValue == null || defaultValue.isEmpty() ? words.text(key + ".none") : words.text(key, defaultValue);
    }

    /** The policy in words, one line a setting, for the summary list. */
    private List<String[]> summary(SupervisionRule rule) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {words.text("suppolicy.summary.kinds"), String.join(", ", rule.countingKinds().stream()
                .sorted().map(kind -> words.of("worker.supervision.kind", kind)).toList())});
        rows.add(new String[] {words.text("suppolicy.summary.minutes"), words.text("suppolicy.value.minutes", rule.minimumMinutes())});
        for (int i = 0; i < rule.asyePhases().size(); i++) {
            SupervisionRule.AsyePhase phase = rule.asyePhases().get(i);
            rows.add(new String[] {words.text("suppolicy.summary.phase", i + 1),
                words.text("suppolicy.value.phase", words.period(phase.interval()), words.period(phase.until()))});
        }
        rows.add(new String[] {words.text("suppolicy.summary.afterPhases"), words.text("suppolicy.value.every", words.period(rule.asyeAfterPhases()))});
        rows.add(new String[] {words.text("suppolicy.summary.interval"), words.text("suppolicy.value.every", words.period(rule.interval()))});
        return rows;
    }

    /** The variations in force today that the viewer may see; null for a role that sees none (a senior leader). */
    private List<VariationRow> variationRows(Viewer viewer, Register register) {
        if (viewer.role() == uk.retain.people.Role.SENIOR_LEADER) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Worker> byId = new HashMap<>();
        register.workers().forEach(worker -> byId.put(worker.workerId(), worker));
        List<VariationRow> rows = new ArrayList<>();
        for (SupervisionPolicies.Variation variation : policies.variations(viewer.laCode())) {
            if (!variation.covers(today) || !SupervisionPolicyChanges.seesVariations(viewer, viewer.laCode(), variation.workerId(),
                    WorkerRecords.teamsOn(register, variation.workerId(), today))) {
                continue;
            }
            rows.add(new VariationRow(variation.workerId(), WorkerRecords.nameOf(byId, variation.workerId()),
                    words.text("suppolicy.value.every", words.period(variation.interval())), Days.written(variation.startsOn()),
                    Days.written(variation.endsOn()), variation.reason(), variation.changedBy()));
        }
        if (!rows.isEmpty()) {
            events.publishEvent(Audited.of(viewer, Action.VIEW, "supervision_variations", viewer.laCode(), rows.size() + " variation(s) in force on " + today));
        }
        return rows;
    }

    private Viewer reader() {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !SupervisionPolicyChanges.reads(viewer, viewer.laCode())) {
            throw new AccessDeniedException("the supervision policy is for managers and leaders of the authority");
        }
        return viewer;
    }

    private Optional<Register> register(Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register);
    }
}
