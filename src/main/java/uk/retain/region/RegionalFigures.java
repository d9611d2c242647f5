package uk.retain.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.benchmarking.PublishedRow;
import uk.retain.benchmarking.PublishedValue;
import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.Suppression;
import uk.retain.workforce.CensusYear;

/**
 * A region's councils side by side on a census date. A council whose register Retain holds is shown from it, with
 * its small numbers suppressed as every figure shared beyond the council is ({@link RegisterMeasures#suppressed});
 * the others, the region and England from the DfE's published figures of that year, with DfE's markers. The region
 * and England are DfE's own totals, never added up from the rows shown, so no total can undo a suppressed cell.
 */
public final class RegionalFigures {

    /** The measures the region's table compares. */
    public static final List<Measure> MEASURES = List.of(Measure.INPOST_FTE, Measure.TURNOVER_RATE_FTE, Measure.AGENCY_RATE_FTE,
            Measure.VACANCY_RATE_FTE, Measure.CASELOAD_FTE, Measure.ABSENCE_RATE_FTE);

    /** Where a row's figures come from. */
    public enum Source { RETAIN, PUBLISHED }

    /**
     * One figure: a number, or a marker ({@code c} suppressed, DfE's {@code x}, {@code z}, ...), or neither when
     * there is no figure.
     */
    public record Cell(Double number, String marker) {

        static final Cell NONE = new Cell(null, null);
    }

    /** One row of the table: a council, the region or England. */
    public record Row(String laCode, String name, Source source, Map<Measure, Cell> cells) {
    }

    /** The table: the councils by name, then the region and England (each empty when DfE has not published the year). */
    public record Table(CensusYear year, List<Row> councils, Optional<Row> region, Optional<Row> england) {
    }

    private RegionalFigures() {
    }

    /**
     * The region's table for the census {@code year}.
     *
     * @param held the registers Retain holds for councils of the region, by {@code la_code}
     * @param names the names of those councils
     */
    public static Table of(String regionCode, CensusYear year, PublishedIndicators published, Map<String, RegisterMeasures> held,
            Function<String, String> names) {
        LocalDate day = year.referenceDate();
        List<Row> councils = new ArrayList<>();
        for (PublishedRow row : published.councilsIn(regionCode, year.year())) {
            if (row.laCodes().stream().noneMatch(held::containsKey)) {
                councils.add(publishedRow(row.laCodes().get(0), row.name(), row));
            }
        }
        held.forEach((laCode, measures) -> councils.add(retainRow(laCode, names.apply(laCode), measures.suppressed(day).authority())));
        councils.sort(java.util.Comparator.comparing(Row::name));
        return new Table(year, List.copyOf(councils),
                published.region(regionCode, year.year()).map(row -> publishedRow(regionCode, row.name(), row)),
                published.england(year.year()).map(row -> publishedRow("E92000001", row.name(), row)));
    }

    private static Row publishedRow(String code, String name, PublishedRow row) {
        Map<Measure, Cell> cells = new java.util.EnumMap<>(Measure.class);
        for (Measure measure : MEASURES) {
            PublishedValue value = row.value(measure);
            cells.put(measure, value == null ? Cell.NONE : new Cell(value.number(), value.marker() == null ? null : value.marker().code()));
        }
        return new Row(code, name, Source.PUBLISHED, cells);
    }

    private static Row retainRow(String laCode, String name, Map<String, Object> figures) {
        Map<Measure, Cell> cells = new java.util.EnumMap<>(Measure.class);
        for (Measure measure : MEASURES) {
            Object value = figures.get(measure.column());
            cells.put(measure, value instanceof Number number ? new Cell(number.doubleValue(), null)
                    : Suppression.SUPPRESSED.equals(value) ? new Cell(null, Suppression.SUPPRESSED) : Cell.NONE);
        }
        return new Row(laCode, name, Source.RETAIN, cells);
    }
}
