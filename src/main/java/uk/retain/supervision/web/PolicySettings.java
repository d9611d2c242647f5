package uk.retain.supervision.web;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import uk.retain.supervision.SupervisionRule;
import uk.retain.workforce.Coded;
import uk.retain.workforce.SupervisionKind;

/**
 * The settings of a supervision policy by name, as the JSON API and the page's form both carry them, and the one
 * set of rules both are checked against: every interval more than zero and at most a year, in days, weeks or
 * months; the minimum length 0 to 480 minutes; at least one kind of session counting; each ASYE phase lasting
 * longer than the one before. Every problem is found, not just the first.
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

    static final int MAX_MINUTES = 480;
    /** What the API answers beside the settings, ignored when sent back: a document read can be put again. */
    static final Set<String> READ_ONLY = Set.of("source", "changed_by", "changed_at");
    /** How many ASYE phases the page's form offers (the contract has two). */
    static final int FORM_PHASES = 3;

    private static final Pattern WRITTEN = Pattern.compile("([0-9]{1,4})\\s*(day|days|week|weeks|month|months)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");
    /** Phases are compared by their end from one fixed day: "6 months" against "42 days" has no other order. */
    private static final LocalDate FROM = LocalDate.of(2001, 1, 1);

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

    /** Checks a period's range: in days or months alone, more than zero, at most a year. */
    static void checkPeriod(String name, Period period, List<Problem> problems) {
        if (period.getYears() != 0 || (period.getMonths() != 0 && period.getDays() != 0)) {
            problems.add(new Problem(name, "oneUnit"));
        } else if (period.isNegative() || period.isZero()) {
            problems.add(new Problem(name, "positive"));
        } else if (period.getMonths() > 12 || period.getDays() > 366) {
            problems.add(new Problem(name, "tooLong"));
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
        List<Problem> problems = new ArrayList<>();
        if (document == null || !document.isObject()) {
            problems.add(new Problem("", "document"));
            return new Reading(null, problems);
        }
        for (String field : new TreeSet<>(document.propertyNames())) {
            if (!Set.of(KINDS, MINUTES, PHASES, AFTER_PHASES, INTERVAL).contains(field) && !READ_ONLY.contains(field)) {
                problems.add(new Problem(field, "unknown"));
            }
        }
        Set<SupervisionKind> kinds = EnumSet.noneOf(SupervisionKind.class);
        JsonNode kindList = document.get(KINDS);
        if (kindList == null || kindList.isNull()) {
            problems.add(new Problem(KINDS, "noKinds"));
        } else if (!kindList.isArray()) {
            problems.add(new Problem(KINDS, "list"));
        } else {
            for (JsonNode kind : kindList) {
                String code = kind.isString() ? kind.stringValue() : kind.toString();
                Coded.fromCode(SupervisionKind.class, code).ifPresentOrElse(kinds::add,
                        () -> problems.add(new Problem(KINDS, "unknownKind", code, Coded.codesOf(SupervisionKind.class))));
            }
            if (kindList.isEmpty()) {
                problems.add(new Problem(KINDS, "noKinds"));
            }
        }
        Integer minutes = null;
        JsonNode minutesNode = document.get(MINUTES);
        if (minutesNode == null || minutesNode.isNull()) {
            problems.add(new Problem(MINUTES, "required"));
        } else if (!minutesNode.isIntegralNumber() || !minutesNode.canConvertToInt()) {
            problems.add(new Problem(MINUTES, "wholeNumber"));
        } else {
            minutes = minutesNode.intValue();
        }
        List<Period[]> phases = new ArrayList<>();
        JsonNode phaseList = document.get(PHASES);
        if (phaseList == null || phaseList.isNull()) {
            problems.add(new Problem(PHASES, "required"));
        } else if (!phaseList.isArray()) {
            problems.add(new Problem(PHASES, "phaseList"));
        } else {
            for (int i = 0; i < phaseList.size(); i++) {
                JsonNode phase = phaseList.get(i);
                if (!phase.isObject()) {
                    problems.add(new Problem(PHASES + "." + i, "phaseObject"));
                    continue;
                }
                for (String field : new TreeSet<>(phase.propertyNames())) {
                    if (!Set.of(UNTIL, PHASE_INTERVAL).contains(field)) {
                        problems.add(new Problem(PHASES + "." + i + "." + field, "unknown"));
                    }
                }
                phases.add(new Period[] {jsonPeriod(phase, phaseName(i, UNTIL), UNTIL, problems),
                    jsonPeriod(phase, phaseName(i, PHASE_INTERVAL), PHASE_INTERVAL, problems)});
            }
        }
        Period after = jsonPeriod(document, AFTER_PHASES, AFTER_PHASES, problems);
        Period interval = jsonPeriod(document, INTERVAL, INTERVAL, problems);
        return checked(kinds, minutes, phases, after, interval, problems);
    }

    private static Period jsonPeriod(JsonNode parent, String name, String field, List<Problem> problems) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            problems.add(new Problem(name, "required"));
            return null;
        }
        Period period = value.isString() && value.stringValue().startsWith("P") ? parsePeriod(value.stringValue()) : null;
        if (period == null) {
            problems.add(new Problem(name, "isoPeriod"));
        }
        return period;
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

    /** Reads a whole policy from the form: a phase row left empty is no phase. */
    static Reading fromForm(MultiValueMap<String, String> entered) {
        List<Problem> problems = new ArrayList<>();
        Set<SupervisionKind> kinds = EnumSet.noneOf(SupervisionKind.class);
        for (String code : kindsOf(entered)) {
            Coded.fromCode(SupervisionKind.class, code).ifPresentOrElse(kinds::add,
                    () -> problems.add(new Problem(KINDS, "unknownKind", code, Coded.codesOf(SupervisionKind.class))));
        }
        if (kindsOf(entered).isEmpty()) {
            problems.add(new Problem(KINDS, "noKinds"));
        }
        Integer minutes = null;
        String minutesText = value(entered, MINUTES).strip();
        if (minutesText.isEmpty()) {
            problems.add(new Problem(MINUTES, "required"));
        } else if (!WHOLE_NUMBER.matcher(minutesText).matches()) {
            problems.add(new Problem(MINUTES, "wholeNumber"));
        } else {
            minutes = Integer.valueOf(minutesText);
        }
        List<Period[]> phases = new ArrayList<>();
        for (int i = 0; i < FORM_PHASES; i++) {
            String until = value(entered, phaseName(i, UNTIL)).strip();
            String every = value(entered, phaseName(i, PHASE_INTERVAL)).strip();
            if (until.isEmpty() && every.isEmpty()) {
                continue;
            }
            phases.add(new Period[] {formPeriod(phaseName(i, UNTIL), until, problems),
                formPeriod(phaseName(i, PHASE_INTERVAL), every, problems)});
        }
        Period after = formPeriod(AFTER_PHASES, value(entered, AFTER_PHASES).strip(), problems);
        Period interval = formPeriod(INTERVAL, value(entered, INTERVAL).strip(), problems);
        return checked(kinds, minutes, phases, after, interval, problems);
    }

    private static Period formPeriod(String name, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(new Problem(name, "required"));
            return null;
        }
        Period period = parsePeriod(text);
        if (period == null) {
            problems.add(new Problem(name, "period"));
        }
        return period;
    }

    private static String value(MultiValueMap<String, String> entered, String name) {
        String value = entered.getFirst(name);
        return value == null ? "" : value;
    }

    // ---------------------------------------------------------------------------------------------- the rules

    private static Reading checked(Set<SupervisionKind> kinds, Integer minutes, List<Period[]> phases, Period after,
            Period interval, List<Problem> problems) {
        if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
            problems.add(new Problem(MINUTES, "minutes", 0, MAX_MINUTES));
        }
        LocalDate previous = null;
        for (int i = 0; i < phases.size(); i++) {
            Period until = phases.get(i)[0];
            Period every = phases.get(i)[1];
            if (until != null) {
                int before = problems.size();
                checkPeriod(phaseName(i, UNTIL), until, problems);
                if (problems.size() == before) {
                    LocalDate end = FROM.plus(until);
                    if (previous != null && !end.isAfter(previous)) {
                        problems.add(new Problem(phaseName(i, UNTIL), "phaseOrder"));
                    }
                    previous = end;
                }
            }
            if (every != null) {
                checkPeriod(phaseName(i, PHASE_INTERVAL), every, problems);
            }
        }
        if (after != null) {
            checkPeriod(AFTER_PHASES, after, problems);
        }
        if (interval != null) {
            checkPeriod(INTERVAL, interval, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(p -> order(p.name())));
            return new Reading(null, List.copyOf(problems));
        }
        List<SupervisionRule.AsyePhase> rulePhases = phases.stream().map(p -> new SupervisionRule.AsyePhase(p[0], p[1])).toList();
        return new Reading(new SupervisionRule(kinds, minutes, rulePhases, after, interval), List.of());
    }

    /** The page's order: kinds, minutes, phases in order, after the phases, everyone else. */
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
