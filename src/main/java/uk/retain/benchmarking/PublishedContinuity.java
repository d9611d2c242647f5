package uk.retain.benchmarking;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * DfE's published share of children in care with 3 or more social workers in a year (the only continuity figure DfE
 * publishes), for England, the regions and each council; shipped with Retain (provenance in {@code SOURCES.md}).
 */
public final class PublishedContinuity {

    public static final String RESOURCE = "/benchmarking/dfe-cla-social-worker-changes-swcount-by-la.csv";
    private static final String THREE_OR_MORE = "3 or more social workers during the year";
    private static final String TOTAL = "Total children";

    /**
     * Children in care on 31 March of {@code year} and how many of them had 3 or more social workers in the year to
     * that day.
     */
    public record Share(int year, int children, int with3PlusWorkers) {

        public Double percent() {
            return children == 0 ? null : 100.0 * with3PlusWorkers / children;
        }
    }

    private final Share england;
    private final Map<String, Share> byRegion;
    private final Map<String, Share> byLaCode;

    private PublishedContinuity(Share england, Map<String, Share> byRegion, Map<String, Share> byLaCode) {
        this.england = england;
        this.byRegion = Map.copyOf(byRegion);
        this.byLaCode = Map.copyOf(byLaCode);
    }

    public static PublishedContinuity fromClasspath() {
        return Shipped.CONTINUITY;
    }

    public Optional<Share> england() {
        return Optional.ofNullable(england);
    }

    public Optional<Share> region(String regionCode) {
        return Optional.ofNullable(regionCode == null ? null : byRegion.get(regionCode));
    }

    /** A council's figure by its DfE 3-digit number. */
    public Optional<Share> council(String laCode) {
        return Optional.ofNullable(byLaCode.get(laCode));
    }

    static PublishedContinuity parse(InputStream in) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> years = new HashMap<>();
        try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(text)) {
            for (NamedCsvRecord row : csv) {
                String level = row.getField("geographic_level");
                String key = switch (level) {
                    case "National" -> "england";
                    case "Regional" -> "region:" + row.getField("region_code");
                    case "Local authority" -> "la:" + row.getField("old_la_code");
                    default -> null;
                };
                String stability = row.getField("sw_stability");
                if (key == null || !"CLA on 31 March".equals(row.getField("cla_group"))) {
                    continue;
                }
                Integer number = number(row.getField("number"));
                if (number == null) {
                    continue;
                }
                int[] pair = counts.computeIfAbsent(key, k -> new int[] {-1, -1});
                if (TOTAL.equals(stability)) {
                    pair[0] = number;
                } else if (THREE_OR_MORE.equals(stability)) {
                    pair[1] = number;
                }
                years.put(key, Integer.parseInt(row.getField(header(row, "time_period"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Share england = null;
        Map<String, Share> regions = new HashMap<>();
        Map<String, Share> councils = new HashMap<>();
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] pair = entry.getValue();
            if (pair[0] < 0 || pair[1] < 0) {
                continue; // a council whose figure is suppressed
            }
            Share share = new Share(years.get(entry.getKey()), pair[0], pair[1]);
            String key = entry.getKey();
            if (key.equals("england")) {
                england = share;
            } else if (key.startsWith("region:")) {
                regions.put(key.substring("region:".length()), share);
            } else {
                councils.put(key.substring("la:".length()), share);
            }
        }
        return new PublishedContinuity(england, regions, councils);
    }

    /** The first column's name carries the file's byte-order mark. */
    private static String header(NamedCsvRecord row, String name) {
        for (String header : row.getHeader()) {
            if (header.replace("\uFEFF", "").equals(name)) {
                return header;
            }
        }
        return name;
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null; // DfE's suppression markers (c, x, low...)
        }
    }

    private static final class Shipped {
        static final PublishedContinuity CONTINUITY;

        static {
            try (InputStream in = PublishedContinuity.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the class path");
                }
                CONTINUITY = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
