package uk.retain.benchmarking.web;

import uk.retain.benchmarking.Measure;

/** The six DfE measures the dashboard leads with, by their DfE names: Retain computes them under the same names. */
enum HeadlineMeasure {
    INPOST_FTE(Measure.INPOST_FTE, "fte"),
    TURNOVER_RATE_FTE(Measure.TURNOVER_RATE_FTE, "percent"),
    AGENCY_RATE_FTE(Measure.AGENCY_RATE_FTE, "percent"),
    VACANCY_RATE_FTE(Measure.VACANCY_RATE_FTE, "percent"),
    CASELOAD_FTE(Measure.CASELOAD_FTE, "caseload"),
    ABSENCE_RATE_FTE(Measure.ABSENCE_RATE_FTE, "percent");

    private final Measure published;
    private final String unit;

    HeadlineMeasure(Measure published, String unit) {
        this.published = published;
        this.unit = unit;
    }

    /** The measure in DfE's file. */
    Measure published() {
        return published;
    }

    /** The DfE column name, also the measure's name in the CSV download. */
    public String column() {
        return published.column();
    }

    /** The message key of the measure's name. */
    String labelKey() {
        return "dashboard.measure." + column();
    }

    /**
     * Whether the region's and England's figures compare with the authority's on one axis: rates and caseloads do;
     * an FTE does not, as theirs are totals of many councils.
     */
    boolean comparable() {
        return published.kind() != Measure.Kind.FTE;
    }

    /** The message key of the measure's unit, the axis label of its chart. */
    String unitKey() {
        return "dashboard.unit." + unit;
    }
}
