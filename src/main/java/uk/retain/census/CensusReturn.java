package uk.retain.census;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import uk.retain.workforce.CensusYear;

/**
 * A census return: the header, the authority's vacancies and agency figures, and one record per worker in scope.
 *
 * @param year the census year; its reference date is the return's {@code ReferenceDate}
 * @param lea the DfE 3-digit authority number
 * @param createdAt the header's {@code DateTime}
 * @param numberOfVacancies {@code vacancy_fte} on the reference date, or null when the register has no posts
 * @param noAgencyFte {@code agency_fte}
 * @param noAgencyHeadcount {@code agency_headcount}
 * @param historyFrom the first day of the register's complete history, or null when the register does not say
 */
public record CensusReturn(
        CensusYear year,
        String lea,
        String softwareCode,
        Instant createdAt,
        BigDecimal numberOfVacancies,
        BigDecimal noAgencyFte,
        int noAgencyHeadcount,
        List<CensusWorker> workers,
        java.time.LocalDate historyFrom) {

    /** The software code the header names Retain by. */
    public static final String RETAIN = "Retain";

    public CensusReturn {
        workers = List.copyOf(workers);
    }

    /** The register's history starts after the census year does: starters, leavers and absence would be short. */
    public boolean historyIncomplete() {
        return historyFrom != null && year != null && historyFrom.isAfter(year.firstDay());
    }
}
