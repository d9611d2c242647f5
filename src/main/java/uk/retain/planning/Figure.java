package uk.retain.planning;

/** A monthly figure of the workforce forecast, each given as {@link Quantiles} over the runs. */
public enum Figure {
    /** Open cases at the month's end, all categories. */
    CASES("cases"),
    /** Case-holding FTE needed for the caseload target: cases ÷ target. */
    FTE_NEEDED("fte_needed"),
    /** Practitioner FTE projected, permanent and agency. */
    FTE_PROJECTED("fte_projected"),
    /** FTE needed less FTE projected: above 0 is a shortfall. */
    GAP_FTE("gap_fte"),
    PERMANENT_FTE("permanent_fte"),
    AGENCY_FTE("agency_fte"),
    ASYE_FTE("asye_fte"),
    UNDER_TWO_FTE("under_2_years_fte"),
    TWO_TO_FIVE_FTE("2_to_5_years_fte"),
    FIVE_PLUS_FTE("5_plus_years_fte"),
    /** Cases per practitioner FTE projected. */
    CASELOAD_PER_FTE("caseload_per_fte"),
    /** The establishment's practitioner FTE less the permanent FTE, at least 0 (when posts are given). */
    VACANCY_FTE("vacancy_fte"),
    /** Agency FTE as a percentage of all practitioner FTE. */
    AGENCY_RATE("agency_rate"),
    /** Permanent leavers' FTE over the last twelve months (annualised before a year) as a percentage of the stock. */
    TURNOVER_RATE("turnover_rate"),
    /** The percentage of practitioner FTE with over two years' post-qualifying experience. */
    PQE_OVER_TWO_RATE("pqe_over_2_years_rate");

    private final String code;

    Figure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The band's FTE figure. */
    public static Figure of(Band band) {
        return switch (band) {
            case ASYE -> ASYE_FTE;
            case UNDER_TWO -> UNDER_TWO_FTE;
            case TWO_TO_FIVE -> TWO_TO_FIVE_FTE;
            case FIVE_PLUS -> FIVE_PLUS_FTE;
        };
    }
}
