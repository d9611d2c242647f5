package uk.retain.benchmarking;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small CSV shipped in {@code benchmarking/} into rows by column name, the byte-order mark some DfE files
 * start with stripped from the first column's name and every cell stripped of surrounding spaces.
 */
final class ShippedCsv {

    private ShippedCsv() {
    }

    static List<Map<String, String>> read(String resource) {
        try (InputStream in = ShippedCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> read(InputStream in) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().allowMissingFields(true).allowExtraFields(true).ofNamedCsvRecord(text)) {
            for (NamedCsvRecord record : csv) {
                Map<String, String> row = new LinkedHashMap<>();
                record.getFieldsAsMap().forEach((name, value) -> row.put(name.replace("\uFEFF", "").strip(), value.strip()));
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
