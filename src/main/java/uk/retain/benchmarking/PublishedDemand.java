package uk.retain.benchmarking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The published drivers of demand on children's social care, year by year (years ending 31 March): referrals (DfE
 * C1), children in need at 31 March (B1), child protection plans at 31 March (D5), children looked after at 31 March
 * (with DfE's rate per 10,000 children) and ONS's estimate of children aged 0 to 17 at the mid-year before, for
 * England and every council. Figures DfE suppressed or did not publish are absent (null), never zero. Provenance in
 * {@code benchmarking/SOURCES.md}.
 */
public final class PublishedDemand {

    public static final String REFERRALS = "/benchmarking/dfe-cin-referrals-rereferrals-c1-by-la_2013-2025.csv";
    public static final String IN_NEED = "/benchmarking/dfe-children-in-need-b1-by-la_2013-2025.csv";
    public static final String PLANS = "/benchmarking/dfe-child-protection-plans-at-31march-d5-by-la_2013-2025.csv";
    public static final String LOOKED_AFTER = "/benchmarking/dfe-looked-after-children-number-rate-by-la.csv";
    public static final String POPULATION = "/benchmarking/ons-mid-year-population-estimates-by-la_2012-2024.csv";
    /** The key of England's rows. */
    public static final String ENGLAND = "england";

    /**
     * One year ending 31 March.
     *
     * @param children children aged 0 to 17 at the mid-year before (30 June of {@code year - 1})
     * @param referralsPer10k referrals per 10,000 of those children
     */
    public record Year(int year, Integer referrals, Integer childrenInNeed, Integer protectionPlans, Integer lookedAfter,
            Integer lookedAfterPer10k, Integer children, Double referralsPer10k) {
    }

    private final Map<String, TreeMap<Integer, Map<String, Integer>>> figures = new HashMap<>();

    PublishedDemand(List<Map<String, String>> referrals, List<Map<String, String>> inNeed, List<Map<String, String>> plans,
            List<Map<String, String>> lookedAfter, List<Map<String, String>> population) {
        add(referrals, "referral_count", "referrals", 0);
        add(inNeed, "At31_episodes", "in_need", 0);
        add(plans, "CPP_At31", "plans", 0);
        add(lookedAfter.stream().filter(r -> "Children looked after on 31 March each year".equals(r.get("population_type"))).toList(),
                "children_count", "looked_after", 0);
        add(lookedAfter.stream().filter(r -> "Children looked after on 31 March each year".equals(r.get("population_type"))).toList(),
                "rate_per_10000", "looked_after_rate", 0);
        // The mid-year estimate of year Y is the population of the year ending 31 March Y + 1.
        add(population.stream().filter(r -> "Children aged 0 to 17 years".equals(r.get("age_group"))).toList(),
                "population_estimate", "children", 1);
    }

    /** The files shipped with Retain, read on first use. */
    public static PublishedDemand fromClasspath() {
        return Shipped.DEMAND;
    }

    /** England's years, earliest first. */
    public List<Year> england() {
        return years(ENGLAND);
    }

    /** A council's years by its DfE 3-digit code, earliest first; empty for a council the files do not hold. */
    public List<Year> council(String laCode) {
        return years(laCode);
    }

    /**
     * The change of referrals per 10,000 children a year, in per cent, over the last {@code years} years with a rate
     * (the geometric mean of the year-on-year changes from the first of them to the last); empty with fewer than two.
     */
    public static Optional<Double> yearlyChangePercent(List<Year> years, int span) {
        List<Year> rated = years.stream().filter(y -> y.referralsPer10k() != null && y.referralsPer10k() > 0).toList();
        if (rated.size() < 2) {
            return Optional.empty();
        }
        List<Year> last = rated.subList(Math.max(0, rated.size() - span), rated.size());
        Year first = last.get(0);
        Year latest = last.get(last.size() - 1);
        int gap = latest.year() - first.year();
        if (gap <= 0) {
            return Optional.empty();
        }
        return Optional.of((Math.pow(latest.referralsPer10k() / first.referralsPer10k(), 1.0 / gap) - 1) * 100);
    }

    private List<Year> years(String key) {
        List<Year> years = new ArrayList<>();
        figures.getOrDefault(key, new TreeMap<>()).forEach((year, f) -> {
            Integer referrals = f.get("referrals");
            Integer children = f.get("children");
            Double rate = referrals == null || children == null || children == 0 ? null : referrals * 10_000.0 / children;
            if (referrals != null || f.containsKey("in_need") || f.containsKey("plans") || f.containsKey("looked_after")) {
                years.add(new Year(year, referrals, f.get("in_need"), f.get("plans"), f.get("looked_after"),
                        f.get("looked_after_rate"), children, rate));
            }
        });
        return years;
    }

    private void add(List<Map<String, String>> rows, String column, String figure, int yearShift) {
        for (Map<String, String> row : rows) {
            String level = row.getOrDefault("geographic_level", "");
            String key = level.equals("National") ? ENGLAND : level.equals("Local authority") ? row.get("old_la_code") : null;
            Integer value = whole(row.get(column));
            Integer year = whole(row.get("time_period"));
            if (key == null || key.isEmpty() || value == null || year == null) {
                continue;
            }
            figures.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(year + yearShift, y -> new HashMap<>()).put(figure, value);
        }
    }

    /** A published whole number; DfE's suppression and "not applicable" marks (c, x, z, low...) are no figure. */
    private static Integer whole(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(cell.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class Shipped {
        static final PublishedDemand DEMAND = new PublishedDemand(ShippedCsv.read(REFERRALS), ShippedCsv.read(IN_NEED),
                ShippedCsv.read(PLANS), ShippedCsv.read(LOOKED_AFTER), ShippedCsv.read(POPULATION));
    }
}
