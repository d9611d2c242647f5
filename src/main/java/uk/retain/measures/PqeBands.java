package uk.retain.measures;

import java.util.LinkedHashMap;
import java.util.Map;

/** Workers counted by whole years of post-qualifying experience, lower bounds inclusive. */
public record PqeBands(int under2, int from2To5, int from5To10, int from10To20, int over20) {

    public static final PqeBands NONE = new PqeBands(0, 0, 0, 0, 0);

    /** The keys of the bands, in order. */
    public static final java.util.List<String> KEYS = java.util.List.of("under_2", "2_to_5", "5_to_10", "10_to_20", "20_plus");

    /** The band of a worker qualified on {@code qualifiedOn}, by whole years on {@code date}; null without a date. */
    public static String bandOf(java.time.LocalDate qualifiedOn, java.time.LocalDate date) {
        if (qualifiedOn == null) {
            return null;
        }
        long years = java.time.temporal.ChronoUnit.YEARS.between(qualifiedOn, date);
        return KEYS.get(years < 2 ? 0 : years < 5 ? 1 : years < 10 ? 2 : years < 20 ? 3 : 4);
    }

    /** The band counts with one more worker of {@code years} whole years. */
    PqeBands plus(long years) {
        if (years < 2) {
            return new PqeBands(under2 + 1, from2To5, from5To10, from10To20, over20);
        } else if (years < 5) {
            return new PqeBands(under2, from2To5 + 1, from5To10, from10To20, over20);
        } else if (years < 10) {
            return new PqeBands(under2, from2To5, from5To10 + 1, from10To20, over20);
        } else if (years < 20) {
            return new PqeBands(under2, from2To5, from5To10, from10To20 + 1, over20);
        }
        return new PqeBands(under2, from2To5, from5To10, from10To20, over20 + 1);
    }

    PqeBands plus(PqeBands other) {
        return new PqeBands(under2 + other.under2, from2To5 + other.from2To5, from5To10 + other.from5To10,
                from10To20 + other.from10To20, over20 + other.over20);
    }

    /** The keys measures.md gives them. */
    public Map<String, Integer> byName() {
        Map<String, Integer> bands = new LinkedHashMap<>();
        bands.put("under_2", under2);
        bands.put("2_to_5", from2To5);
        bands.put("5_to_10", from5To10);
        bands.put("10_to_20", from10To20);
        bands.put("20_plus", over20);
        return bands;
    }
}
