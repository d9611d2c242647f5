package uk.retain.caseload.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.web.SettingsBinding;
import uk.retain.workforce.CodeOf;

/**
 * A caseload policy read from the JSON API's document or the page's form, both bound into a
 * {@link CaseloadPolicyDocument} and checked by its constraints ({@link SettingsBinding}). A setting's name is its
 * path in the document ({@code caps.experienced} is {@code {"caps": {"experienced": 18}}}); the form uses the same
 * names.
 *
 * <p>Every problem is found, not just the first, so that the API's 422 and the page's error summary list them all.
 */
@Component
public class PolicySettings {

    static final String ROLES = "case_holding_roles";
    static final String CAPS = "caps";
    static final String WEIGHTING = "weighting.enabled";
    static final String CATEGORY_POINTS = "weighting.category_points";

    /** Every setting's name and its default, in the page's order: the order problems are listed in. */
    static final Map<String, Object> DEFAULTS = SettingsBinding.settingsOf(CaseloadPolicyDocument.of(CaseloadPolicy.DEFAULT));

    /** The whole-number settings, in the page's order. */
    static final List<String> NUMBERS = DEFAULTS.entrySet().stream().filter(e -> e.getValue() instanceof Integer)
            .map(Map.Entry::getKey).toList();

    private static final List<String> ORDER = List.copyOf(DEFAULTS.keySet());

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

    private final SettingsBinding<CaseloadPolicyDocument> binding;

    PolicySettings(Validator validator) {
        this.binding = new SettingsBinding<>(CaseloadPolicyDocument.class, validator, Map.of(CodeOf.class, CodeOf.Check::arguments),
                List.of());
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

    /** The group a setting is in ({@code weighting.category_points}); empty for one at the top of the document. */
    static String group(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
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
        SettingsBinding.settingsOf(CaseloadPolicyDocument.of(policy)).forEach((name, value) -> {
            if (value instanceof Integer number) {
                numbers.put(name, number);
            }
        });
        return numbers;
    }

    /** The case-holding roles' codes, sorted, as the API gives them. */
    static List<String> roleCodes(CaseloadPolicy policy) {
        return CaseloadPolicyDocument.of(policy).caseHoldingRoles();
    }

    /** The policy as the API's JSON document. */
    public static CaseloadPolicyDocument json(CaseloadPolicy policy) {
        return CaseloadPolicyDocument.of(policy);
    }

    /**
     * What changed between two policies, setting by setting, for the audit trail: the lists and numbers in the
     * document's order, then the switches, as the trail has always listed them.
     */
    static String changes(CaseloadPolicy before, CaseloadPolicy after) {
        Map<String, Object> was = SettingsBinding.settingsOf(CaseloadPolicyDocument.of(before));
        Map<String, Object> is = SettingsBinding.settingsOf(CaseloadPolicyDocument.of(after));
        List<String> changes = new ArrayList<>();
        for (boolean switches : new boolean[] {false, true}) {
            is.forEach((name, value) -> {
                if (value instanceof Boolean == switches && !value.equals(was.get(name))) {
                    changes.add(name + " " + was.get(name) + " -> " + value);
                }
            });
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** Reads a whole policy from the API's JSON document: every setting is required, none is unknown. */
    public Reading fromJson(JsonNode document) {
        SettingsBinding.Bound<CaseloadPolicyDocument> bound = binding.read(document);
        if (bound.document() == null) {
            List<Problem> problems = new ArrayList<>(bound.problems().stream().map(p -> new Problem(p.name(), p.code(), p.args())).toList());
            problems.sort(IN_PAGE_ORDER);
            return new Reading(null, List.copyOf(problems));
        }
        return new Reading(bound.document().policy(), List.of());
    }

    /**
     * Reads a whole policy from the page's form, bound into the same document: a box left empty is a setting not
     * given, an unticked weighting box is weighting off, and no role ticked is an empty list.
     */
    Reading fromForm(MultiValueMap<String, String> entered) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        DEFAULTS.forEach((name, example) -> {
            ObjectNode parent = document;
            String[] path = name.split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
            }
            String field = path[path.length - 1];
            if (example instanceof List) {
                ArrayNode ticked = parent.putArray(field);
                List<String> values = entered.get(name);
                (values == null ? List.<String>of() : values).forEach(ticked::add);
            } else if (example instanceof Boolean) {
                parent.put(field, "yes".equals(entered.getFirst(name)));
            } else {
                String text = entered.getFirst(name);
                text = text == null ? "" : text.strip();
                if (WHOLE_NUMBER.matcher(text).matches()) {
                    parent.put(field, Integer.parseInt(text));
                } else if (!text.isEmpty()) {
                    parent.put(field, text);
                }
            }
        });
        return fromJson(document);
    }

    /** The form's fields as text, to show again: the policy's values. */
    static Map<String, String> formOf(CaseloadPolicy policy) {
        Map<String, String> form = new LinkedHashMap<>();
        SettingsBinding.settingsOf(CaseloadPolicyDocument.of(policy)).forEach((name, value) -> {
            if (value instanceof Integer) {
                form.put(name, value.toString());
            } else if (value instanceof Boolean on) {
                form.put(name, on ? "yes" : "");
            }
        });
        return form;
    }

    /** What was entered in the form, to show again beside its errors. */
    static Map<String, String> formOf(MultiValueMap<String, String> entered) {
        Map<String, String> form = new LinkedHashMap<>();
        DEFAULTS.forEach((name, example) -> {
            String value = entered.getFirst(name);
            if (example instanceof Integer) {
                form.put(name, value == null ? "" : value);
            } else if (example instanceof Boolean) {
                form.put(name, "yes".equals(value) ? "yes" : "");
            }
        });
        return form;
    }

    /** The roles ticked in the form. */
    static Set<String> rolesOf(MultiValueMap<String, String> entered) {
        List<String> roles = entered.get(ROLES);
        return roles == null ? Set.of() : Set.copyOf(roles);
    }

    /**
     * The page's order: first what is not a setting (the document, a property that is not one, a group missing or
     * not an object), by where its group comes and then by name; then the settings in the page's order.
     */
    private static final Comparator<Problem> IN_PAGE_ORDER = Comparator.comparingInt((Problem p) -> ORDER.indexOf(p.name()))
            .thenComparingInt(p -> ORDER.contains(p.name()) ? 0 : groupOrder(p.name()))
            .thenComparing(p -> ORDER.contains(p.name()) ? "" : p.name());

    private static int groupOrder(String name) {
        String group = group(name);
        if (group.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).startsWith(group + ".")) {
                return i;
            }
        }
        return ORDER.size();
    }
}
