package uk.retain.measures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-number suppression of one date's measures, for a viewer who must never learn a figure about one person (a
 * regional analyst): decision 0012. A pure function of the authority's measures, each team's, and the bases the
 * measure sets give; it never changes what it is given.
 *
 * <ul>
 * <li><b>Primary.</b> A count from 1 to {@value #THRESHOLD} − 1 (0 describes nobody and is given) is suppressed,
 * each count of an object of counts ({@code pqe_bands}, {@code applications_by_source}, {@code leaving_reasons})
 * alike. A figure made from a count of people or events (its <i>base</i>: an FTE from its headcount, a rate from its
 * denominator, a median or amount from the cases it is taken over) is suppressed when the base is under the
 * threshold, unless both are 0; and when a figure it is computed from is suppressed (a rate whose numerator or
 * denominator is). A figure whose base is not known is suppressed.</li>
 * <li><b>Secondary.</b> The teams' counts and FTEs add up to the authority's (measures.md), so a single hidden cell
 * of such a group (a suppressed team, a suppressed total, or the part of the total that no team carries when it is
 * small) could be worked out from the others: one more cell is suppressed, the team with the smallest non-zero
 * value (else the total).</li>
 * <li>A suppressed value is the string {@value #SUPPRESSED}, as DfE marks its own; {@code caseload_by_worker} is
 * null; a measure without a rule here is suppressed whole.</li>
 * </ul>
 */
public final class Suppression {

    /** Counts under this are suppressed. */
    public static final int THRESHOLD = 5;

    /** What a suppressed value is in the JSON: DfE's mark for a confidential figure. */
    public static final String SUPPRESSED = "c";

    /** The base that a measure set gives for its own figure ({@link MeasureSet.Prepared#bases}). */
    static final String OWN = "#own";

    /** The workers holding a case as primary: the entries of caseload_by_worker with a case. */
    static final String CASE_HOLDERS = "#case_holders";

    enum Kind { COUNT, COUNTS, DERIVED, PERSON_ROWS }

    /**
     * How one measure is suppressed.
     *
     * @param additive the teams' values add up to the authority's, so secondary suppression applies
     * @param bases the counts the value is made from: measure names, {@link #OWN} or {@link #CASE_HOLDERS}
     * @param inputs the measures the value is computed from
     */
    record Rule(Kind kind, boolean additive, List<String> bases, List<String> inputs) {
    }

    /**
     * A set of rules by figure name, in an order where a figure comes after the ones it is made from: the measures'
     * ({@link #MEASURES}), or another answer's figures (the continuity figures).
     */
    public static final class Rules {

        private final Map<String, Rule> rules = new LinkedHashMap<>();

        /** A count, suppressed from 1 to 4, and when one of its bases is small. */
        public Rules count(String name, String... bases) {
            rules.put(name, new Rule(Kind.COUNT, true, List.of(bases), List.of()));
            return this;
        }

        /** An object of counts (of objects of counts), each suppressed as a count. */
        public Rules counts(String name) {
            rules.put(name, new Rule(Kind.COUNTS, true, List.of(), List.of()));
            return this;
        }

        /** An FTE or a sum of money: made from its base, adding up over the teams. */
        public Rules amount(String name, String base) {
            rules.put(name, new Rule(Kind.DERIVED, true, List.of(base), List.of()));
            return this;
        }

        /** A rate, ratio or median: made from its bases and computed from its inputs; not additive. */
        public Rules rate(String name, List<String> bases, String... inputs) {
            rules.put(name, new Rule(Kind.DERIVED, false, bases, List.of(inputs)));
            return this;
        }

        /** Rows about one person: never given. */
        public Rules personRows(String name) {
            rules.put(name, new Rule(Kind.PERSON_ROWS, false, List.of(), List.of()));
            return this;
        }

        /** Whether the figure has a rule (one without is suppressed whole). */
        public boolean knows(String name) {
            return rules.containsKey(name);
        }

        Set<String> names() {
            return rules.keySet();
        }
    }

    /** The measures' rules (measures.md). */
    public static final Rules MEASURES = new Rules()
            .count("inpost_headcount")
            .count("starters_headcount")
            .count("leavers_headcount")
            .count("agency_headcount")
            .count("cases", CASE_HOLDERS)
            .count("workers_over_20_cases")
            .counts("pqe_bands")
            .count("children_with_3_plus_workers")
            .amount("inpost_fte", "inpost_headcount")
            .amount("starters_fte", "starters_headcount")
            .amount("leavers_fte", "leavers_headcount")
            .amount("agency_fte", "agency_headcount")
            .rate("turnover_rate_fte", List.of("inpost_headcount"), "leavers_fte", "inpost_fte")
            .rate("turnover_rate_headcount", List.of("inpost_headcount"), "leavers_headcount", "inpost_headcount")
            .rate("agency_rate_fte", List.of(), "agency_fte", "inpost_fte")
            .rate("agency_rate_headcount", List.of(), "agency_headcount", "inpost_headcount")
            // Posts, not people: given as they are; the rate reveals the in-post FTE, so it follows it.
            .rate("vacancy_fte", List.of())
            .rate("vacancy_rate_fte", List.of(), "vacancy_fte", "inpost_fte")
            .amount("agency_cover_fte", "agency_headcount")
            .rate("agency_cover_rate_fte", List.of(), "agency_cover_fte", "agency_fte")
            .rate("vacancy_agency_cover_rate_fte", List.of(), "agency_cover_fte", "vacancy_fte")
            .amount("case_holders_fte", CASE_HOLDERS)
            .rate("caseload_fte", List.of(), "cases", "case_holders_fte")
            .amount("working_days_lost_fte", "inpost_headcount")
            .rate("absence_rate_fte", List.of(), "working_days_lost_fte", "inpost_fte")
            .rate("pqe_over_2y_percent", List.of("pqe_bands"), "pqe_bands")
            .personRows("caseload_by_worker")
            .count("supervision_due_headcount")
            .count("supervision_overdue_headcount")
            .rate("supervision_in_date_percent", List.of("supervision_due_headcount"), "supervision_due_headcount",
                    "supervision_overdue_headcount")
            .count("programme_reviews_overdue", OWN)
            .rate("programme_retention_percent", List.of(OWN))
            .rate("stability_index_percent", List.of(OWN))
            .count("leavers_under_1y_service")
            .count("leavers_under_2y_service")
            .counts("leaving_reasons")
            .amount("agency_spend", OWN)
            .count("agency_engagements_unapproved_breaches")
            .count("vacancies_open")
            .count("vacancies_open_over_90_days")
            .rate("time_to_fill_days", List.of(OWN))
            .rate("time_to_hire_days", List.of(OWN))
            .count("offers_declined")
            .counts("applications_by_source");

    /**
     * Whether the measure is a count of people or events (or an object of counts), so that a value from 1 to
     * {@value #THRESHOLD} − 1 of it is never shared: what a reader of shared figures checks.
     */
    public static boolean isCount(String measure) {
        Rule rule = MEASURES.rules.get(measure);
        return rule != null && (rule.kind() == Kind.COUNT || rule.kind() == Kind.COUNTS);
    }

    /** One date's measures after suppression: the authority's and each team's, by {@code team_id} in order. */
    public record Figures(Map<String, Object> authority, Map<String, Map<String, Object>> teams) {
    }

    /** Whether the measure is rows about one person each (such as caseload_by_worker), never shared outside the council. */
    public static boolean isPersonRows(String measure) {
        Rule rule = MEASURES.rules.get(measure);
        return rule != null && rule.kind() == Kind.PERSON_ROWS;
    }

    /** Whether the measure has a rule in {@link #MEASURES} (one without is suppressed whole). */
    public static boolean knows(String measure) {
        return MEASURES.knows(measure);
    }

    private final List<Map<String, Object>> units = new ArrayList<>();
    private final List<Map<String, Integer>> bases = new ArrayList<>();
    private final List<Integer> caseHolders = new ArrayList<>();
    private final List<Set<String>> suppressed = new ArrayList<>();
    private final int authority;
    private final Map<String, Rule> rules;

    private Suppression(Rules rules, Map<String, Object> authority, Map<String, Map<String, Object>> teams,
            Map<String, Integer> authorityBases, Map<String, Map<String, Integer>> teamBases) {
        this.rules = rules.rules;
        teams.forEach((team, measures) -> add(measures, teamBases.getOrDefault(team, Map.of())));
        add(authority, authorityBases);
        this.authority = units.size() - 1;
    }

    private void add(Map<String, Object> measures, Map<String, Integer> unitBases) {
        units.add(copy(measures));
        bases.add(unitBases);
        caseHolders.add(measures.get("caseload_by_worker") instanceof List<?> listed ? (int) listed.stream()
                .filter(entry -> entry instanceof Map<?, ?> worker && worker.get("cases") instanceof Number cases
                        && cases.intValue() > 0).count() : null);
        suppressed.add(new HashSet<>());
    }

    /**
     * The measures of {@code authority} and {@code teams} (every team of the register, each date's as {@link
     * RegisterMeasures} gives them, caseload_by_worker included) with small numbers suppressed.
     *
     * @param authorityBases the authority's bases by measure name ({@link MeasureSet.Prepared#bases})
     * @param teamBases each team's bases by {@code team_id}
     */
    public static Figures apply(Map<String, Object> authority, Map<String, Map<String, Object>> teams,
            Map<String, Integer> authorityBases, Map<String, Map<String, Integer>> teamBases) {
        return apply(MEASURES, authority, teams, authorityBases, teamBases);
    }

    /** The same under other {@code rules}: an answer's figures that are not measures. */
    public static Figures apply(Rules rules, Map<String, Object> authority, Map<String, Map<String, Object>> teams,
            Map<String, Integer> authorityBases, Map<String, Map<String, Integer>> teamBases) {
        Suppression suppression = new Suppression(rules, authority, teams, authorityBases, teamBases);
        suppression.run();
        Map<String, Map<String, Object>> teamsOut = new LinkedHashMap<>();
        int i = 0;
        for (String team : teams.keySet()) {
            teamsOut.put(team, suppression.units.get(i++));
        }
        return new Figures(suppression.units.get(suppression.authority), teamsOut);
    }

    private void run() {
        for (Map.Entry<String, Rule> entry : rules.entrySet()) {
            String name = entry.getKey();
            Rule rule = entry.getValue();
            if (rule.kind() == Kind.PERSON_ROWS) {
                units.forEach(unit -> {
                    if (unit.containsKey(name)) {
                        unit.put(name, null);
                    }
                });
                continue;
            }
            for (int u = 0; u < units.size(); u++) {
                for (Map.Entry<String, Double> leaf : leaves(units.get(u).get(name), name).entrySet()) {
                    if (primary(rule, u, name, leaf.getValue())) {
                        suppressed.get(u).add(leaf.getKey());
                    }
                }
            }
            if (rule.additive()) {
                secondary(name, rule.kind() != Kind.DERIVED);
            }
        }
        for (int u = 0; u < units.size(); u++) {
            for (Map.Entry<String, Object> measure : units.get(u).entrySet()) {
                if (!rules.containsKey(measure.getKey()) && measure.getValue() != null) {
                    suppressed.get(u).add(measure.getKey());
                }
            }
        }
        for (int u = 0; u < units.size(); u++) {
            for (String path : suppressed.get(u)) {
                mark(units.get(u), path);
            }
        }
    }

    private boolean primary(Rule rule, int u, String name, double value) {
        if (rule.kind() != Kind.DERIVED && value > 0 && value < THRESHOLD) {
            return true;
        }
        for (String base : rule.bases()) {
            Double n = base(u, base, name);
            if (n == null || (n < THRESHOLD && !(n == 0 && value == 0))) {
                return true;
            }
        }
        for (String input : rule.inputs()) {
            for (String path : suppressed.get(u)) {
                if (path.equals(input) || path.startsWith(input + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The base's number in the unit, or null when it is not known. */
    private Double base(int u, String base, String measure) {
        if (base.equals(OWN)) {
            Integer n = bases.get(u).get(measure);
            return n == null ? null : n.doubleValue();
        }
        if (base.equals(CASE_HOLDERS)) {
            Integer n = caseHolders.get(u);
            return n == null ? null : n.doubleValue();
        }
        Object value = units.get(u).get(base);
        if (value == null) {
            return null;
        }
        return leaves(value, base).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * For each value of the measure (each count of an object of counts), the total and the teams: when exactly one
     * of them is hidden and it must be protected, one more is suppressed.
     */
    private void secondary(String name, boolean counted) {
        Map<String, Object> total = units.get(authority);
        if (total.get(name) == null) {
            return;
        }
        Set<String> paths = new LinkedHashSet<>();
        for (Map<String, Object> unit : units) {
            paths.addAll(leaves(unit.get(name), name).keySet());
        }
        for (String path : paths) {
            double totalValue = leaves(total.get(name), name).getOrDefault(path, 0.0);
            double sum = 0;
            int hidden = 0;
            boolean sensitive = false;
            if (suppressed.get(authority).contains(path)) {
                hidden++;
                sensitive = true;
            }
            int smallest = -1;
            double smallestValue = Double.MAX_VALUE;
            int firstVisible = -1;
            for (int u = 0; u < authority; u++) {
                Object measure = units.get(u).get(name);
                if (measure == null) {
                    hidden++; // not given for the team: no equation to solve through it
                    continue;
                }
                double value = leaves(measure, name).getOrDefault(path, 0.0);
                sum += value;
                if (suppressed.get(u).contains(path)) {
                    hidden++;
                    sensitive = true;
                } else {
                    if (firstVisible < 0) {
                        firstVisible = u;
                    }
                    if (value > 0 && value < smallestValue) {
                        smallest = u;
                        smallestValue = value;
                    }
                }
            }
            double residual = totalValue - sum;
            boolean residualHidden = counted ? Math.abs(residual) >= 0.5 : Math.abs(residual) > 1e-6 * Math.max(1, Math.abs(totalValue));
            if (residualHidden) {
                hidden++;
                sensitive = !counted || Math.abs(residual) < THRESHOLD;
            }
            if (hidden != 1 || !sensitive) {
                continue;
            }
            if (smallest >= 0) {
                suppressed.get(smallest).add(path);
            } else if (!suppressed.get(authority).contains(path)) {
                suppressed.get(authority).add(path);
            } else if (firstVisible >= 0) {
                suppressed.get(firstVisible).add(path);
            }
        }
    }

    /** The numbers of a measure's value by path: the value itself, or each count of an object (of objects). */
    private static Map<String, Double> leaves(Object value, String path) {
        Map<String, Double> leaves = new LinkedHashMap<>();
        if (value instanceof Number number) {
            leaves.put(path, number.doubleValue());
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> leaves.putAll(leaves(inner, path + "/" + key)));
        }
        return leaves;
    }

    @SuppressWarnings("unchecked")
    private static void mark(Map<String, Object> unit, String path) {
        String[] parts = path.split("/");
        Map<String, Object> at = unit;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(at.get(parts[i]) instanceof Map<?, ?>)) {
                at.put(parts[i], SUPPRESSED);
                return;
            }
            at = (Map<String, Object>) at.get(parts[i]);
        }
        at.put(parts[parts.length - 1], SUPPRESSED);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> measures) {
        Map<String, Object> copy = new LinkedHashMap<>();
        measures.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> map ? copy((Map<String, Object>) map) : value));
        return copy;
    }
}
