package uk.retain.benchmarking;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a DfE workforce indicator CSV by column name, since DfE's column order varies between releases. Columns it
 * does not need are ignored; a missing one or an unreadable value stops the read with the file, line and column.
 */
final class IndicatorFileReader {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String TIME_PERIOD = "time_period";
    private static final String GEOGRAPHIC_LEVEL = "geographic_level";
    private static final String REGION_CODE = "region_code";
    private static final String REGION_NAME = "region_name";
    private static final String OLD_LA_CODE = "old_la_code";
    private static final String NEW_LA_CODE = "new_la_code";
    private static final String LA_NAME = "la_name";
    private static final List<String> GEOGRAPHY_COLUMNS =
            List.of(TIME_PERIOD, GEOGRAPHIC_LEVEL, REGION_CODE, REGION_NAME, OLD_LA_CODE, NEW_LA_CODE, LA_NAME);

    private final String fileName;
    private Map<String, Integer> positions;
    private int width;

    private IndicatorFileReader(String fileName) {
        this.fileName = fileName;
    }

    static List<PublishedRow> read(InputStream in, String fileName) {
        return new IndicatorFileReader(fileName).read(in);
    }

    private List<PublishedRow> read(InputStream in) {
        // Cell counts are checked here rather than by FastCSV, so the error gives the line, not the record number.
        var builder = CsvReader.builder().allowMissingFields(true).allowExtraFields(true);
        try (var csv = builder.ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw new IndicatorFileException(fileName, 1, null, "empty file, no header");
            }
            CsvRecord header = records.next();
            positions = header(header);
            width = header.getFieldCount();
            var rows = new ArrayList<PublishedRow>();
            Set<String> seen = new HashSet<>();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                PublishedRow row = row(record);
                if (!seen.add(key(row))) {
                    throw new IndicatorFileException(fileName, record.getStartingLineNumber(), null,
                            "a second row for " + row);
                }
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (CsvParseException | UncheckedIOException e) {
            throw new IndicatorFileException(fileName, "not readable as CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndicatorFileException(fileName, "could not be read: " + e.getMessage(), e);
        }
    }

    private Map<String, Integer> header(CsvRecord header) {
        var byName = new HashMap<String, Integer>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            // Some DfE files start with a UTF-8 byte-order mark, which Java does not strip.
            String name = header.getField(i).replace(BYTE_ORDER_MARK, "").strip();
            byName.putIfAbsent(name, i);
        }
        Stream.concat(GEOGRAPHY_COLUMNS.stream(), Stream.of(Measure.values()).map(Measure::column))
                .filter(column -> !byName.containsKey(column))
                .findFirst()
                .ifPresent(column -> {
                    throw new IndicatorFileException(fileName, header.getStartingLineNumber(), column,
                            "required column missing from the header");
                });
        return byName;
    }

    private PublishedRow row(CsvRecord record) {
        if (record.getFieldCount() != width) {
            throw error(record, null, record.getFieldCount() + " cells where the header has " + width);
        }
        var values = new EnumMap<Measure, PublishedValue>(Measure.class);
        for (Measure measure : Measure.values()) {
            String text = field(record, measure.column());
            try {
                values.put(measure, PublishedValue.parse(text));
            } catch (IllegalArgumentException e) {
                throw error(record, measure.column(), e.getMessage());
            }
        }
        var row = new PublishedRow(year(record), level(record), optional(record, REGION_CODE),
                optional(record, REGION_NAME), optional(record, OLD_LA_CODE), optional(record, NEW_LA_CODE),
                optional(record, LA_NAME), values);
        checkGeography(record, row);
        return row;
    }

    private int year(CsvRecord record) {
        String text = field(record, TIME_PERIOD);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(record, TIME_PERIOD, "'" + text + "' is not a year");
        }
    }

    private GeographicLevel level(CsvRecord record) {
        String text = field(record, GEOGRAPHIC_LEVEL);
        return GeographicLevel.ofLabel(text).orElseThrow(() -> error(record, GEOGRAPHIC_LEVEL,
                "'" + text + "' is not National, Regional or Local authority"));
    }

    /** A row without the code its level is found by could never be looked up, so it is an error, not a gap. */
    private void checkGeography(CsvRecord record, PublishedRow row) {
        if (row.level() != GeographicLevel.NATIONAL && row.regionCode() == null) {
            throw error(record, REGION_CODE, "a " + row.level().label() + " row needs a region code");
        }
        if (row.isCouncil() && row.oldLaCode() == null) {
            throw error(record, OLD_LA_CODE, "a Local authority row needs a council code");
        }
    }

    private static String key(PublishedRow row) {
        String code = switch (row.level()) {
            case NATIONAL -> "";
            case REGIONAL -> row.regionCode();
            case LOCAL_AUTHORITY -> row.oldLaCode();
        };
        return row.year() + "|" + row.level() + "|" + code;
    }

    private String field(CsvRecord record, String column) {
        return record.getField(positions.get(column)).strip();
    }

    /** A text column, null when empty (DfE leaves the council columns empty on England and region rows). */
    private String optional(CsvRecord record, String column) {
        String text = field(record, column);
        return text.isEmpty() ? null : text;
    }

    private IndicatorFileException error(CsvRecord record, String column, String problem) {
        return new IndicatorFileException(fileName, record.getStartingLineNumber(), column, problem);
    }
}
