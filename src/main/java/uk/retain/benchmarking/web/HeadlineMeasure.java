package uk.retain.benchmarking.web;

import java.time.LocalDate;
import java.util.function.Function;

import uk.retain.benchmarking.Measure;
import uk.retain.measures.History;
import uk.retain.measures.Measures;

/** The six DfE measures the dashboard leads with, each as Retain computes it and as DfE publishes it. */
enum HeadlineMeasure {
    INPOST_FTE(Measure.INPOST_FTE, Measures::inpostFte, "fte"),
    TURNOVER_RATE_FTE(Measure.TURNOVER_RATE_FTE, Measures::turnoverRateFte, "percent"),
    AGENCY_RATE_FTE(Measure.AGENCY_RATE_FTE, Measures::agencyRateFte, "percent"),
    VACANCY_RATE_FTE(Measure.VACANCY_RATE_FTE, Measures::vacancyRateFte, "percent"),
    CASELOAD_FTE(Measure.CASELOAD_FTE, Measures::caseloadFte, "caseload"),
    ABSENCE_RATE_FTE(Measure.ABSENCE_RATE_FTE, Measures::absenceRateFte, "percent");

    private final Measure published;
    private final Function<Measures, Double> computed;
    private final String unit;

    HeadlineMeasure(Measure published, Function<Measures, Double> computed, String unit) {
        this.published = published;
        this.computed = computed;
        this.unit = unit;
    }

    /** The measure in DfE's file. */
    Measure published() {
        return published;
    }

    /**
     * The authority's value on {@code date}, or null when the register lacks what it needs, its denominator is 0, or
     * the history rule of measures.md does not give it on that date ({@code historyFrom}, null when not said).
     */
    Double of(Measures measures, LocalDate date, LocalDate historyFrom) {
        return History.gives(historyFrom, date, column()) ? computed.apply(measures) : null;
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
