package uk.retain.reports;

import java.time.LocalDate;
import java.util.List;

import uk.retain.benchmarking.web.NeighbourTable;
import uk.retain.web.charts.Chart;

/**
 * A report worked out from an authority's live data, in words and figures, for its page, PDF and workbook.
 *
 * @param day        the day the live figures (caseloads, supervision, continuity, programmes) are for
 * @param benchmarked the census date of the DfE measures, the latest DfE has published
 */
public record ReportContent(Report report, String laCode, String authorityName, String title, String summary,
        LocalDate day, LocalDate benchmarked, List<Section> sections) {

    /**
     * A section: a heading, paragraphs, charts (each with its table of figures), the statistical neighbours when it is
     * their section, and tables.
     *
     * @param sheets the figures the page shows as charts or the neighbours' fragment, as tables for the workbook only
     */
    public record Section(String id, String heading, List<String> paragraphs, List<Chart> charts,
            NeighbourTable neighbours, List<ReportTable> tables, List<ReportTable> sheets) {
    }

    /** Every table of the report, in order, those of the workbook only first in each section: the workbook's sheets. */
    public List<ReportTable> workbook() {
        return sections.stream().flatMap(section -> java.util.stream.Stream.concat(section.sheets().stream(),
                section.tables().stream())).toList();
    }
}
