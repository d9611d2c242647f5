package uk.retain.caseload.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.caseload.CaseloadPolicy;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.FormError;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Registers;

/**
 * The caseload policy page: the authority's policy for the roles that read it, and for the workforce lead a
 * form that changes it. The authority is always the viewer's own; the form carries settings, never an id.
 */
@Controller
class CaseloadPolicyController {

    private final PolicyChanges policies;
    private final PolicySettings settings;
    private final Registers registers;
    private final Viewers viewers;
    private final Texts texts;
    private final Clock clock;

    CaseloadPolicyController(PolicyChanges policies, PolicySettings settings, Registers registers, Viewers viewers, Texts texts,
            Clock clock) {
        this.policies = policies;
        this.settings = settings;
        this.registers = registers;
        this.viewers = viewers;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * One whole-number setting as the page shows it: its name (the form field's name), its field id, the value to
     * show (stored, or as entered), its label and its hint (which gives the default and the reason for it).
     */
    record Setting(String name, String id, String value, String label, String hint) {
    }

    /** A job role that may be ticked as case holding, and whether it is. */
    record RoleChoice(String code, String id, String label, boolean ticked) {
    }

    /** A policy the authority set: the day it is in force from, who set it and on which day, in words. */
    record SetPolicy(String from, String changedBy, String changedOn) {
    }

    /**
     * The day a new policy is in force from, as the form's three boxes hold it: today unless the workforce lead says
     * otherwise; a day that is not a real date, or is before 2000 or more than two years ahead, is a problem code.
     */
    record FromDay(String dayBox, String monthBox, String yearBox, LocalDate day, String problem) {

        static final String NAME = "inForceFrom";

        static FromDay of(LocalDate day) {
            return new FromDay(String.valueOf(day.getDayOfMonth()), String.valueOf(day.getMonthValue()),
                    String.valueOf(day.getYear()), day, null);
        }

        static FromDay read(MultiValueMap<String, String> entered, LocalDate today) {
            String d = first(entered, NAME + "-day");
            String m = first(entered, NAME + "-month");
            String y = first(entered, NAME + "-year");
            if (d.isBlank() && m.isBlank() && y.isBlank()) {
                return of(today);
            }
            LocalDate day = Days.fromBoxes(d, m, y);
            String problem = day == null ? "policy.error.inForceFrom.invalid"
                    : day.getYear() < 2000 || day.isAfter(today.plusYears(2)) ? "policy.error.inForceFrom.range" : null;
            return new FromDay(d, m, y, problem == null ? day : null, problem);
        }

        private static String first(MultiValueMap<String, String> entered, String name) {
            String value = entered.getFirst(name);
            return value == null ? "" : value;
        }
    }

    @GetMapping("/caseload-policy")
    String policy(Model model) {
        Viewer viewer = reader();
        CaseloadPolicy policy = policies.of(viewer.laCode());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PolicySettings.formOf(policy));
            model.addAttribute("roles", Set.copyOf(PolicySettings.roleCodes(policy)));
        }
        return show(viewer, policy, model);
    }

    @PostMapping("/caseload-policy")
    String change(@RequestParam MultiValueMap<String, String> entered, Model model, RedirectAttributes redirect) {
        return change(entered, model, redirect, FromDay.read(entered, LocalDate.now(clock)));
    }

    private String change(MultiValueMap<String, String> entered, Model model, RedirectAttributes redirect, FromDay from) {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !PolicyChanges.changes(viewer, viewer.laCode())) {
            throw new AccessDeniedException("only the workforce lead changes the caseload policy");
        }
        if (!held(viewer)) {
            return "redirect:/caseload-policy";
        }
        PolicySettings.Reading reading = settings.fromForm(entered);
        if (!reading.valid() || from.problem() != null) {
            List<FormError> errors = new ArrayList<>();
            Map<String, String> byField = new LinkedHashMap<>();
            for (PolicySettings.Problem problem : reading.problems()) {
                String text = texts.problem(problem);
                errors.add(new FormError(problem.fieldId(), text));
                byField.putIfAbsent(problem.name(), text);
            }
            if (from.problem() != null) {
                String text = texts.text(from.problem());
                errors.add(new FormError(FromDay.NAME, text));
                byField.put(FromDay.NAME, text);
            }
            model.addAttribute("errors", errors);
            model.addAttribute("fieldErrors", byField);
            model.addAttribute("form", PolicySettings.formOf(entered));
            model.addAttribute("roles", PolicySettings.rolesOf(entered));
            model.addAttribute("from", from);
            return show(viewer, policies.of(viewer.laCode()), model);
        }
        policies.save(viewer, viewer.laCode(), reading.policy(), from.day());
        redirect.addFlashAttribute("saved", Days.written(from.day()));
        return "redirect:/caseload-policy";
    }

    private String show(Viewer viewer, CaseloadPolicy policy, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) model.getAttribute("form");
        @SuppressWarnings("unchecked")
        Set<String> ticked = (Set<String>) model.getAttribute("roles");
        Map<String, Integer> defaults = PolicySettings.numbersOf(CaseloadPolicy.DEFAULT);
        Map<String, Setting> fields = new LinkedHashMap<>();
        for (String name : PolicySettings.NUMBERS) {
            boolean category = name.startsWith(PolicySettings.CATEGORY_POINTS + ".");
            String label = category ? texts.text("worker.category." + name.substring(name.lastIndexOf('.') + 1))
                    : texts.text("policy.label." + name);
            String hint = texts.text(category ? "policy.hint." + PolicySettings.CATEGORY_POINTS : "policy.hint." + name, defaults.get(name));
            fields.put(name, new Setting(name, PolicySettings.fieldId(name), form.get(name), label, hint));
        }
        List<RoleChoice> roles = new ArrayList<>();
        for (JobRole role : JobRole.values()) {
            roles.add(new RoleChoice(role.code(), PolicySettings.fieldId(PolicySettings.ROLES) + "-" + role.code().replace('_', '-'),
                    texts.of("worker.jobRole", role), ticked.contains(role.code())));
        }
        if (!model.containsAttribute("from")) {
            model.addAttribute("from", FromDay.of(LocalDate.now(clock)));
        }
        model.addAttribute("history", policies.history(viewer.laCode()).stream()
                .map(set -> new SetPolicy(set.fromTheStart() ? texts.text("policy.history.fromTheStart") : Days.written(set.from()),
                        set.changedBy(), Days.written(LocalDate.ofInstant(set.changedAt(), clock.getZone()))))
                .toList());
        model.addAttribute("editable", PolicyChanges.changes(viewer, viewer.laCode()) && held(viewer));
        model.addAttribute("held", held(viewer));
        model.addAttribute("policy", policy);
        model.addAttribute("isDefault", policy.equals(CaseloadPolicy.DEFAULT));
        model.addAttribute("caseHolders", policy.caseHoldingRoles().stream().map(role -> texts.of("worker.jobRole", role)).sorted().toList());
        model.addAttribute("roleChoices", roles);
        // The page groups the whole numbers as the document does; the one outside a group is the alert's days.
        Map<String, List<Setting>> groups = fields.values().stream()
                .collect(Collectors.groupingBy(field -> PolicySettings.group(field.name()), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("caps", groups.get(PolicySettings.CAPS));
        model.addAttribute("alertDays", groups.get("").getFirst());
        model.addAttribute("categoryPoints", groups.get(PolicySettings.CATEGORY_POINTS));
        model.addAttribute("otherPoints", groups.get(PolicySettings.group(PolicySettings.WEIGHTING)));
        model.addAttribute("weighted", "yes".equals(form.get(PolicySettings.WEIGHTING)));
        model.addAttribute("weightingId", PolicySettings.fieldId(PolicySettings.WEIGHTING));
        model.addAttribute("rolesId", PolicySettings.fieldId(PolicySettings.ROLES));
        model.addAttribute("rolesName", PolicySettings.ROLES);
        model.addAttribute("weightingName", PolicySettings.WEIGHTING);
        model.addAttribute("maximum", CaseloadPolicy.ABSOLUTE_MAXIMUM);
        model.addAttribute("defaults", defaults);
        return "caseload/policy";
    }

    /** The viewer, if their role reads the policy of their authority; others are refused (403). */
    private Viewer reader() {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !PolicyChanges.reads(viewer, viewer.laCode())) {
            throw new AccessDeniedException("the caseload policy is for managers and leaders of the authority");
        }
        return viewer;
    }

    /** Whether the viewer's authority is held: a policy belongs to an imported authority. */
    private boolean held(Viewer viewer) {
        return registers.authorities().stream().anyMatch(a -> a.laCode().equals(viewer.laCode()));
    }
}
