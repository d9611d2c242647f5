package uk.retain.web.charts;

import java.util.List;

/**
 * The numbers of a chart as a table: the accessible version of the chart, shown beside or under it. One row per
 * category (a year, a band), one column per series, each cell formatted as the chart's axis formats it.
 *
 * @param caption  the table's caption
 * @param headings the column headings: the categories' heading, then each series' name
 * @param rows     one per category
 */
public record ChartTable(String caption, List<String> headings, List<Row> rows) {

    public ChartTable {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    /** A category's label and its value in each series, formatted. */
    public record Row(String label, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
