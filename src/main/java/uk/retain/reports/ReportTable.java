package uk.retain.reports;

import java.util.List;

/**
 * A table of a report, as the page and the PDF show it and as the XLSX writes it (one sheet per table).
 *
 * @param id       the table's id in the page
 * @param sheet    the name of its sheet in the workbook (at most 31 characters, unique in the report)
 * @param caption  what the table shows
 * @param headings the column headings; the first column heads the rows
 * @param rows     the rows, each as long as {@code headings}
 */
public record ReportTable(String id, String sheet, String caption, List<String> headings, List<List<Cell>> rows) {

    public ReportTable {
        if (sheet.length() > 31) {
            throw new IllegalArgumentException("a sheet name is at most 31 characters: " + sheet);
        }
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * A cell: its words and, for a figure, its number (null for words, a figure not known, or one withheld).
     *
     * @param text   what the page shows
     * @param number the figure, rounded as shown, for the workbook
     * @param marker for a figure withheld or missing, what the workbook writes instead ({@code c} for withheld)
     */
    public record Cell(String text, Double number, String marker) {

        public static Cell words(String text) {
            return new Cell(text, null, null);
        }

        public boolean isNumber() {
            return number != null;
        }
    }
}
