package uk.retain.demo;

import java.time.LocalDate;

/**
 * The rates the demo council's workforce moves by, in one place: yearly figures by census year from 2023 (index 0)
 * to 2026 (the last value also for later years, {@link CensusYears#pick}), and chances a year that the week's draws
 * divide by {@link #WEEKS_A_YEAR}. They are the demo's own, set by hand so that its DfE measures move as England's
 * did from 2023 to 2025 in DfE's children's social work workforce statistics
 * ({@code src/main/resources/benchmarking/dfe-csww-indicators-by-la_2017-2025.csv}, England's rows: turnover 15.9%, 13.9%, 11.8%; agency rate 17.9%, 16.2%, 13.0%; vacancy rate 18.9%, 17.3%, 14.2%;
 * 73.6 to 76.2% of vacancies covered by agency staff): fewer leavers, quicker recruitment, less agency cover. No
 * source gives the internal flows (promotion, moves between teams, changes of hours); their values only keep the
 * register lively and plausible, and {@code DemoMeasuresTest} checks the measures they lead to.
 *
 * @param leaving        a permanent worker's chance a year of leaving, before the factors below (turnover lands near
 *                       England's after them)
 * @param filling        how many times a year a vacant post is filled on average (recruitment, promotion or a locum
 *                       converting); above 1, so a vacancy lasts under a year, as England's vacancy rate needs
 * @param covering       a new vacancy's chance of being covered by agency staff (England's agency cover of vacancies)
 * @param newlyQualified the share of newly qualified workers among those recruited to career-grade posts
 * @param agencyEnding   an agency engagement's chance a year of ending
 * @param asyeLeaving    the leaving chance's factor for a newly qualified worker in their assessed year
 * @param managerLeaving the leaving chance's factor for managers (DfE OrgRole 1 to 3)
 * @param fixedTermLeaving the leaving chance's factor for a fixed-term contract
 * @param promotion      a social worker's (three years' PQE or more) chance a year of becoming a senior
 * @param sharedPostEnding the chance a year that a worker's second, shared post ends
 * @param hoursChange    a worker's chance a year of changing hours
 * @param teamMove       a case-holding social worker's chance a year of moving team
 * @param extraLocum     the chance a year that a busy team takes on a locum beyond its posts
 */
record StaffingRates(double[] leaving, double[] filling, double[] covering, double[] newlyQualified,
        double agencyEnding, double asyeLeaving, double managerLeaving, double fixedTermLeaving, double promotion,
        double sharedPostEnding, double hoursChange, double teamMove, double extraLocum) {

    /** The first census year of the yearly figures. */
    static final int FIRST_YEAR = 2023;

    /** Weeks in a year, to turn a chance a year into the chance of a weekly draw. */
    static final double WEEKS_A_YEAR = 52.18;

    /** The demo council's rates. */
    static final StaffingRates DEMO = new StaffingRates(
            new double[] {0.165, 0.15, 0.125, 0.12},
            new double[] {1.15, 1.3, 1.45, 1.45},
            new double[] {0.88, 0.85, 0.82, 0.8},
            new double[] {0.35, 0.38, 0.40, 0.40},
            0.7, 0.8, 0.7, 1.6, 0.22, 0.15, 0.02, 0.03, 0.3);

    /** A yearly figure on a day, by its census year. */
    static double onDay(double[] byYear, LocalDate day) {
        return CensusYears.pick(day, FIRST_YEAR, byYear);
    }

    /** A chance a year as the chance of one week's draw. */
    static double weekly(double chanceAYear) {
        return chanceAYear / WEEKS_A_YEAR;
    }
}
