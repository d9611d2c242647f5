package uk.retain.benchmarking;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import uk.retain.measures.Ratios;

/**
 * The measures of a group of councils (a region, England, a council's statistical neighbours): the sums of their
 * counts and FTEs, and rates taken from those sums with {@link Ratios}. Rates are never averaged: a small council's
 * rate would weigh as much as a large one's.
 *
 * <p>A sum needs every row's figure; when one is missing (a DfE marker) the total is null, and {@link #lacking} says
 * which rows stopped it. {@link #valueOverReporting} gives the figure of the rows that do report instead.
 */
public final class WorkforceTotals {

    private final List<PublishedRow> rows;

    private WorkforceTotals(List<PublishedRow> rows) {
        this.rows = rows;
    }

    /**
     * The totals of these rows: councils, or regions without Inner or Outer London beside London.
     *
     * @throws IllegalArgumentException when there are no rows, or they would count a council twice
     */
    public static WorkforceTotals of(Collection<PublishedRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("nothing to add up");
        }
        checkNothingCountedTwice(rows);
        return new WorkforceTotals(List.copyOf(rows));
    }

    /** The rows added up. */
    public List<PublishedRow> rows() {
        return rows;
    }

    /**
     * A count or FTE summed over every row, or a rate or caseload from those sums; null when a row lacks one of the
     * figures needed, or the rate's denominator is 0.
     */
    public Double value(Measure measure) {
        return derive(measure, input -> sum(rows, input));
    }

    /**
     * As {@link #value}, over only the rows that report every figure the measure needs, so a rate's numerator and
     * denominator come from the same councils. Null when no row reports them.
     */
    public Double valueOverReporting(Measure measure) {
        List<PublishedRow> reporting = rows.stream().filter(row -> reports(row, measure)).toList();
        return reporting.isEmpty() ? null : derive(measure, input -> sum(reporting, input));
    }

    /** The rows without a figure the measure needs, in the order given. */
    public List<PublishedRow> lacking(Measure measure) {
        return rows.stream().filter(row -> !reports(row, measure)).toList();
    }

    private static boolean reports(PublishedRow row, Measure measure) {
        return measure.inputs().stream().allMatch(input -> row.value(input).summand() != null);
    }

    private static Double sum(List<PublishedRow> rows, Measure measure) {
        double total = 0.0;
        for (PublishedRow row : rows) {
            Double summand = row.value(measure).summand();
            if (summand == null) {
                return null;
            }
            total += summand;
        }
        return total;
    }

    /** The measure from the sums of its inputs, with the formulas of {@link Ratios}, as for a council's own figures. */
    private static Double derive(Measure measure, Function<Measure, Double> sum) {
        return switch (measure) {
            case TURNOVER_RATE_FTE ->
                    Ratios.turnoverRate(sum.apply(Measure.LEAVERS_FTE), sum.apply(Measure.INPOST_FTE));
            case TURNOVER_RATE_HEADCOUNT ->
                    Ratios.turnoverRate(sum.apply(Measure.LEAVERS_HEADCOUNT), sum.apply(Measure.INPOST_HEADCOUNT));
            case AGENCY_RATE_FTE -> Ratios.agencyRate(sum.apply(Measure.AGENCY_FTE), sum.apply(Measure.INPOST_FTE));
            case AGENCY_RATE_HEADCOUNT ->
                    Ratios.agencyRate(sum.apply(Measure.AGENCY_HEADCOUNT), sum.apply(Measure.INPOST_HEADCOUNT));
            case AGENCY_COVER_RATE_FTE ->
                    Ratios.agencyCoverRate(sum.apply(Measure.AGENCY_COVER_FTE), sum.apply(Measure.AGENCY_FTE));
            case VACANCY_RATE_FTE -> Ratios.vacancyRate(sum.apply(Measure.VACANCY_FTE), sum.apply(Measure.INPOST_FTE));
            case VACANCY_AGENCY_COVER_RATE_FTE ->
                    Ratios.vacancyAgencyCoverRate(sum.apply(Measure.AGENCY_COVER_FTE), sum.apply(Measure.VACANCY_FTE));
            case CASELOAD_FTE -> Ratios.caseload(sum.apply(Measure.CASES), sum.apply(Measure.CASE_HOLDERS_FTE));
            case ABSENCE_RATE_FTE ->
                    Ratios.absenceRate(sum.apply(Measure.WORKING_DAYS_LOST_FTE), sum.apply(Measure.INPOST_FTE));
            default -> sum.apply(measure);
        };
    }

    /**
     * The same row twice, a council beside a region or England, or London beside Inner or Outer London, would inflate
     * every sum without any sign.
     */
    private static void checkNothingCountedTwice(Collection<PublishedRow> rows) {
        if (rows.stream().map(PublishedRow::level).distinct().count() > 1) {
            throw new IllegalArgumentException("rows of different levels would count the same councils twice");
        }
        var seen = new HashSet<String>();
        boolean london = false;
        boolean londonPart = false;
        for (PublishedRow row : rows) {
            if (!seen.add(row.year() + "|" + row.level() + "|" + row.regionCode() + "|" + row.oldLaCode())) {
                throw new IllegalArgumentException("counted twice: " + row);
            }
            if (row.level() == GeographicLevel.REGIONAL) {
                london |= Regions.LONDON.equals(row.regionCode());
                londonPart |= Regions.isLondonSubregion(row.regionCode());
            }
        }
        if (london && londonPart) {
            throw new IllegalArgumentException("London would be counted twice: it contains Inner and Outer London");
        }
    }
}
