package uk.retain.benchmarking.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import uk.retain.measures.History;
import uk.retain.measures.Suppression;
import uk.retain.measures.WorkforceMeasures;

/**
 * The authority's measures on each date as the viewer gets them, by DfE name: as computed, or for a regional analyst
 * with small numbers suppressed ({@link Suppression}: a suppressed value is {@value Suppression#SUPPRESSED}). Each
 * date is worked out once.
 */
final class AuthorityFigures {

    private final Function<LocalDate, Map<String, Object>> figures;
    private final boolean suppressed;
    private final Map<LocalDate, Map<String, Object>> byDate = new HashMap<>();

    private AuthorityFigures(Function<LocalDate, Map<String, Object>> figures, boolean suppressed) {
        this.figures = figures;
        this.suppressed = suppressed;
    }

    /** As computed, each measure the register's history does not give on a date ({@link History#gives}) null. */
    static AuthorityFigures asComputed(WorkforceMeasures register) {
        LocalDate historyFrom = register.register().authority().historyFrom();
        return new AuthorityFigures(date -> {
            Map<String, Object> measures = register.forAuthority(date).byDfeName();
            measures.replaceAll((name, value) -> History.gives(historyFrom, date, name) ? value : null);
            return measures;
        }, false);
    }

    /** @param suppressed the authority's measures on a date with small numbers suppressed */
    static AuthorityFigures suppressed(Function<LocalDate, Map<String, Object>> suppressed) {
        return new AuthorityFigures(suppressed, true);
    }

    boolean isSuppressed() {
        return suppressed;
    }

    /** The measure on the date: a number, null when it cannot be given, or {@value Suppression#SUPPRESSED}. */
    Object value(String name, LocalDate date) {
        return byDate.computeIfAbsent(date, figures).get(name);
    }

    /** The measure on the date as a number, or null when it is not given (not available or suppressed). */
    Double number(String name, LocalDate date) {
        return value(name, date) instanceof Number number ? number.doubleValue() : null;
    }

    static boolean isSuppressed(Object value) {
        return Suppression.SUPPRESSED.equals(value);
    }
}
