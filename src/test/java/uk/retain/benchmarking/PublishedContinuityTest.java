package uk.retain.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The shipped DfE figure of children in care with 3 or more social workers, read as published. */
class PublishedContinuityTest {

    private final PublishedContinuity published = PublishedContinuity.fromClasspath();

    @Test
    void englandHad27PercentIn2024() {
        assertThat(published.england()).get().satisfies(england -> {
            assertThat(england.year()).isEqualTo(2024);
            assertThat(england.children()).isEqualTo(83300);
            assertThat(england.with3PlusWorkers()).isEqualTo(22140);
            assertThat(england.percent()).isCloseTo(26.6, within(0.05));
        });
    }

    @Test
    void regionsAndCouncilsAreByTheirCodes() {
        assertThat(published.region("E12000001")).get().satisfies(northEast -> assertThat(northEast.children()).isEqualTo(6110));
        assertThat(published.council("805")).get().satisfies(hartlepool -> {
            assertThat(hartlepool.children()).isEqualTo(334);
            assertThat(hartlepool.with3PlusWorkers()).isEqualTo(52);
        });
        assertThat(published.council("999")).isEmpty();
    }
}
