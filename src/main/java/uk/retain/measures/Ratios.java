package uk.retain.measures;

/**
 * The ratios of the DfE workforce measures, from counts and FTEs. One place for them, because a council's own
 * figures, a team's, and the sums over a region or England all derive their rates the same way: sum first,
 * then divide (never average rates).
 *
 * <p>Every method answers {@code null} when the denominator is 0 or an input is unknown.
 */
public final class Ratios {

    /** DfE's working days in a year, the denominator of the absence rate. */
    public static final int WORKING_DAYS_IN_YEAR = 253;

    private Ratios() {
    }

    /** 100 × numerator / denominator, or null when either is unknown or the denominator is 0. */
    public static Double percent(Double numerator, Double denominator) {
        if (numerator == null || denominator == null || denominator == 0.0) {
            return null;
        }
        return 100.0 * numerator / denominator;
    }

    /** numerator / denominator, or null when either is unknown or the denominator is 0. */
    public static Double ratio(Double numerator, Double denominator) {
        if (numerator == null || denominator == null || denominator == 0.0) {
            return null;
        }
        return numerator / denominator;
    }

    public static Double turnoverRate(Double leavers, Double inPost) {
        return percent(leavers, inPost);
    }

    public static Double agencyRate(Double agency, Double inPost) {
        return percent(agency, sum(agency, inPost));
    }

    public static Double vacancyRate(Double vacancy, Double inPost) {
        return percent(vacancy, sum(vacancy, inPost));
    }

    public static Double agencyCoverRate(Double agencyCover, Double agency) {
        return percent(agencyCover, agency);
    }

    public static Double vacancyAgencyCoverRate(Double agencyCover, Double vacancy) {
        return percent(agencyCover, vacancy);
    }

    public static Double caseload(Double cases, Double caseHoldersFte) {
        return ratio(cases, caseHoldersFte);
    }

    public static Double absenceRate(Double workingDaysLostFte, Double inPostFte) {
        return percent(workingDaysLostFte, inPostFte == null ? null : inPostFte * WORKING_DAYS_IN_YEAR);
    }

    private static Double sum(Double a, Double b) {
        return a == null || b == null ? null : a + b;
    }
}
