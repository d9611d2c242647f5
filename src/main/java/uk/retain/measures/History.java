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

    /** Replaces by null, in place, the measures the history does not support on the date. */
    static void apply(LocalDate historyFrom, LocalDate date, Map<String, Object> measures) {
        if (historyFrom == null) {
            return;
        }
        if (date.isBefore(historyFrom)) {
            measures.replaceAll((name, value) -> null);
            return;
        }
        if (!coversYear(historyFrom, date)) {
            for (String name : OF_THE_YEAR) {
                if (measures.containsKey(name)) {
                    measures.put(name, null);
                }
            }
        }
        if (date.minusYears(1).isBefore(historyFrom) && measures.containsKey("stability_index_percent")) {
            measures.put("stability_index_percent", null);
        }
        if (date.minusYears(2).isBefore(historyFrom) && measures.containsKey("programme_retention_percent")) {
            measures.put("programme_retention_percent", null);
        }
    }
}
