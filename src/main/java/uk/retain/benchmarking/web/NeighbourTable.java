package uk.retain.benchmarking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.NeighbourComparison;
import uk.retain.benchmarking.OfstedJudgements;
import uk.retain.benchmarking.PublishedValue;
import uk.retain.measures.Suppression;
import uk.retain.web.Days;
import uk.retain.web.charts.Figures;

/**
 * A council against its statistical neighbours in words, for the page fragment {@code fragments/neighbours} (the
 * dashboard and the reports): who the neighbours are with their latest Ofsted grades, and every DfE measure with the
 * council's figure, each neighbour's, and the council's rank and quartile.
 *
 * @param note       why these neighbours, when the council is compared with another council's (not in DfE's model)
 * @param intro      what the table shows, with the year
 * @param councilName the council's name, the heading of its column
 * @param councilGrade the council's own latest Ofsted grade in words, or null when Ofsted has none
 * @param columns    the neighbours, closest first
 * @param rows       one per DfE measure
 */
public record NeighbourTable(String id, String caption, String note, String intro, String councilName, String councilGrade,
        List<Column> columns, List<Row> rows) {

    /** A neighbour: its name, how close, its latest Ofsted grade and when it was published. */
    public record Column(String laCode, String name, String closeness, String grade, String gradePublished) {
    }

    /** One measure: its name, the council's figure, each neighbour's, the rank ("3 of 11") and quartile. */
    public record Row(String measure, String label, String council, List<String> neighbours, String rank, String quartile) {
    }

    /**
     * @param council the council's figures as the viewer gets them, by measure: a number, null when not known, or
     *                {@value Suppression#SUPPRESSED} for a regional analyst's small numbers
     */
    public static NeighbourTable of(NeighbourComparison comparison, String councilName, Function<Measure, Object> council,
            MessageSource messages, Locale locale) {
        Function<String, String> words = key -> messages.getMessage(key, null, locale);
        var group = comparison.group();
        String note = group.isStandIn() ? messages.getMessage("neighbours.standIn",
                new Object[] {councilName, group.comparedAsName(), group.comparedAs()}, locale) : null;
        String intro = messages.getMessage("neighbours.intro", new Object[] {councilName, comparison.year()}, locale);
        List<Column> columns = comparison.neighbours().stream()
                .map(column -> new Column(column.neighbour().laCode(), column.neighbour().name(),
                        words.apply("neighbours.closeness." + column.neighbour().closeness().code()),
                        grade(column.judgement(), words), column.judgement()
                                .map(j -> j.published() == null ? "" : Days.written(j.published())).orElse("")))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (NeighbourComparison.MeasureRow row : comparison.rows()) {
            Measure measure = row.measure();
            Object own = council.apply(measure);
            List<String> theirs = comparison.neighbours().stream()
                    .map(column -> published(column.value(measure), measure, words)).toList();
            String rank = row.ranking() == null ? "" : messages.getMessage("neighbours.rankOf",
                    new Object[] {row.ranking().rank(), row.ranking().of()}, locale);
            String quartile = row.ranking() == null ? "" : Integer.toString(row.ranking().quartile());
            rows.add(new Row(measure.column(), words.apply("neighbours.measure." + measure.column()),
                    own(own, measure, words), theirs, rank, quartile));
        }
        return new NeighbourTable("neighbours", messages.getMessage("neighbours.caption",
                new Object[] {councilName, comparison.year()}, locale), note, intro, councilName,
                comparison.ownJudgement().isPresent() ? grade(comparison.ownJudgement(), words) : null, columns,
                List.copyOf(rows));
    }

    /** A figure as the tables write it: a whole number for counts, one decimal place for the rest. */
    public static String figure(Double value, Measure measure) {
        return measure.kind() == Measure.Kind.COUNT ? Figures.whole(value) : Figures.oneDecimal(value);
    }

    private static String own(Object value, Measure measure, Function<String, String> words) {
        if (Suppression.SUPPRESSED.equals(value)) {
            return words.apply("dashboard.marker.c");
        }
        return value instanceof Number number ? figure(number.doubleValue(), measure) : words.apply("dashboard.notAvailable");
    }

    private static String published(Optional<PublishedValue> value, Measure measure, Function<String, String> words) {
        if (value.isEmpty()) {
            return words.apply("dashboard.notPublished");
        }
        if (value.get().marker() != null) {
            return words.apply("dashboard.marker." + value.get().marker().code());
        }
        return figure(value.get().number(), measure);
    }

    private static String grade(Optional<OfstedJudgements.Judgement> judgement, Function<String, String> words) {
        return judgement.map(j -> words.apply("neighbours.grade." + j.overall().code()))
                .orElseGet(() -> words.apply("neighbours.grade.none"));
    }
}
