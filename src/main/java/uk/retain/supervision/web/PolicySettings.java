package uk.retain.supervision.web;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Validation;

import org.springframework.util.MultiValueMap;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.retain.supervision.SupervisionRule;
import uk.retain.web.SettingsBinding;
import uk.retain.workforce.CodeOf;
import uk.retain.workforce.SupervisionKind;

/**
 * A supervision policy read from the JSON API's document or the page's form, both bound into a
 * {@link SupervisionPolicyDocument} and checked by its constraints ({@link SettingsBinding}): every interval more
 * than zero and at most a year, in days, weeks or months ({@link Interval}); the minimum length 0 to 480 minutes;
 * at least one kind of session counting; each ASYE phase lasting longer than the one before ({@link Phases}).
 * Every problem is found, not just the first.
 *
 * <p>A period is ISO 8601 in the JSON ({@code "P7D"}, {@code "P2W"}, {@code "P1M"}) and written out in the form
 * ({@code 7 days}, {@code 2 weeks}, {@code 1 month}; the ISO form is accepted too).
 */
public final class PolicySettings {

    static final String KINDS = "counting_kinds";
    static final String MINUTES = "minimum_minutes";
    static final String PHASES = "asye_phases";
    static final String AFTER_PHASES = "asye_after_phases";
    static final String INTERVAL = "interval";
    static final String UNTIL = "until";
    static final String PHASE_INTERVAL = "interval";

    static final int MAX_MINUTES = SupervisionPolicyDocument.MAX_MINUTES;
    /** How many ASYE phases the page's form offers (the contract has two). */
    static final int FORM_PHASES = 3;

    private static final Pattern WRITTEN = Pattern.compile("([0-9]{1,4})\\s*(day|days|week|weeks|month|months)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

    // Read statically, as the pages and the API always have; its constraints need no Spring beans.
    private static final SettingsBinding<SupervisionPolicyDocument> BINDING = new SettingsBinding<>(SupervisionPolicyDocument.class,
            Validation.buildDefaultValidatorFactory().getValidator(), Map.of(CodeOf.class, CodeOf.Check::arguments),
            List.of(new SettingsBinding.Value<>(Period.class, "isoPeriod", PolicySettings::isoPeriod)));

    private PolicySettings() {
    }

    /** A problem with a setting: message {@code suppolicy.error.<code>}, its first argument the setting's description. */
    public record Problem(String name, String code, List<Object> args) {

        Problem(String name, String code, Object... args) {
            this(name, code, List.of(args));
        }

        /** The setting as an RFC 6901 JSON Pointer ({@code /asye_phases/0/until}). */
        public String pointer() {
            return name.isEmpty() ? "" : "/" + name.replace('.', '/');
        }

        String fieldId() {
            return PolicySettings.fieldId(name);
        }

        /** The message key of the setting's description: phases by their place, {@code asye_phases.until}. */
        String descriptionKey() {
            return "suppolicy.name." + name.replaceAll("\\.[0-9]+", "");
        }

        /** The phase's number (1-based) when the setting is in one, else null. */
        Integer phase() {
            Matcher matcher = Pattern.compile("\\.([0-9]+)").matcher(name);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) + 1 : null;
        }
    }

    public record Reading(SupervisionRule rule, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    static String fieldId(String name) {
        return "sp-" + name.replace('.', '-').replace('_', '-');
    }

    static String phaseName(int index, String part) {
        return PHASES + "." + index + "." + part;
    }

    // ---------------------------------------------------------------------------------------------- periods

    /** A period as the JSON gives it (ISO 8601). */
    static String iso(Period period) {
        return period.toString();
    }

    /** A period in words for the form and the page: "1 month", "6 weeks", "10 days". */
    static String written(Period period) {
        if (period.getMonths() > 0 && period.getDays() == 0 && period.getYears() == 0) {
            return period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
        }
        int days = period.getDays();
        if (days % 7 == 0 && period.getMonths() == 0 && period.getYears() == 0) {
            return days / 7 + (days == 7 ? " week" : " weeks");
        }
        return days + (days == 1 ? " day" : " days");
    }

    /** A period written in the form, or ISO 8601; null when it is neither. */
    static Period parsePeriod(String text) {
        String value = text.strip().toLowerCase(Locale.UK);
        Matcher written = WRITTEN.matcher(value);
        if (written.matches()) {
            int n = Integer.parseInt(written.group(1));
            return switch (written.group(2).charAt(0)) {
                case 'd' -> Period.ofDays(n);
                case 'w' -> Period.ofWeeks(n);
                default -> Period.ofMonths(n);
            };
        }
        if (value.startsWith("p")) {
            try {
                return Period.parse(value.toUpperCase(Locale.UK));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** What is wrong with a period as an interval: in days or months alone, more than zero, at most a year; null if nothing. */
    static String periodProblem(Period period) {
        if (period.getYears() != 0 || (period.getMonths() != 0 && period.getDays() != 0)) {
            return "oneUnit";
        } else if (period.isNegative() || period.isZero()) {
            return "positive";
        } else if (period.getMonths() > 12 || period.getDays() > 366) {
            return "tooLong";
        }
        return null;
    }

    /** Checks a period's range ({@link #periodProblem}), adding its problem as the setting {@code name}'s. */
    static void checkPeriod(String name, Period period, List<Problem> problems) {
        String problem = periodProblem(period);
        if (problem != null) {
            problems.add(new Problem(name, problem));
        }
    }

    // ---------------------------------------------------------------------------------------------- the JSON API

    public static Map<String, Object> json(SupervisionRule rule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(KINDS, rule.countingKinds().stream().map(SupervisionKind::code).sorted().toList());
        json.put(MINUTES, rule.minimumMinutes());
        json.put(PHASES, rule.asyePhases().stream().map(phase -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put(UNTIL, iso(phase.until()));
            item.put(PHASE_INTERVAL, iso(phase.interval()));
            return item;
        }).toList());
        json.put(AFTER_PHASES, iso(rule.asyeAfterPhases()));
        json.put(INTERVAL, iso(rule.interval()));
        return json;
    }

    /** Reads a whole policy from the API's JSON document: every setting required, none unknown. */
    public static Reading fromJson(JsonNode document) {
        return read(document, Map.of(), false);
    }

    /** A period in the JSON: ISO 8601, and nothing else (not "2 weeks", which the form takes). */
    private static Period isoPeriod(JsonParser p) {
        String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : null;
        return text != null && text.startsWith("P") ? parsePeriod(text) : null;
    }

    // ---------------------------------------------------------------------------------------------- the page's form

    /** The form's fields as text: the rule's values in words (the form offers {@link #FORM_PHASES} phases). */
    static Map<String, String> formOf(SupervisionRule rule) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(MINUTES, Integer.toString(rule.minimumMinutes()));
        for (int i = 0; i < Math.max(FORM_PHASES, rule.asyePhases().size()); i++) {
            SupervisionRule.AsyePhase phase = i < rule.asyePhases().size() ? rule.asyePhases().get(i) : null;
            form.put(phaseName(i, UNTIL), phase == null ? "" : written(phase.until()));
            form.put(phaseName(i, PHASE_INTERVAL), phase == null ? "" : written(phase.interval()));
        }
        form.put(AFTER_PHASES, written(rule.asyeAfterPhases()));
        form.put(INTERVAL, written(rule.interval()));
        return form;
    }

    /** What was entered, to show again beside its errors. */
    static Map<String, String> formOf(MultiValueMap<String, String> entered) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(MINUTES, value(entered, MINUTES));
        for (int i = 0; i < FORM_PHASES; i++) {
            form.put(phaseName(i, UNTIL), value(entered, phaseName(i, UNTIL)));
            form.put(phaseName(i, PHASE_INTERVAL), value(entered, phaseName(i, PHASE_INTERVAL)));
        }
        form.put(AFTER_PHASES, value(entered, AFTER_PHASES));
        form.put(INTERVAL, value(entered, INTERVAL));
        return form;
    }

    static Set<String> kindsOf(MultiValueMap<String, String> entered) {
        List<String> kinds = entered.get(KINDS);
        return kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /**
     * Reads a whole policy from the form, bound into the same document: a box left empty is a setting not given, a
     * phase row left empty is no phase, a period is in words or ISO 8601.
     */
    static Reading fromForm(MultiValueMap<String, String> entered) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        ArrayNode kinds = document.putArray(KINDS);
        List<String> ticked = entered.get(KINDS);
        new LinkedHashSet<>(ticked == null ? List.<String>of() : ticked).forEach(kinds::add);
        String minutes = value(entered, MINUTES).strip();
        if (WHOLE_NUMBER.matcher(minutes).matches()) {
            document.put(MINUTES, Integer.parseInt(minutes));
        } else if (!minutes.isEmpty()) {
            document.put(MINUTES, minutes);
        }
        ArrayNode phases = document.putArray(PHASES);
        // The document's phase k is the form's row rows[k]: a problem is shown on the row it was entered in.
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < FORM_PHASES; i++) {
            String until = value(entered, phaseName(i, UNTIL)).strip();
            String every = value(entered, phaseName(i, PHASE_INTERVAL)).strip();
            if (until.isEmpty() && every.isEmpty()) {
                continue;
            }
            rows.put(PHASES + "." + phases.size() + ".", PHASES + "." + i + ".");
            ObjectNode phase = phases.addObject();
            putPeriod(phase, UNTIL, until);
            putPeriod(phase, PHASE_INTERVAL, every);
        }
        putPeriod(document, AFTER_PHASES, value(entered, AFTER_PHASES).strip());
        putPeriod(document, INTERVAL, value(entered, INTERVAL).strip());
        return read(document, rows, true);
    }

    /** A period entered in the form, as ISO 8601 when it is one in words; left as entered when it is not. */
    private static void putPeriod(ObjectNode parent, String field, String text) {
        if (!text.isEmpty()) {
            Period period = parsePeriod(text);
            parent.put(field, period == null ? text : iso(period));
        }
    }

    private static String value(MultiValueMap<String, String> entered, String name) {
        String value = entered.getFirst(name);
        return value == null ? "" : value;
    }

    // ---------------------------------------------------------------------------------------------- the rules

    /**
     * Binds and checks a document; {@code rows} renames the phases' settings by their prefix (the form's rows), and
     * a form's period in neither words nor ISO 8601 is {@code period}, not {@code isoPeriod}.
     */
    private static Reading read(JsonNode json, Map<String, String> rows, boolean form) {
        SettingsBinding.Bound<SupervisionPolicyDocument> bound = BINDING.read(json);
        if (bound.document() != null) {
            return new Reading(bound.document().rule(), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        for (SettingsBinding.Problem p : bound.problems()) {
            String name = p.name();
            for (Map.Entry<String, String> row : rows.entrySet()) {
                if (name.startsWith(row.getKey())) {
                    name = row.getValue() + name.substring(row.getKey().length());
                    break;
                }
            }
            String code = switch (p.code()) {
                case "list" -> name.equals(PHASES) ? "phaseList" : "list";
                case "object" -> name.startsWith(PHASES + ".") ? "phaseObject" : "object";
                case "isoPeriod" -> form ? "period" : "isoPeriod";
                default -> p.code();
            };
            problems.add(new Problem(name, code, p.args()));
        }
        problems.sort(IN_PAGE_ORDER);
        return new Reading(null, List.copyOf(problems));
    }

    /**
     * The page's order: kinds, minutes, phases in order, after the phases, the interval; what is not a setting
     * before the settings of its place, in the order of its name.
     */
    private static final Comparator<Problem> IN_PAGE_ORDER = Comparator.comparingInt((Problem p) -> order(p.name()))
            .thenComparing(p -> !p.code().equals(SettingsBinding.UNKNOWN))
            .thenComparing(Problem::name);

    private static int order(String name) {
        if (name.startsWith(KINDS)) {
            return 1;
        }
        if (name.startsWith(MINUTES)) {
            return 2;
        }
        if (name.startsWith(PHASES)) {
            Matcher matcher = Pattern.compile("\\.([0-9]+)").matcher(name);
            return 10 + (matcher.find() ? Integer.parseInt(matcher.group(1)) * 2 + (name.endsWith(UNTIL) ? 0 : 1) : 0);
        }
        if (name.startsWith(AFTER_PHASES)) {
            return 1000;
        }
        if (name.startsWith(INTERVAL)) {
            return 1001;
        }
        return 0;
    }

    /** What changed between two rules, for the audit trail. */
    static String changes(SupervisionRule before, SupervisionRule after) {
        List<String> changes = new ArrayList<>();
        Map<String, Object> was = json(before);
        json(after).forEach((name, value) -> {
            if (!value.equals(was.get(name))) {
                changes.add(name + " " + was.get(name) + " -> " + value);
            }
        });
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }
}
