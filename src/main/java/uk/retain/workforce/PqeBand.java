package uk.retain.workforce;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The bands of a worker's post-qualifying experience (measures.md): whole years since qualifying on a date, lower
 * bounds inclusive. A rule about a worker's experience, so the register's: the one rule for the measures that count
 * workers by band, the worker list that filters by it and the files that key by it.
 */
public final class PqeBand {

    /** The keys of the bands, in order. */
    public static final List<String> KEYS = List.of("under_2", "2_to_5", "5_to_10", "10_to_20", "20_plus");

    private PqeBand() {
    }

    /** The place in {@link #KEYS} of the band of {@code years} whole years of experience. */
    public static int index(long years) {
        return years < 2 ? 0 : years < 5 ? 1 : years < 10 ? 2 : years < 20 ? 3 : 4;
    }

    /** The band of a worker qualified on {@code qualifiedOn}, by whole years on {@code date}; null without a date. */
    public static String of(LocalDate qualifiedOn, LocalDate date) {
        return qualifiedOn == null ? null : KEYS.get(index(ChronoUnit.YEARS.between(qualifiedOn, date)));
    }
}
