package uk.retain.caseload.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Coded;
import uk.retain.workforce.JobRole;

/**
 * The settings of a caseload policy by name, as the JSON API and the page's form both carry them, and the one
 * set of rules both are checked against. A setting's name is its path in the JSON document
 * ({@code caps.experienced} is {@code {"caps": {"experienced": 18}}}); the form uses the same names.
 *
 * <p>Every problem is found, not just the first, so that the API's 422 and the page's error summary list them all.
 */
public final class PolicySettings {

    static final String ROLES = "case_holding_roles";
    static final String CAP_ASYE = "caps.asye";
    static final String CAP_EARLY_CAREER = "caps.early_career";
    static final String CAP_ADVANCED = "caps.advanced_or_consultant";
    static final String CAP_EXPERIENCED = "caps.experienced";
    static final String ALERT_DAYS = "unallocated_alert_working_days";
    static final String WEIGHTING = "weighting.enabled";
    static final String COURT_POINTS = "weighting.court_proceedings_points";
    static final String CO_WORKING_POINTS = "weighting.co_working_points";
    static final String POINTS_PER_FTE = "weighting.points_per_fte";
    static final String CATEGORY_POINTS = "weighting.category_points";

    /** Longest alert threshold accepted: about three months of working days. */
    static final int MAX_ALERT_DAYS = 60;
    static final int MAX_CASE_POINTS = 100;
    static final int MAX_POINTS_PER_FTE = 1000;

    /** A whole-number setting and the values it may take. */
    record NumberSetting(String name, int min, int max) {

        boolean isCap() {
            return name.startsWith("caps.");
        }
    }

    /** The whole-number settings in the order the page shows them. */
    static final List<NumberSetting> NUMBERS;

    static {
        List<NumberSetting> numbers = new ArrayList<>();
        for (String cap : List.of(CAP_ASYE, CAP_EARLY_CAREER, CAP_ADVANCED, CAP_EXPERIENCED)) {
            numbers.add(new NumberSetting(cap, 0, CaseloadPolicy.ABSOLUTE_MAXIMUM));
        }
        numbers.add(new NumberSetting(ALERT_DAYS, 0, MAX_ALERT_DAYS));
        for (CaseCategory category : CaseCategory.values()) {
            numbers.add(new NumberSetting(categoryPoints(category), 0, MAX_CASE_POINTS));
        }
        numbers.add(new NumberSetting(COURT_POINTS, 0, MAX_CASE_POINTS));
        numbers.add(new NumberSetting(CO_WORKING_POINTS, 0, MAX_CASE_POINTS));
        numbers.add(new NumberSetting(POINTS_PER_FTE, 1, MAX_POINTS_PER_FTE));
        NUMBERS = List.copyOf(numbers);
    }

    /** Every setting's name, in the page's order: the order problems are listed in. */
    static final List<String> ORDER;

    static {
        List<String> order = new ArrayList<>();
        order.add(ROLES);
        NUMBERS.stream().filter(NumberSetting::isCap).forEach(s -> order.add(s.name()));
        order.add(ALERT_DAYS);
        order.add(WEIGHTING);
        NUMBERS.stream().filter(s -> s.name().startsWith("weighting.")).forEach(s -> order.add(s.name()));
        ORDER = List.copyOf(order);
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

    private PolicySettings() {
    }

    static String categoryPoints(CaseCategory category) {
        return CATEGORY_POINTS + "." + category.code();
    }

    /**
     * A problem with one setting: {@code code} names the message {@code policy.error.<code>}, whose arguments are
     * the setting's description and then {@code args}. {@code name} is empty for the document as a whole.
     */
    public record Problem(String name, String code, List<Object> args) {

        Problem(String name, String code, Object... args) {
            this(name, code, List.of(args));
        }

        /** The setting as an RFC 6901 JSON Pointer into the document, such as {@code /caps/experienced}. */
        public String pointer() {
            return name.isEmpty() ? "" : "/" + name.replace('.', '/');
        }

        /** The id of the setting's field on the page. */
        String fieldId() {
            return PolicySettings.fieldId(name);
        }
    }

    /** The id of a setting's field on the page ({@code caps-experienced}): names with dots make poor ids. */
    static String fieldId(String name) {
        return name.replace('.', '-').replace('_', '-');
    }

    /** What was read: the policy when there were no problems, otherwise every problem. */
    public record Reading(CaseloadPolicy policy, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------- the policy

    /** The whole-number settings of a policy, by name. */
    static Map<String, Integer> numbersOf(CaseloadPolicy policy) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        numbers.put(CAP_ASYE, policy.asyeCap());
        numbers.put(CAP_EARLY_CAREER, policy.earlyCareerCap());
        numbers.put(CAP_ADVANCED, policy.mentoringCap());
        numbers.put(CAP_EXPERIENCED, policy.experiencedCap());
        numbers.put(ALERT_DAYS, policy.unallocatedAlertWorkingDays());
        CaseloadPolicy.Weighting weighting = policy.weighting();
        for (CaseCategory category : CaseCategory.values()) {
            numbers.put(categoryPoints(category), weighting.categoryPoints().get(category));
        }
        numbers.put(COURT_POINTS, weighting.courtProceedingsPoints());
        numbers.put(CO_WORKING_POINTS, weighting.coWorkingPoints());
        numbers.put(POINTS_PER_FTE, weighting.pointsPerFte());
        return numbers;
    }

    private static CaseloadPolicy policyOf(Set<JobRole> roles, boolean weighted, Map<String, Integer> numbers) {
        Map<CaseCategory, Integer> points = new EnumMap<>(CaseCategory.class);
        for (CaseCategory category : CaseCategory.values()) {
            points.put(category, numbers.get(categoryPoints(category)));
        }
        return new CaseloadPolicy(roles, numbers.get(CAP_ASYE), numbers.get(CAP_EARLY_CAREER), numbers.get(CAP_ADVANCED),
                numbers.get(CAP_EXPERIENCED), new CaseloadPolicy.Weighting(weighted, points, numbers.get(COURT_POINTS),
                        numbers.get(CO_WORKING_POINTS), numbers.get(POINTS_PER_FTE)),
                numbers.get(ALERT_DAYS));
    }

    /** The case-holding roles' codes, sorted, as the API gives them. */
    static List<String> roleCodes(CaseloadPolicy policy) {
        return policy.caseHoldingRoles().stream().map(JobRole::code).sorted().toList();
    }

    /** The policy as the API's JSON document. */
    public static Map<String, Object> json(CaseloadPolicy policy) {
        Map<String, Integer> numbers = numbersOf(policy);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("case_holding_roles", roleCodes(policy));
        Map<String, Object> caps = new LinkedHashMap<>();
        for (String cap : List.of(CAP_ASYE, CAP_EARLY_CAREER, CAP_ADVANCED, CAP_EXPERIENCED)) {
            caps.put(last(cap), numbers.get(cap));
        }
        json.put("caps", caps);
        json.put("unallocated_alert_working_days", policy.unallocatedAlertWorkingDays());
        Map<String, Object> weighting = new LinkedHashMap<>();
        weighting.put("enabled", policy.weighting().enabled());
        Map<String, Object> points = new LinkedHashMap<>();
        for (CaseCategory category : CaseCategory.values()) {
            points.put(category.code(), numbers.get(categoryPoints(category)));
        }
        weighting.put("category_points", points);
        weighting.put("court_proceedings_points", numbers.get(COURT_POINTS));
        weighting.put("co_working_points", numbers.get(CO_WORKING_POINTS));
        weighting.put("points_per_fte", numbers.get(POINTS_PER_FTE));
        json.put("weighting", weighting);
        return json;
    }

    /** What changed between two policies, setting by setting, for the audit trail. */
    static String changes(CaseloadPolicy before, CaseloadPolicy after) {
        List<String> changes = new ArrayList<>();
        if (!before.caseHoldingRoles().equals(after.caseHoldingRoles())) {
            changes.add(ROLES + " " + roleCodes(before) + " -> " + roleCodes(after));
        }
        Map<String, Integer> was = numbersOf(before);
        numbersOf(after).forEach((name, value) -> {
            if (!value.equals(was.get(name))) {
                changes.add(name + " " + was.get(name) + " -> " + value);
            }
        });
        if (before.weighting().enabled() != after.weighting().enabled()) {
            changes.add(WEIGHTING + " " + before.weighting().enabled() + " -> " + after.weighting().enabled());
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    // ---------------------------------------------------------------------------------------------- the JSON API

    /** Reads a whole policy from the API's JSON document: every setting is required, none is unknown. */
    public static Reading fromJson(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        if (document == null || !document.isObject()) {
            problems.add(new Problem("", "document"));
            return new Reading(null, problems);
        }
        unknown(document, "", Set.of("case_holding_roles", "caps", "unallocated_alert_working_days", "weighting"), problems);
        JsonNode caps = object(document, "caps", problems);
        JsonNode weighting = object(document, "weighting", problems);
        JsonNode points = weighting == null ? null : object(weighting, CATEGORY_POINTS, problems);
        if (caps != null) {
            unknown(caps, "caps", Set.of("asye", "early_career", "advanced_or_consultant", "experienced"), problems);
        }
        if (weighting != null) {
            unknown(weighting, "weighting", Set.of("enabled", "category_points", "court_proceedings_points",
                    "co_working_points", "points_per_fte"), problems);
        }
        if (points != null) {
            unknown(points, CATEGORY_POINTS, Arrays.stream(CaseCategory.values()).map(CaseCategory::code)
                    .collect(Collectors.toSet()), problems);
        }

        Set<JobRole> roles = EnumSet.noneOf(JobRole.class);
        JsonNode roleList = document.get(ROLES);
        if (roleList == null || roleList.isNull()) {
            problems.add(new Problem(ROLES, "required"));
        } else if (!roleList.isArray()) {
            problems.add(new Problem(ROLES, "list"));
        } else {
            for (JsonNode role : roleList) {
                String code = role.isString() ? role.stringValue() : role.toString();
                Coded.fromCode(JobRole.class, code).ifPresentOrElse(roles::add,
                        () -> problems.add(new Problem(ROLES, "unknownRole", code, Coded.codesOf(JobRole.class))));
            }
            if (roleList.isEmpty()) {
                problems.add(new Problem(ROLES, "noRoles"));
            }
        }

        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (NumberSetting setting : NUMBERS) {
            JsonNode parent = setting.name().startsWith(CATEGORY_POINTS + ".") ? points
                    : setting.name().startsWith("caps.") ? caps
                    : setting.name().startsWith("weighting.") ? weighting : document;
            if (parent == null) {
                continue;
            }
            JsonNode value = parent.get(last(setting.name()));
            if (value == null || value.isNull()) {
                problems.add(new Problem(setting.name(), "required"));
            } else if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problems.add(new Problem(setting.name(), "wholeNumber"));
            } else {
                numbers.put(setting.name(), value.intValue());
            }
        }
        Boolean weighted = null;
        if (weighting != null) {
            JsonNode enabled = weighting.get("enabled");
            if (enabled == null || enabled.isNull()) {
                problems.add(new Problem(WEIGHTING, "required"));
            } else if (!enabled.isBoolean()) {
                problems.add(new Problem(WEIGHTING, "boolean"));
            } else {
                weighted = enabled.booleanValue();
            }
        }
        return checked(roles, weighted, numbers, problems);
    }

    private static JsonNode object(JsonNode parent, String name, List<Problem> problems) {
        JsonNode value = parent.get(last(name));
        if (value == null || value.isNull()) {
            problems.add(new Problem(name, "required"));
            return null;
        }
        if (!value.isObject()) {
            problems.add(new Problem(name, "object"));
            return null;
        }
        return value;
    }

    private static void unknown(JsonNode object, String prefix, Set<String> known, List<Problem> problems) {
        for (String field : new TreeSet<>(object.propertyNames())) {
            if (!known.contains(field)) {
                problems.add(new Problem(prefix.isEmpty() ? field : prefix + "." + field, "unknown"));
            }
        }
    }

    private static String last(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    // ---------------------------------------------------------------------------------------------- the page's form

    /** The form's fields as text, to show again: the policy's values, or what was entered. */
    static Map<String, String> formOf(CaseloadPolicy policy) {
        Map<String, String> form = new LinkedHashMap<>();
        numbersOf(policy).forEach((name, value) -> form.put(name, value.toString()));
        form.put(WEIGHTING, policy.weighting().enabled() ? "yes" : "");
        return form;
    }

    /** What was entered in the form, to show again beside its errors. */
    static Map<String, String> formOf(MultiValueMap<String, String> entered) {
        Map<String, String> form = new LinkedHashMap<>();
        for (NumberSetting setting : NUMBERS) {
            String value = entered.getFirst(setting.name());
            form.put(setting.name(), value == null ? "" : value);
        }
        form.put(WEIGHTING, "yes".equals(entered.getFirst(WEIGHTING)) ? "yes" : "");
        return form;
    }

    /** The roles ticked in the form. */
    static Set<String> rolesOf(MultiValueMap<String, String> entered) {
        List<String> roles = entered.get(ROLES);
        return roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Reads a whole policy from the page's form: an unticked weighting box means weighting off. */
    static Reading fromForm(MultiValueMap<String, String> entered) {
        List<Problem> problems = new ArrayList<>();
        Set<JobRole> roles = EnumSet.noneOf(JobRole.class);
        List<String> ticked = entered.get(ROLES);
        for (String code : ticked == null ? List.<String>of() : ticked) {
            Coded.fromCode(JobRole.class, code).ifPresentOrElse(roles::add,
                    () -> problems.add(new Problem(ROLES, "unknownRole", code, Coded.codesOf(JobRole.class))));
        }
        if (ticked == null || ticked.isEmpty()) {
            problems.add(new Problem(ROLES, "noRoles"));
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (NumberSetting setting : NUMBERS) {
            String text = entered.getFirst(setting.name());
            text = text == null ? "" : text.strip();
            if (text.isEmpty()) {
                problems.add(new Problem(setting.name(), "required"));
            } else if (!WHOLE_NUMBER.matcher(text).matches()) {
                problems.add(new Problem(setting.name(), "wholeNumber"));
            } else {
                numbers.put(setting.name(), Integer.valueOf(text));
            }
        }
        return checked(roles, "yes".equals(entered.getFirst(WEIGHTING)), numbers, problems);
    }

    // ---------------------------------------------------------------------------------------------- the rules

    /** Checks the values read against the settings' ranges; the policy when all is well. */
    private static Reading checked(Set<JobRole> roles, Boolean weighted, Map<String, Integer> numbers, List<Problem> problems) {
        for (NumberSetting setting : NUMBERS) {
            Integer value = numbers.get(setting.name());
            if (value != null && (value < setting.min() || value > setting.max())) {
                problems.add(setting.isCap() ? new Problem(setting.name(), "cap", setting.min(), setting.max())
                        : new Problem(setting.name(), "range", setting.min(), setting.max()));
            }
        }
        problems.sort(Comparator.comparing((Problem p) -> order(p.name())));
        if (!problems.isEmpty()) {
            return new Reading(null, List.copyOf(problems));
        }
        return new Reading(policyOf(roles, weighted, numbers), List.of());
    }

    /** Where a setting comes in the page's order; names that are not settings (and the document itself) first. */
    private static int order(String name) {
        return ORDER.indexOf(name);
    }
}
