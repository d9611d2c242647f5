package uk.retain.measures;

import java.util.LinkedHashMap;
import java.util.Map;

import uk.retain.workforce.PqeBand;

/** Workers counted by whole years of post-qualifying experience, lower bounds inclusive. */
public record PqeBands(int under2, int from2To5, int from5To10, int from10To20, int over20) {

    public static final PqeBands NONE = new PqeBands(0, 0, 0, 0, 0);

    /** The band counts with one more worker of {@code years} whole years (the register's {@link PqeBand} rule). */
    PqeBands plus(long years) {
        return switch (PqeBand.index(years)) {
            case 0 -> new PqeBands(under2 + 1, from2To5, from5To10, from10To20, over20);
            case 1 -> new PqeBands(under2, from2To5 + 1, from5To10, from10To20, over20);
            case 2 -> new PqeBands(under2, from2To5, from5To10 + 1, from10To20, over20);
            case 3 -> new PqeBands(under2, from2To5, from5To10, from10To20 + 1, over20);
            default -> new PqeBands(under2, from2To5, from5To10, from10To20, over20 + 1);
        };
    }

    PqeBands plus(PqeBands other) {
        return new PqeBands(under2 + other.under2, from2To5 + other.from2To5, from5To10 + other.from5To10,
                from10To20 + other.from10To20, over20 + other.over20);
    }

    /** The keys measures.md gives them ({@link PqeBand#KEYS}), in order. */
    public Map<String, Integer> byName() {
        int[] counts = {under2, from2To5, from5To10, from10To20, over20};
        Map<String, Integer> bands = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            bands.put(PqeBand.KEYS.get(i), counts[i]);
        }
        return bands;
    }
}
