package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo's identifiers are what {@code String.format("%0nd")} gives, made without a formatter (for start-up). */
class NumberingTest {

    @ParameterizedTest
    @CsvSource({"C, 12, 6", "R, 1, 4", "APP, 99999, 5", "R, 12345, 4", "AE, 0, 4"})
    void padsWithZerosAsFormatDoes(String prefix, int number, int width) {
        assertThat(Numbering.id(prefix, number, width)).isEqualTo(String.format(prefix + "%0" + width + "d", number));
    }
}
