package uk.retain.workforce.bundle;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import uk.retain.workforce.BundleFile;

/**
 * One bundle file read as CSV: UTF-8 (a leading byte-order mark ignored), RFC 4180, a header row whose
 * columns may come in any order. Problems with the file's form are reported here; the cells are checked by
 * {@link Row}.
 *
 * <p>Rows are handed on as they are parsed, and the text is decoded as the parser reads it: a large bundle never
 * holds a file as characters, as one String, or all of its text rows at once, which cost time and garbage
 * collection on every import.
 */
final class CsvTable {

    /** A file's name (as problems name it) and its columns: a bundle file, or a file that follows its rules. */
    record Layout(String name, List<String> requiredColumns, List<String> optionalColumns) {

        static Layout of(BundleFile file) {
            return new Layout(file.fileName(), file.requiredColumns(), file.optionalColumns());
        }

        boolean hasColumn(String column) {
            return requiredColumns.contains(column) || optionalColumns.contains(column);
        }
    }

    /** FastCSV's own limit on one record; raised to the file's length so that no file is refused for it. */
    private static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;

    private CsvTable() {
    }

    /**
     * Reads the file, handing each row as wide as the header to {@code rows} as soon as it is parsed, and answers
     * whether those rows count: not when the file is not UTF-8, not valid CSV, empty, or its header is broken (the
     * problems say why). {@code problems} must be the file's own: a file that is not valid CSV reports only that,
     * so whatever else was found in it is dropped, as if its rows had never been read.
     */
    static boolean read(BundleFile file, byte[] bytes, Problems problems, Consumer<Row> rows) {
        return read(Layout.of(file), bytes, problems, rows);
    }

    /** The same, for a file that is not one of the bundle's but follows its rules (such as cases to allocate). */
    static boolean read(Layout file, byte[] bytes, Problems problems, Consumer<Row> rows) {
        String name = file.name();
        Map<String, Integer> columns = null;
        boolean empty = true;
        int width = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .allowUnclosedQuote(false)
                .maxBufferSize(Math.max(MAX_RECORD_CHARS, bytes.length + 1))
                .ofCsvRecord(text(bytes))) {
            for (CsvRecord record : reader) {
                if (empty) {
                    empty = false;
                    columns = header(file, record, problems);
                    width = record.getFieldCount();
                } else if (columns == null) {
                    continue; // a broken header: parse on only to find any CSV error
                } else if (record.getFieldCount() != width) {
                    problems.add(name, record.getStartingLineNumber(), "-",
                            "the row has " + record.getFieldCount() + " fields but the header has " + width);
                } else {
                    rows.accept(new Row(name, record.getStartingLineNumber(), record, columns, problems));
                }
            }
        } catch (CsvParseException e) {
            String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.clear();
            problems.add(name, lineOf(detail), "-", "not valid CSV: " + detail);
            return false;
        } catch (java.io.UncheckedIOException e) {
            // Rows parsed before the bytes that are not UTF-8 are dropped with the rest of the file.
            problems.clear();
            if (e.getCause() instanceof CharacterCodingException) {
                notUtf8(name, bytes, problems);
            } else {
                problems.add(name, 1, "-", "cannot be read: " + BundleSource.reason(e.getCause()));
            }
            return false;
        } catch (java.io.IOException e) {
            problems.clear();
            problems.add(name, 1, "-", "cannot be read: " + BundleSource.reason(e));
            return false;
        }
        if (empty) {
            problems.add(name, 1, "-", "the file is empty: a header row is required");
            return false;
        }
        return columns != null;
    }

    /**
     * The file's text, decoded as it is parsed (a leading byte-order mark skipped): a large file is never held as
     * characters at once. Bytes that are not UTF-8 stop the parse, and {@link #notUtf8} then says where they are.
     */
    private static Reader text(byte[] bytes) {
        int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(new ByteArrayInputStream(bytes, bom, bytes.length - bom), decoder);
    }

    /** Reports the line of the first bytes that are not UTF-8. */
    private static void notUtf8(String name, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        problems.add(name, line, "-", "not UTF-8 text (save the file as UTF-8)");
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
            } else if (columns.putIfAbsent(canonical(file, column), i) != null) {
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

    /**
     * The format's own instance of the column name, so that each cell's column lookup (by the constant names the
     * readers use) matches by identity rather than comparing the characters.
     */
    private static String canonical(Layout file, String column) {
        for (String known : allColumns(file)) {
            if (known.equals(column)) {
                return known;
            }
        }
        return column;
    }

    private static List<String> allColumns(Layout file) {
        List<String> all = new ArrayList<>(file.requiredColumns());
        all.addAll(file.optionalColumns());
        return all;
    }

    /**
     * At least as many as the file's data rows (its line breaks), to size what holds them: growing a table of
     * hundreds of thousands of rows, or a map of their identifiers, copies it again and again.
     */
    static int rowsAtMost(byte[] bytes) {
        int lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** FastCSV names the line in its message ("... at line 3 ..."); fall back to the header line. */
    private static long lineOf(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(message));
        return m.find() ? Long.parseLong(m.group(1)) : 1;
    }
}
