package uk.retain.workforce.bundle;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import uk.retain.workforce.BundleFile;

/**
 * One bundle file read as CSV: UTF-8 (a leading byte-order mark ignored), RFC 4180, a header row whose
 * columns may come in any order. Problems with the file's form are reported here; the cells are checked by
 * {@link Row}.
 */
final class CsvTable {

    /** A file's name (as problems name it) and its columns. */
    record Layout(String name, List<String> requiredColumns, List<String> optionalColumns) {

        static Layout of(BundleFile file) {
            return new Layout(file.fileName(), file.requiredColumns(), file.optionalColumns());
        }

        boolean hasColumn(String column) {
            return requiredColumns.contains(column) || optionalColumns.contains(column);
        }
    }

    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(Map<String, Integer> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** The table, or null when the file's form is too broken to read its rows (the problems say why). */
    static CsvTable read(BundleFile file, byte[] bytes, Problems problems) {
        return read(Layout.of(file), bytes, problems);
    }

    /** A file that is not one of the bundle's but follows its rules (such as a file of cases to allocate). */
    static CsvTable read(Layout file, byte[] bytes, Problems problems) {
        String name = file.name();
        String text = decode(name, bytes, problems);
        if (text == null) {
            return null;
        }
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .allowUnclosedQuote(false)
                .ofCsvRecord(text)) {
            reader.forEach(records::add);
        } catch (CsvParseException e) {
            String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add(name, lineOf(detail), "-", "not valid CSV: " + detail);
            return null;
        } catch (java.io.IOException e) {
            problems.add(name, 1, "-", "cannot be read: " + e.getMessage());
            return null;
        }
        if (records.isEmpty()) {
            problems.add(name, 1, "-", "the file is empty: a header row is required");
            return null;
        }
        Map<String, Integer> columns = header(file, records.get(0), problems);
        if (columns == null) {
            return null;
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        int width = records.get(0).getFieldCount();
        for (int i = 1; i < records.size(); i++) {
            CsvRecord record = records.get(i);
            if (record.getFieldCount() != width) {
                problems.add(name, record.getStartingLineNumber(), "-",
                        "the row has " + record.getFieldCount() + " fields but the header has " + width);
                continue;
            }
            rows.add(new Row(name, record.getStartingLineNumber(), record.getFields(), columns, problems));
        }
        return new CsvTable(columns, rows);
    }

    private static String decode(String name, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            String text = chars.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < in.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(name, line, "-", "not UTF-8 text (save the file as UTF-8)");
            return null;
        }
    }

    private static Map<String, Integer> header(Layout file, CsvRecord header, Problems problems) {
        String name = file.name();
        Map<String, Integer> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.getFieldCount(); i++) {
            String column = header.getField(i).strip();
            if (column.isEmpty()) {
                problems.add(name, 1, "-", "column " + (i + 1) + " of the header has no name");
                ok = false;
            } else if (!file.hasColumn(column)) {
                problems.add(name, 1, column, "unknown column (expected one of: "
                        + String.join(", ", allColumns(file)) + ")");
                ok = false;
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(name, 1, column, "the column appears twice in the header");
                ok = false;
            }
        }
        for (String required : file.requiredColumns()) {
            if (!columns.containsKey(required)) {
                problems.add(name, 1, required, "required column is missing");
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private static List<String> allColumns(Layout file) {
        List<String> all = new ArrayList<>(file.requiredColumns());
        all.addAll(file.optionalColumns());
        return all;
    }

    /** FastCSV names the line in its message ("... at line 3 ..."); fall back to the header line. */
    private static long lineOf(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(message));
        return m.find() ? Long.parseLong(m.group(1)) : 1;
    }

    List<Row> rows() {
        return rows;
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }
}
