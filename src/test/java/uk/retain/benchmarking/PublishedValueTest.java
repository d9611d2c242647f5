package uk.retain.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublishedValueTest {

    @ParameterizedTest
    @CsvSource({"c, SUPPRESSED", "x, UNAVAILABLE", "u, LOW_RELIABILITY", "z, NOT_APPLICABLE", "low, ROUNDS_TO_ZERO"})
    void aMarkerBecomesNullWithItsReason(String text, Marker reason) {
        PublishedValue value = PublishedValue.parse(text);

        assertThat(value.number()).isNull();
        assertThat(value.marker()).isEqualTo(reason);
        assertThat(value.isKnown()).isFalse();
        assertThat(value).hasToString(text);
    }

    @Test
    void aNumberIsKeptWithoutAMarker() {
        PublishedValue value = PublishedValue.parse("36186.3");

        assertThat(value.number()).isEqualTo(36186.3);
        assertThat(value.marker()).isNull();
        assertThat(value.isKnown()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C", "n/a", "12,5", "NaN", "Infinity", "..", "-"})
    void textThatIsNeitherANumberNorAMarkerIsRejected(String text) {
        assertThatThrownBy(() -> PublishedValue.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "' is neither a number nor a DfE marker");
    }

    @Test
    void onlyRoundsToZeroAddsToASum() {
        assertThat(PublishedValue.parse("low").summand()).isEqualTo(0.0);
        assertThat(PublishedValue.parse("4.5").summand()).isEqualTo(4.5);
        for (String unknown : new String[] {"c", "x", "u", "z"}) {
            assertThat(PublishedValue.parse(unknown).summand()).as(unknown).isNull();
        }
    }

    @Test
    void aValueIsANumberOrAMarkerNeverBothNorNeither() {
        assertThatThrownBy(() -> new PublishedValue(1.0, Marker.SUPPRESSED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublishedValue(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
