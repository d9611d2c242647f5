package uk.retain.benchmarking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;

/** The census dates a register offers the dashboard, its trend window and its month ends. */
class CensusDatesTest {

    @Test
    void theLatestCensusDateIsTheLast30SeptemberOnOrBeforeToday() {
        assertThat(CensusDates.latest(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(CensusDates.latest(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(CensusDates.latest(LocalDate.of(2026, 9, 29))).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aRegisterCoversEach30SeptemberWhoseYearItsRecordsCover() throws Exception {
        Register small = Bundles.read(Path.of("src/test/resources/bundles/small"));

        List<LocalDate> covered = CensusDates.covered(small, LocalDate.of(2026, 1, 5));

        // TM1 started in 2018, but the records (allocations, absences, supervision, leavings) start with the
        // allocation of 2023-03-01: the year to 30 September 2024 is the first they cover whole.
        assertThat(covered).containsExactly(LocalDate.of(2024, 9, 30), LocalDate.of(2025, 9, 30));
        assertThat(CensusDates.covered(small, LocalDate.of(2018, 3, 1))).as("records start after the latest census date")
                .containsExactly(LocalDate.of(2017, 9, 30));
    }

    @Test
    void theTrendGoesBackTenYearsAtMost() {
        List<LocalDate> covered = java.util.stream.IntStream.rangeClosed(2005, 2025)
                .mapToObj(year -> LocalDate.of(year, 9, 30)).toList();

        assertThat(CensusDates.trend(covered, LocalDate.of(2025, 9, 30)))
                .hasSize(10).startsWith(LocalDate.of(2016, 9, 30)).endsWith(LocalDate.of(2025, 9, 30));
        assertThat(CensusDates.trend(covered, LocalDate.of(2007, 9, 30)))
                .containsExactly(LocalDate.of(2005, 9, 30), LocalDate.of(2006, 9, 30), LocalDate.of(2007, 9, 30));
    }

    @Test
    void monthEndsRunFromOneCensusDateToTheNext() {
        List<LocalDate> ends = CensusDates.monthEnds(LocalDate.of(2024, 9, 30), LocalDate.of(2025, 9, 30));

        assertThat(ends).hasSize(13).startsWith(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 31))
                .contains(LocalDate.of(2025, 2, 28)).endsWith(LocalDate.of(2025, 9, 30));
    }
}
