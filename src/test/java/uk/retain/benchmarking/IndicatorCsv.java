package uk.retain.benchmarking;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small indicator files for tests of the reader, in DfE's layout. */
final class IndicatorCsv {

    static final List<String> HEADER = Stream.concat(
                    Stream.of("time_period", "time_identifier", "geographic_level", "country_code", "country_name",
                            "region_code", "region_name", "old_la_code", "new_la_code", "la_name"),
                    Arrays.stream(Measure.values()).map(Measure::column))
            .toList();

    /** England's 2025 row, as published. */
    static final String ENGLAND_2025 = "2025,Reporting year,National,E92000001,England,,,,,,36186.3,38292,5837.8,6043,"
            + "4276.3,4611,11.8,12,5415.9,5566,13,12.7,4390.8,81.1,5965.4,14.2,73.6,21105.4,321661,15.2,322786.3,3.5";

    /** Sunderland's 2025 row, as published, with {@code low} for its agency FTE. */
    static final String SUNDERLAND_2025 = "2025,Reporting year,Local authority,E92000001,England,E12000001,North East,"
            + "394,E08000024,Sunderland,229.5,239,19.8,20,27.1,28,11.8,11.7,low,1,low,0.4,low,100,12,5,0.2,134.2,2297,"
            + "17.1,2236,3.9";

    private IndicatorCsv() {
    }

    static String header() {
        return String.join(",", HEADER);
    }

    static String file(String... lines) {
        return Arrays.stream(lines).collect(Collectors.joining("\n", "", "\n"));
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
