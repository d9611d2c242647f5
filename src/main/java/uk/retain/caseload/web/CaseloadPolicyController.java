package uk.retain.caseload.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Registers;

/**
 * The caseload policy page: the authority's policy for the roles that read it, and for the workforce lead a
 * form that changes it. The authority is always the viewer's own; the form carries settings, never an id.
 */
@Controller
class CaseloadPolicyController {

    private final PolicyChanges policies;
    private final Registers registers;
    private final Viewers viewers;
    private final Texts texts;

    CaseloadPolicyController(PolicyChanges policies, Registers registers, Viewers viewers, Texts texts) {
        this.policies = policies;
        this.registers = registers;
        this.viewers = viewers;
        this.texts = texts;
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

    /** A problem on the page: the field it is about and the words. */
    record Error(String id, String text) {
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
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !PolicyChanges.changes(viewer, viewer.laCode())) {
            throw new AccessDeniedException("only the workforce lead changes the caseload policy");
        }
        if (!held(viewer)) {
            return "redirect:/caseload-policy";
        }
        PolicySettings.Reading reading = PolicySettings.fromForm(entered);
        if (!reading.valid()) {
            List<Error> errors = new ArrayList<>();
            Map<String, String> byField = new LinkedHashMap<>();
            for (PolicySettings.Problem problem : reading.problems()) {
                String text = texts.problem(problem);
                errors.add(new Error(problem.fieldId(), text));
                byField.putIfAbsent(problem.name(), text);
            }
            model.addAttribute("errors", errors);
            model.addAttribute("fieldErrors", byField);
            model.addAttribute("form", PolicySettings.formOf(entered));
            model.addAttribute("roles", PolicySettings.rolesOf(entered));
            return show(viewer, policies.of(viewer.laCode()), model);
        }
        policies.save(viewer, viewer.laCode(), reading.policy());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/caseload-policy";
    }

    private String show(Viewer viewer, CaseloadPolicy policy, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) model.getAttribute("form");
        @SuppressWarnings("unchecked")
        Set<String> ticked = (Set<String>) model.getAttribute("roles");
        Map<String, Integer> defaults = PolicySettings.numbersOf(CaseloadPolicy.DEFAULT);
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (PolicySettings.NumberSetting number : PolicySettings.NUMBERS) {
            String name = number.name();
            boolean category = name.startsWith(PolicySettings.CATEGORY_POINTS + ".");
            String label = category ? texts.text("worker.category." + name.substring(name.lastIndexOf('.') + 1))
                    : texts.text("policy.label." + name);
            String hint = texts.text(category ? "policy.hint." + PolicySettings.CATEGORY_POINTS : "policy.hint." + name, defaults.get(name));
            settings.put(name, new Setting(name, PolicySettings.fieldId(name), form.get(name), label, hint));
        }
        List<RoleChoice> roles = new ArrayList<>();
        for (JobRole role : JobRole.values()) {
            roles.add(new RoleChoice(role.code(), PolicySettings.fieldId(PolicySettings.ROLES) + "-" + role.code().replace('_', '-'),
                    texts.of("worker.jobRole", role), ticked.contains(role.code())));
        }
        model.addAttribute("editable", PolicyChanges.changes(viewer, viewer.laCode()) && held(viewer));
        model.addAttribute("held", held(viewer));
        model.addAttribute("policy", policy);
        model.addAttribute("isDefault", policy.equals(CaseloadPolicy.DEFAULT));
        model.addAttribute("caseHolders", policy.caseHoldingRoles().stream().map(role -> texts.of("worker.jobRole", role)).sorted().toList());
        model.addAttribute("roleChoices", roles);
        model.addAttribute("caps", List.of(settings.get(PolicySettings.CAP_ASYE), settings.get(PolicySettings.CAP_EARLY_CAREER),
                settings.get(PolicySettings.CAP_ADVANCED), settings.get(PolicySettings.CAP_EXPERIENCED)));
        model.addAttribute("alertDays", settings.get(PolicySettings.ALERT_DAYS));
        List<Setting> points = new ArrayList<>();
        for (CaseCategory category : CaseCategory.values()) {
            points.add(settings.get(PolicySettings.categoryPoints(category)));
        }
        model.addAttribute("categoryPoints", points);
        model.addAttribute("otherPoints", List.of(settings.get(PolicySettings.COURT_POINTS), settings.get(PolicySettings.CO_WORKING_POINTS),
                settings.get(PolicySettings.POINTS_PER_FTE)));
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
