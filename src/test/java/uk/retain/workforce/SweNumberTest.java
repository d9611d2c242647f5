package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SweNumberTest {

    @Test
    void numbersWithAndWithoutLeadingZerosAreTheSame() {
        SweNumber padded = SweNumber.parse("SW0012").orElseThrow();
        SweNumber plain = SweNumber.parse("SW12").orElseThrow();

        assertThat(padded.key()).isEqualTo("12");
        assertThat(padded).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(padded).isNotEqualTo(SweNumber.parse("SW120").orElseThrow());
    }

    @Test
    void allZerosIsZero() {
        assertThat(SweNumber.parse("SW000").orElseThrow().key()).isEqualTo("0");
        assertThat(SweNumber.parse("SW0").orElseThrow().key()).isEqualTo("0");
    }

    @Test
    void theCensusFormPadsTheDigitsToTen() {
        assertThat(SweNumber.parse("SW0012").orElseThrow().censusForm()).isEqualTo("SW0000000012");
        assertThat(SweNumber.parse("SW1234567890").orElseThrow().censusForm()).isEqualTo("SW1234567890");
    }

    @Test
    void onlySwThenOneToTenDigitsIsANumber() {
        assertThat(SweNumber.parse("SW12345678901")).isEmpty();
        assertThat(SweNumber.parse("sw123")).isEmpty();
        assertThat(SweNumber.parse("SW")).isEmpty();
        assertThat(SweNumber.parse("SW12a")).isEmpty();
    }
}
