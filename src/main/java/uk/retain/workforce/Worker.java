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

    /** Years of post-qualifying experience above which a worker is experienced (the Leeds yardstick, the caseload caps). */
    public static final int EXPERIENCED_YEARS = 2;

    /**
     * Post-qualifying experience over two years on {@code date}: qualified on or before {@code date} minus two calendar
     * years. False when no qualification date is recorded.
     */
    public static boolean experienced(LocalDate qualifiedOn, LocalDate date) {
        return qualifiedOn != null && !qualifiedOn.isAfter(date.minusYears(EXPERIENCED_YEARS));
    }

    public boolean experiencedOn(LocalDate date) {
        return experienced(qualifiedOn, date);
    }

    /** The name as every page, list and record shows it: given name first. */
    public static String fullName(String givenName, String familyName) {
        return givenName + " " + familyName;
    }

    public String fullName() {
        return fullName(givenName, familyName);
    }
}
