package uk.retain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.benchmarking.StatisticalNeighbours;
import uk.retain.demo.DemoCouncil;
import uk.retain.measures.RegisterMeasures;
import uk.retain.support.PageTest;

/**
 * The reports made from the small bundle on its census date (30 September 2025, whose figures
 * {@code DashboardPageTest} works out by hand) and from the demo council, as PDF read back with PDFBox and as XLSX
 * read back with FastExcel's reader: the text and the cells are the measures.
 */
class ReportsReadBackTest extends PageTest {

    private static final LocalDate DAY = LocalDate.parse(CENSUS);

    @Autowired
    ReportBuilder reports;

    @Autowired
    ReportPdf pdf;

    @Autowired
    ReportXlsx xlsx;

    private ReportContent report(Report which, LocalDate day) {
        return reports.of(which, "999", Locale.UK, day).orElseThrow();
    }

    @Test
    void theOfstedPackAsPdfSaysTheMeasuresBesideTheRegionNeighboursAndEngland() throws Exception {
        ReportContent report = report(Report.OFSTED, DAY);
        byte[] file = pdf.pdf(report, "Made by Retain on 30 September 2025.", Locale.UK);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports-test"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/reports-test/ofsted.pdf"), file);
        String text = pdfText(file);

        assertThat(text).contains("Ofsted pack", "Exampleshire", "DfE workforce measures at 30 September 2025");
        // Headline rows: Exampleshire, East of England, the neighbours, England (DfE's published figures).
        assertThat(line(text, "Turnover rate (%, FTE)")).startsWith("Turnover rate (%, FTE) 33.3 11.5 ");
        assertThat(line(text, "Turnover rate (%, FTE)")).endsWith(" 11.8");
        assertThat(line(text, "Agency worker rate (%, FTE)")).startsWith("Agency worker rate (%, FTE) 29.4 9.5");
        assertThat(text).contains("Statistical neighbours", "Oxfordshire", "Exampleshire is not in DfE's model");
        assertThat(text).contains("Caseloads and the newly qualified protection", "Continuity for children",
                "Supervision in date", "Programmes", "The DfE census return");
        assertThat(text).as("the trend charts' titles are drawn from the SVG and their tables follow")
                .contains("Turnover rate (%, FTE), 2018 to 2025");
    }

    @Test
    void theOfstedPackAsXlsxHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        ReportContent report = report(Report.OFSTED, DAY);
        Map<String, List<Row>> sheets = sheets(xlsx.xlsx(report, "made"));

        assertThat(sheets.keySet()).contains("Report", "Headline measures", "Trend turnover rate fte", "Neighbours",
                "Neighbours measures", "Caseloads", "Caseloads by team", "Continuity", "Supervision", "Programmes");
        Row turnover = row(sheets.get("Headline measures"), "Turnover rate (%, FTE)");
        assertThat(turnover.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(turnover.getCell(1).asNumber()).isEqualByComparingTo("33.3");
        assertThat(turnover.getCell(2).asNumber()).isEqualByComparingTo("11.5");
        assertThat(turnover.getCell(4).asNumber()).isEqualByComparingTo("11.8");
        assertThat(row(sheets.get("Headline measures"), "Social workers in post (FTE)").getCell(1).asNumber())
                .isEqualByComparingTo("2.4");

        // The neighbours' sheet: each neighbour's published figure, the council's rank among the eleven.
        var dfe = PublishedIndicators.fromClasspath();
        List<String> neighbours = StatisticalNeighbours.fromClasspath().of("999").orElseThrow().neighbours().stream()
                .map(StatisticalNeighbours.Neighbour::laCode).toList();
        Row vacancy = row(sheets.get("Neighbours measures"), "Vacancy rate (%)");
        assertThat(vacancy.getCell(1).asNumber()).isEqualByComparingTo("45.5");
        long higher = 0;
        for (int i = 0; i < neighbours.size(); i++) {
            double published = dfe.council(neighbours.get(i), 2025).orElseThrow().number(uk.retain.benchmarking.Measure.VACANCY_RATE_FTE);
            assertThat(vacancy.getCell(5 + i).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(published));
            higher += published > 45.5 ? 1 : 0;
        }
        assertThat(vacancy.getCell(2).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(higher + 1));
        assertThat(vacancy.getCell(3).asNumber()).isEqualByComparingTo("11");
    }

    @Test
    void theMembersReportWithholdsSmallCountsAndHasNoTeamOrPersonRow() throws Exception {
        ReportContent report = report(Report.MEMBERS, DAY);
        Map<String, List<Row>> sheets = sheets(xlsx.xlsx(report, "made"));

        assertThat(sheets.keySet()).doesNotContain("Caseloads by team", "Continuity by team", "Supervision by team");
        // The small bundle's three case holders (W1, W2, W3) are fewer than 5: withheld, as "c".
        Row holders = row(sheets.get("Caseloads"), "Workers holding cases");
        assertThat(holders.getCell(1).getType()).isEqualTo(CellType.STRING);
        assertThat(holders.getCell(1).asString()).isEqualTo("c");
        String text = pdfText(pdf.pdf(report, "made", Locale.UK));
        assertThat(line(text, "Workers holding cases")).isEqualTo("Workers holding cases suppressed");
        for (String worker : List.of("W1", "W2", "W3", "W4", "TM1")) {
            assertThat(text).doesNotContainPattern("\\b" + worker + "\\b");
        }
        assertThat(report.sections()).flatExtracting(ReportContent.Section::tables)
                .allSatisfy(table -> assertThat(table.id()).doesNotEndWith("by-team"));
    }

    @Test
    void theDemoCouncilsReportsAgreeWithItsMeasures() throws Exception {
        registers.replace(DemoCouncil.demo());
        LocalDate day = LocalDate.of(2026, 10, 31);
        var measures = RegisterMeasures.of(DemoCouncil.demo());
        Map<String, Object> census2025 = measures.forAuthority(LocalDate.of(2025, 9, 30));
        Map<String, Object> today = measures.forAuthority(day);

        ReportContent ofsted = report(Report.OFSTED, day);
        assertThat(ofsted.benchmarked()).isEqualTo(LocalDate.of(2025, 9, 30));
        Map<String, List<Row>> sheets = sheets(xlsx.xlsx(ofsted, "made"));
        for (String[] measure : new String[][] {{"Social workers in post (FTE)", "inpost_fte"},
                {"Turnover rate (%, FTE)", "turnover_rate_fte"}, {"Vacancy rate (%)", "vacancy_rate_fte"},
                {"Average caseload (cases per case-holding FTE)", "caseload_fte"}}) {
            assertThat(row(sheets.get("Headline measures"), measure[0]).getCell(1).asNumber()).as(measure[1])
                    .isEqualByComparingTo(rounded(census2025.get(measure[1])));
        }
        assertThat(row(sheets.get("Caseloads"), "Cases").getCell(1).asNumber())
                .isEqualByComparingTo(new BigDecimal(today.get("cases").toString()));
        assertThat(row(sheets.get("Caseloads"), "Workers holding more than 20 cases").getCell(1).asNumber())
                .isEqualByComparingTo(new BigDecimal(today.get("workers_over_20_cases").toString()));

        String text = pdfText(pdf.pdf(report(Report.MEMBERS, day), "made", Locale.UK));
        assertThat(line(text, "Social workers in post (FTE)")).startsWith("Social workers in post (FTE) "
                + uk.retain.web.charts.Figures.oneDecimal(((Number) census2025.get("inpost_fte")).doubleValue()));
        assertThat(text.lines().map(String::strip).filter(line -> line.matches("Cases [0-9,]+")).toList())
                .as("the caseloads table's line (the neighbours' line has more figures)")
                .containsExactly("Cases " + uk.retain.web.charts.Figures.whole(((Number) today.get("cases")).doubleValue()));
    }

    private static BigDecimal rounded(Object value) {
        return uk.retain.web.charts.Figures.rounded(((Number) value).doubleValue());
    }

    static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The first line of the text that starts with {@code start}. */
    static String line(String text, String start) {
        return text.lines().map(String::strip).filter(line -> line.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with '" + start + "' in:\n" + text));
    }

    static Map<String, List<Row>> sheets(byte[] xlsx) throws Exception {
        Map<String, List<Row>> sheets = new HashMap<>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    sheets.put(sheet.getName(), rows.collect(Collectors.toList()));
                }
            }
        }
        return sheets;
    }

    /** The row whose first cell is {@code label}. */
    static Row row(List<Row> rows, String label) {
        assertThat(rows).as("sheet").isNotNull();
        return rows.stream().filter(row -> row.getCellCount() > 0 && row.getCell(0) != null
                        && label.equals(row.getCell(0).getRawValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }
}
