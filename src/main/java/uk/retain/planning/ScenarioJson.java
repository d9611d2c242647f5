package uk.retain.planning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario's levers as JSON, read from parsed JSON (maps, lists, numbers, strings) and written back the same way,
 * with the field names of {@code docs/planning.md}. Reading names every problem, by field; a field left out takes
 * the value of {@link Levers#AS_NOW}.
 */
public final class ScenarioJson {

    static final Set<String> FIELDS = Set.of("name", "caseload_target", "caseload_target_later", "target_by_month",
            "nqsw_per_year", "experienced_offers_per_month", "offer_acceptance", "months_to_hire", "retention_change",
            "agency_change_per_month", "agency_conversions_per_month", "referral_change_percent", "salaries",
            "on_cost_rate", "agency_charge_per_fte", "budget_per_year");

    /** The numeric levers a form may give, in order, with their least and greatest values. */
    public static final Map<String, double[]> BOUNDS = bounds();

    private ScenarioJson() {
    }

    private static Map<String, double[]> bounds() {
        Map<String, double[]> bounds = new LinkedHashMap<>();
        bounds.put("caseload_target", new double[] {1, 100});
        bounds.put("caseload_target_later", new double[] {1, 100});
        bounds.put("target_by_month", new double[] {1, WorkforceForecast.MAX_MONTHS});
        bounds.put("nqsw_per_year", new double[] {0, 10_000});
        bounds.put("experienced_offers_per_month", new double[] {0, 10_000});
        bounds.put("offer_acceptance", new double[] {0, 1});
        bounds.put("months_to_hire", new double[] {0, 24});
        bounds.put("retention_change", new double[] {-1, 0.9});
        bounds.put("agency_change_per_month", new double[] {-1_000, 1_000});
        bounds.put("agency_conversions_per_month", new double[] {0, 1_000});
        bounds.put("referral_change_percent", new double[] {-90, 500});
        bounds.put("on_cost_rate", new double[] {0, 2});
        bounds.put("agency_charge_per_fte", new double[] {0, 10_000_000});
        bounds.put("budget_per_year", new double[] {0, 10_000_000_000.0});
        return java.util.Collections.unmodifiableMap(bounds);
    }

    /** A scenario file that does not give levers: each problem as {@code field: what is wrong}. */
    public static final class InvalidScenarioException extends RuntimeException {

        private final List<String> problems;

        InvalidScenarioException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * The levers of a JSON object.
     *
     * @throws InvalidScenarioException naming every problem
     */
    public static Levers levers(Object json) {
        if (!(json instanceof Map<?, ?> object)) {
            throw new InvalidScenarioException(List.of("(scenario): a JSON object of levers"));
        }
        var problems = new ArrayList<String>();
        object.keySet().stream().map(String::valueOf).filter(key -> !FIELDS.contains(key)).sorted()
                .forEach(key -> problems.add(key + ": not a lever"));
        Levers base = Levers.AS_NOW;
        var reader = new Reader(object, problems);
        double target = reader.number("caseload_target", base.caseloadTarget());
        Double later = reader.optional("caseload_target_later");
        int byMonth = (int) reader.number("target_by_month", base.targetByMonth());
        Double nqsw = reader.optional("nqsw_per_year");
        Double offers = reader.optional("experienced_offers_per_month");
        double acceptance = reader.number("offer_acceptance", base.offerAcceptance());
        int toHire = (int) reader.number("months_to_hire", base.monthsToHire());
        double retention = reader.number("retention_change", base.retentionChange());
        double agency = reader.number("agency_change_per_month", base.agencyChangePerMonth());
        double conversions = reader.number("agency_conversions_per_month", base.agencyConversionsPerMonth());
        double referrals = reader.number("referral_change_percent", base.referralChangePercent());
        var salaries = new EnumMap<Band, Double>(base.salaries());
        Object given = object.get("salaries");
        if (given instanceof Map<?, ?> bySalary) {
            for (var entry : bySalary.entrySet()) {
                Band band = null;
                for (Band candidate : Band.values()) {
                    if (candidate.code().equals(String.valueOf(entry.getKey()))) {
                        band = candidate;
                    }
                }
                if (band == null) {
                    problems.add("salaries." + entry.getKey() + ": not a band (asye, under_2_years, 2_to_5_years, "
                            + "5_plus_years)");
                } else if (entry.getValue() instanceof Number number && number.doubleValue() >= 0
                        && number.doubleValue() <= 1_000_000) {
                    salaries.put(band, number.doubleValue());
                } else {
                    problems.add("salaries." + band.code() + ": a yearly salary from 0 to 1000000");
                }
            }
        } else if (given != null) {
            problems.add("salaries: an object of yearly salaries by band");
        }
        double onCost = reader.number("on_cost_rate", base.onCostRate());
        double charge = reader.number("agency_charge_per_fte", base.agencyChargePerFte());
        Double budget = reader.optional("budget_per_year");
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return new Levers(target, later, byMonth, nqsw, offers, acceptance, toHire, retention, agency, conversions,
                referrals, salaries, onCost, charge, budget);
    }

    /** The scenario's name, or null when not given or not text. */
    public static String name(Object json) {
        return json instanceof Map<?, ?> object && object.get("name") instanceof String text && !text.isBlank()
                ? text.strip() : null;
    }

    /** The levers as JSON; the ones history decides are null until the forecast resolves them. */
    public static Map<String, Object> json(Levers levers) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseload_target", levers.caseloadTarget());
        json.put("caseload_target_later", levers.caseloadTargetLater());
        json.put("target_by_month", levers.targetByMonth());
        json.put("nqsw_per_year", levers.nqswPerYear());
        json.put("experienced_offers_per_month", levers.experiencedOffersPerMonth());
        json.put("offer_acceptance", levers.offerAcceptance());
        json.put("months_to_hire", levers.monthsToHire());
        json.put("retention_change", levers.retentionChange());
        json.put("agency_change_per_month", levers.agencyChangePerMonth());
        json.put("agency_conversions_per_month", levers.agencyConversionsPerMonth());
        json.put("referral_change_percent", levers.referralChangePercent());
        Map<String, Object> salaries = new LinkedHashMap<>();
        for (Band band : Band.values()) {
            salaries.put(band.code(), levers.salaries().get(band));
        }
        json.put("salaries", salaries);
        json.put("on_cost_rate", levers.onCostRate());
        json.put("agency_charge_per_fte", levers.agencyChargePerFte());
        json.put("budget_per_year", levers.budgetPerYear());
        return json;
    }

    /** A bound as the problems write it: 100, not 100.0. */
    public static String plain(double value) {
        return Reader.plain(value);
    }

    private record Reader(Map<?, ?> object, List<String> problems) {

        double number(String field, double otherwise) {
            Double value = optional(field);
            return value == null ? otherwise : value;
        }

        Double optional(String field) {
            double min = BOUNDS.get(field)[0];
            double max = BOUNDS.get(field)[1];
            Object value = object.get(field);
            if (value == null) {
                return null;
            }
            if (value instanceof Number number && Double.isFinite(number.doubleValue())
                    && number.doubleValue() >= min && number.doubleValue() <= max) {
                return number.doubleValue();
            }
            problems.add(field + ": a number from " + plain(min) + " to " + plain(max));
            return null;
        }

        static String plain(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }
}
