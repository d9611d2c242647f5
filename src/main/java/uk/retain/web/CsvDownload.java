package uk.retain.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import de.siegmar.fastcsv.writer.CsvWriter;

/** A list downloaded as CSV: the same columns as on the page, every row, UTF-8 with a header row. */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static <T> ResponseEntity<byte[]> of(String fileName, Listing<T> listing) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(listing.columns().stream().map(Column::key).toList());
            for (T row : listing.all()) {
                List<String> cells = new ArrayList<>();
                for (Column<T> column : listing.columns()) {
                    cells.add(safe(column.text(row)));
                }
                csv.writeRecord(cells);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A cell that a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection). */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")) {
            return "'" + cell;
        }
        return cell;
    }
}
