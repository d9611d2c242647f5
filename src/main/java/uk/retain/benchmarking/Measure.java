package uk.retain.benchmarking;

import java.util.Arrays;
import java.util.List;

/**
 * The workforce measures of DfE's indicator file, named by their DfE column. Counts and FTEs add up over councils;
 * rates and the caseload are derived from the counts they are made of (see {@link #inputs()}).
 */
public enum Measure {
    INPOST_FTE("inpost_fte", Kind.FTE),
    INPOST_HEADCOUNT("inpost_headcount", Kind.COUNT),
    STARTERS_FTE("starters_fte", Kind.FTE),
    STARTERS_HEADCOUNT("starters_headcount", Kind.COUNT),
    LEAVERS_FTE("leavers_fte", Kind.FTE),
    LEAVERS_HEADCOUNT("leavers_headcount", Kind.COUNT),
    TURNOVER_RATE_FTE("turnover_rate_fte", Kind.RATE),
    TURNOVER_RATE_HEADCOUNT("turnover_rate_headcount", Kind.RATE),
    AGENCY_FTE("agency_fte", Kind.FTE),
    AGENCY_HEADCOUNT("agency_headcount", Kind.COUNT),
    AGENCY_RATE_FTE("agency_rate_fte", Kind.RATE),
    AGENCY_RATE_HEADCOUNT("agency_rate_headcount", Kind.RATE),
    AGENCY_COVER_FTE("agency_cover_fte", Kind.FTE),
    AGENCY_COVER_RATE_FTE("agency_cover_rate_fte", Kind.RATE),
    VACANCY_FTE("vacancy_fte", Kind.FTE),
    VACANCY_RATE_FTE("vacancy_rate_fte", Kind.RATE),
    VACANCY_AGENCY_COVER_RATE_FTE("vacancy_agency_cover_rate_fte", Kind.RATE),
    CASE_HOLDERS_FTE("case_holders_fte", Kind.FTE),
    CASES("cases", Kind.COUNT),
    CASELOAD_FTE("caseload_fte", Kind.RATIO),
    WORKING_DAYS_LOST_FTE("working_days_lost_fte", Kind.FTE),
    ABSENCE_RATE_FTE("absence_rate_fte", Kind.RATE);

    /** What sort of figure a measure is, which decides how it is added up and how precisely DfE publishes it. */
    public enum Kind {
        /** A whole number of people or cases, published exactly. */
        COUNT,
        /** A sum of full-time equivalents, published to one decimal place. */
        FTE,
        /** A percentage (0 to 100), published to one decimal place. */
        RATE,
        /** Cases per case-holding FTE, published to one decimal place. */
        RATIO
    }

    private final String column;
    private final Kind kind;

    Measure(String column, Kind kind) {
        this.column = column;
        this.kind = kind;
    }

    /** The DfE column name, also the JSON name in Retain. */
    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the measure adds up over councils (a count or an FTE); rates and ratios never do. */
    public boolean isSummed() {
        return kind == Kind.COUNT || kind == Kind.FTE;
    }

    /** The summed measures this one is computed from: itself for a count or FTE, numerator and denominator else. */
    public List<Measure> inputs() {
        return switch (this) {
            case TURNOVER_RATE_FTE -> List.of(LEAVERS_FTE, INPOST_FTE);
            case TURNOVER_RATE_HEADCOUNT -> List.of(LEAVERS_HEADCOUNT, INPOST_HEADCOUNT);
            case AGENCY_RATE_FTE -> List.of(AGENCY_FTE, INPOST_FTE);
            case AGENCY_RATE_HEADCOUNT -> List.of(AGENCY_HEADCOUNT, INPOST_HEADCOUNT);
            case AGENCY_COVER_RATE_FTE -> List.of(AGENCY_COVER_FTE, AGENCY_FTE);
            case VACANCY_RATE_FTE -> List.of(VACANCY_FTE, INPOST_FTE);
            case VACANCY_AGENCY_COVER_RATE_FTE -> List.of(AGENCY_COVER_FTE, VACANCY_FTE);
            case CASELOAD_FTE -> List.of(CASES, CASE_HOLDERS_FTE);
            case ABSENCE_RATE_FTE -> List.of(WORKING_DAYS_LOST_FTE, INPOST_FTE);
            default -> List.of(this);
        };
    }

    /**
     * The measure of a DfE column.
     *
     * @throws IllegalArgumentException for a column that is not a measure
     */
    public static Measure ofColumn(String column) {
        return Arrays.stream(values())
                .filter(measure -> measure.column.equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a DfE workforce measure: " + column));
    }
}
