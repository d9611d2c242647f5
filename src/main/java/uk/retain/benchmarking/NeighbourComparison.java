package uk.retain.benchmarking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A council against its ten statistical neighbours on every DfE measure of one census year: its own figure (from its
 * register), each neighbour's published one, its rank and quartile, and each neighbour's latest Ofsted grade.
 *
 * @param group       the neighbours, and whose they are
 * @param year        the census year of the neighbours' published figures
 * @param neighbours  the neighbours with their published rows and Ofsted judgements, closest first
 * @param rows        one per measure, in {@link Measure}'s order
 * @param ownJudgement the council's own latest Ofsted judgement, if Ofsted has one
 */
public record NeighbourComparison(StatisticalNeighbours.Group group, int year, List<NeighbourColumn> neighbours,
        List<MeasureRow> rows, Optional<OfstedJudgements.Judgement> ownJudgement) {

    /** A neighbour, its row of DfE's file for the year (empty when DfE has none) and its latest Ofsted judgement. */
    public record NeighbourColumn(StatisticalNeighbours.Neighbour neighbour, Optional<PublishedRow> published,
            Optional<OfstedJudgements.Judgement> judgement) {

        /** The neighbour's figure of a measure, DfE's marker where DfE withheld it, empty when DfE has no row. */
        public Optional<PublishedValue> value(Measure measure) {
            return published.map(row -> row.value(measure));
        }
    }

    /**
     * One measure: the council's figure (null when not known or suppressed), the neighbours' numbers in the neighbours'
     * order (null where not known), and the council's ranking among them (null when its figure is not known).
     */
    public record MeasureRow(Measure measure, Double council, List<Double> neighbours, Ranking ranking) {
    }

    /**
     * @param council the council's figure of each measure on the year's census date, null when not known
     */
    public static Optional<NeighbourComparison> of(String laCode, int year, Function<Measure, Double> council,
            StatisticalNeighbours model, PublishedIndicators dfe, OfstedJudgements ofsted) {
        Optional<StatisticalNeighbours.Group> group = model.of(laCode);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        List<NeighbourColumn> columns = group.get().neighbours().stream()
                .map(neighbour -> new NeighbourColumn(neighbour, dfe.council(neighbour.laCode(), year),
                        ofsted.of(neighbour.laCode())))
                .toList();
        List<MeasureRow> rows = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            Double own = council.apply(measure);
            List<Double> theirs = columns.stream()
                    .map(column -> column.value(measure).map(PublishedValue::number).orElse(null))
                    .toList();
            rows.add(new MeasureRow(measure, own, theirs, Ranking.of(own, theirs)));
        }
        return Optional.of(new NeighbourComparison(group.get(), year, columns, List.copyOf(rows), ofsted.of(laCode)));
    }

    /** The council's figures from a map by DfE name (as {@code Measures.byDfeName()} gives), numbers only. */
    public static Function<Measure, Double> byDfeName(Map<String, ?> figures) {
        return measure -> figures.get(measure.column()) instanceof Number number ? number.doubleValue() : null;
    }
}
