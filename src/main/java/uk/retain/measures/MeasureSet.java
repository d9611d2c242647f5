package uk.retain.measures;

import java.time.LocalDate;
import java.util.Map;

import uk.retain.workforce.Register;

/**
 * Measures a capability module adds to the DfE set (supervision, programmes, recruitment, agency, leaving), under
 * the names of measures.md. A module names its implementation in
 * {@code META-INF/services/uk.retain.measures.MeasureSet}; {@link RegisterMeasures} puts them in the same JSON object
 * as the DfE measures, and applies the history rule to all of them alike.
 */
public interface MeasureSet {

    /** The set's measures of one register, prepared once so that each date is cheap. */
    Prepared prepare(Register register);

    interface Prepared {

        /** The authority's measures on the date, by name. */
        Map<String, Object> forAuthority(LocalDate date);

        /** Each team's measures on the date, by {@code team_id}; every team of the register is there. */
        Map<String, Map<String, Object>> byTeam(LocalDate date);

        /**
         * The authority's bases on the date: for each of the set's rates, medians and amounts whose JSON does not
         * carry the number of people or events they are made from, that number, by the measure's name. A figure made
         * from fewer than {@link Suppression#THRESHOLD} is withheld from those who get suppressed figures; a
         * figure with no base here is withheld from them always (see {@link Suppression}).
         */
        default Map<String, Integer> bases(LocalDate date) {
            return Map.of();
        }

        /** Each team's bases on the date, as {@link #bases}, by {@code team_id}. */
        default Map<String, Map<String, Integer>> basesByTeam(LocalDate date) {
            return Map.of();
        }
    }
}
