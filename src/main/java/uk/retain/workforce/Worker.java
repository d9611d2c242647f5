package uk.retain.workforce;

import java.time.LocalDate;

/**
 * A registered social worker, permanent, fixed-term or agency. Personal details (birth date, gender,
 * ethnicity) are for HR roles only.
 *
 * @param qualifiedOn post-qualifying experience counts from this date; null when not recorded
 * @param gender census GenderCurrent code, or null
 * @param startOrigin census StartOrigin code 1–10, or null
 */
public record Worker(
        String workerId,
        SweNumber sweNumber,
        String familyName,
        String givenName,
        LocalDate qualifiedOn,
        LocalDate dateOfBirth,
        Integer gender,
        String ethnicity,
        Integer startOrigin) {
}
