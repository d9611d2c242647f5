package uk.retain.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.retain.benchmarking.IndicatorCsv.ENGLAND_2025;
import static uk.retain.benchmarking.IndicatorCsv.SUNDERLAND_2025;
import static uk.retain.benchmarking.IndicatorCsv.file;
import static uk.retain.benchmarking.IndicatorCsv.header;
import static uk.retain.benchmarking.IndicatorCsv.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a DfE indicator file other than the shipped one: drifted layouts and broken files. */
class PublishedIndicatorsParseTest {

    @Test
    void aByteOrderMarkBeforeTheFirstColumnNameIsIgnored() {
        var indicators = parse("\uFEFF" + file(header(), ENGLAND_2025));

        PublishedRow england = indicators.england(2025).orElseThrow();
        assertThat(england.year()).isEqualTo(2025);
        assertThat(england.number(Measure.INPOST_FTE)).isEqualTo(36186.3);
    }

    @Test
    void columnsAreFoundByNameInWhateverOrderTheyCome() {
        List<String> names = new ArrayList<>(IndicatorCsv.HEADER);
        List<String> values = new ArrayList<>(Arrays.asList(ENGLAND_2025.split(",", -1)));
        Collections.reverse(names);
        Collections.reverse(values);
        names.add("a_column_added_later");
        values.add("anything");

        var indicators = parse(file(String.join(",", names), String.join(",", values)));

        PublishedRow england = indicators.england(2025).orElseThrow();
        assertThat(england.number(Measure.INPOST_FTE)).isEqualTo(36186.3);
        assertThat(england.number(Measure.ABSENCE_RATE_FTE)).isEqualTo(3.5);
        assertThat(england.number(Measure.CASES)).isEqualTo(321661.0);
    }

    @Test
    void markersReadAsNullWithTheirReason() {
        var sunderland = parse(file(header(), SUNDERLAND_2025)).council("394", 2025).orElseThrow();

        assertThat(sunderland.value(Measure.AGENCY_FTE)).isEqualTo(PublishedValue.marked(Marker.ROUNDS_TO_ZERO));
        assertThat(sunderland.number(Measure.AGENCY_FTE)).isNull();
        assertThat(sunderland.number(Measure.AGENCY_HEADCOUNT)).isEqualTo(1.0);
    }

    @Test
    void aMissingRequiredColumnIsNamedWithTheFileAndLine() {
        String header = header().replace(",cases,", ",cases_total,");

        assertThatThrownBy(() -> parse(file(header, ENGLAND_2025)))
                .isInstanceOf(IndicatorFileException.class)
                .hasMessage("drifted.csv:1: cases: required column missing from the header");
    }

    @Test
    void aValueThatIsNeitherANumberNorAMarkerIsNamedWithTheFileLineAndColumn() {
        String broken = SUNDERLAND_2025.replace(",229.5,", ",229.5 FTE,");

        assertThatThrownBy(() -> parse(file(header(), ENGLAND_2025, broken)))
                .isInstanceOf(IndicatorFileException.class)
                .hasMessage("drifted.csv:3: inpost_fte: '229.5 FTE' is neither a number nor a DfE marker"
                        + " (c, x, u, z, low)");
    }

    @Test
    void anUnknownGeographicLevelIsAnError() {
        String broken = ENGLAND_2025.replace(",National,", ",Country,");

        assertThatThrownBy(() -> parse(file(header(), broken)))
                .isInstanceOf(IndicatorFileException.class)
                .hasMessageStartingWith("drifted.csv:2: geographic_level: 'Country'");
    }

    @Test
    void aSecondRowForTheSameCouncilAndYearIsAnError() {
        assertThatThrownBy(() -> parse(file(header(), SUNDERLAND_2025, SUNDERLAND_2025)))
                .isInstanceOf(IndicatorFileException.class)
                .hasMessage("drifted.csv:3: a second row for 2025 Sunderland (394)");
    }

    @Test
    void aLineWithTooFewOrTooManyCellsIsAnErrorNamingTheFileAndLine() {
        String cut = ENGLAND_2025.substring(0, ENGLAND_2025.lastIndexOf(','));
        String unquotedComma = SUNDERLAND_2025.replace("Sunderland", "Sunderland, City of");

        assertThatThrownBy(() -> parse(file(header(), ENGLAND_2025, cut)))
                .isInstanceOf(IndicatorFileException.class)
                .hasMessage("drifted.csv:3: 31 cells where the header has 32");
        assertThatThrownBy(() -> parse(file(header(), unquotedComma)))
                .isInstanceOf(IndicatorFileException.class)
                .hasMessage("drifted.csv:2: 33 cells where the header has 32");
    }

    @Test
    void aQuotedNameWithACommaIsOneCell() {
        String quoted = SUNDERLAND_2025.replace("Sunderland", "\"Sunderland, City of\"");

        assertThat(parse(file(header(), quoted)).council("394", 2025).orElseThrow().laName())
                .isEqualTo("Sunderland, City of");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThatThrownBy(() -> parse(""))
                .isInstanceOf(IndicatorFileException.class)
                .hasMessage("drifted.csv:1: empty file, no header");
    }

    private static PublishedIndicators parse(String text) {
        return PublishedIndicators.parse(stream(text), "drifted.csv");
    }
}
