package uk.retain.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import uk.retain.reports.ReportTable.Cell;

/**
 * A report as an XLSX workbook, written streaming by FastExcel (decision 0026): a first sheet naming the report, then
 * one sheet per table, its caption in the first row, its headings in the second, then its rows. Figures are numbers
 * (rounded as the page shows them); a figure withheld is {@code c}, one not known is empty.
 */
@Component
public class ReportXlsx {

    static final String APPLICATION = "Retain";

    public byte[] xlsx(ReportContent report, String made) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, APPLICATION, "1.0");
            Worksheet about = workbook.newWorksheet("Report");
            about.value(0, 0, report.title());
            about.value(1, 0, report.authorityName());
            about.value(2, 0, report.summary());
            about.value(3, 0, made);
            about.style(0, 0).bold().set();
            about.finish();
            for (ReportTable table : report.workbook()) {
                write(workbook.newWorksheet(table.sheet()), table);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, ReportTable table) throws IOException {
        sheet.value(0, 0, table.caption());
        sheet.style(0, 0).bold().set();
        List<String> headings = table.headings();
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(1, c, headings.get(c));
            sheet.style(1, c).bold().set();
        }
        int r = 2;
        for (List<Cell> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (cell.isNumber()) {
                    sheet.value(r, c, cell.number());
                } else if (cell.marker() != null) {
                    if (!cell.marker().isEmpty()) {
                        sheet.value(r, c, cell.marker());
                    }
                } else {
                    sheet.value(r, c, cell.text());
                }
            }
            r++;
        }
        sheet.width(0, 48);
        sheet.finish();
    }
}
