package uk.retain.measures;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import uk.retain.workforce.CensusYear;

/**
 * The history rule of measures.md: a register complete only from {@code history_from} H never gives figures of an
 * incomplete history as if they were complete. Before H nothing is given; a measure of the year is given only when
 * the whole year is from H on; the stability index needs H by D − 1 year and programme retention by D − 2 years.
 */
public final class History {

    /** The measures counted over the year ending on the reference date. */
    static final Set<String> OF_THE_YEAR = Set.of("starters_fte", "starters_headcount", "leavers_fte",
            "leavers_headcount", "turnover_rate_fte", "turnover_rate_headcount", "working_days_lost_fte",
            "absence_rate_fte", "children_with_3_plus_workers", "leavers_under_1y_service", "leavers_under_2y_service",
            "agency_spend", "time_to_fill_days", "time_to_hire_days", "offers_declined", "applications_by_source",
            "leaving_reasons");

    private History() {
    }

    /** Whether the register covers the date at all: a null {@code historyFrom} assumes nothing and covers every date. */
    public static boolean covers(LocalDate historyFrom, LocalDate date) {
        return historyFrom == null || !date.isBefore(historyFrom);
    }

    /** Whether the register covers the whole year ending on the date. */
    public static boolean coversYear(LocalDate historyFrom, LocalDate date) {
        return historyFrom == null || !CensusYear.yearEndingOn(date).isBefore(historyFrom);
    }

    /**
     * Whether the history supports the measure {@code name} (its JSON name) on the date: every measure from H on,
     * the measures of the year only when the whole year is, the stability index from H + 1 year and programme
     * retention from H + 2 years. A null {@code historyFrom} supports every measure on every date.
     */
    public static boolean gives(LocalDate historyFrom, LocalDate date, String name) {
        if (historyFrom == null) {
            return true;
        }
        if (!covers(historyFrom, date)) {
            return false;
        }
        if (OF_THE_YEAR.contains(name)) {
            return coversYear(historyFrom, date);
        }
        return switch (name) {
            case "stability_index_percent" -> !date.minusYears(1).isBefore(historyFrom);
            case "programme_retention_percent" -> !date.minusYears(2).isBefore(historyFrom);
            default -> true;
        };
    }

    /** Replaces by null, in place, the measures the history does not support on the date ({@link #gives}). */
    static void apply(LocalDate historyFrom, LocalDate date, Map<String, Object> measures) {
        if (historyFrom == null) {
            return;
        }
        measures.replaceAll((name, value) -> gives(historyFrom, date, name) ? value : null);
    }
}
