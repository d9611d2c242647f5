package uk.retain.benchmarking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.retain.workforce.Authority;
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
    void withoutHistoryFromARegisterCoversEach30SeptemberFromItsEarliestEmployment() throws Exception {
        Register small = Bundles.read(Path.of("src/test/resources/bundles/small"));

        // TM1's employment starts on 2018-01-01, the earliest: the page says it starts there.
        assertThat(CensusDates.historyStart(small)).contains(new CensusDates.HistoryStart(LocalDate.of(2018, 1, 1), false));
        assertThat(CensusDates.covered(small, LocalDate.of(2021, 1, 5)))
                .containsExactly(LocalDate.of(2018, 9, 30), LocalDate.of(2019, 9, 30), LocalDate.of(2020, 9, 30));
        assertThat(CensusDates.covered(small, LocalDate.of(2018, 3, 1))).as("no 30 September since the history began")
                .isEmpty();
    }

    @Test
    void withHistoryFromARegisterCoversEach30SeptemberFromThatDay() throws Exception {
        Register small = Bundles.read(Path.of("src/test/resources/bundles/small"));
        Register demo = withHistoryFrom(small, LocalDate.of(2022, 10, 1));

        assertThat(CensusDates.historyStart(demo)).contains(new CensusDates.HistoryStart(LocalDate.of(2022, 10, 1), true));
        assertThat(CensusDates.covered(demo, LocalDate.of(2026, 9, 30))).as("the demo council's history, to today")
                .containsExactly(LocalDate.of(2023, 9, 30), LocalDate.of(2024, 9, 30), LocalDate.of(2025, 9, 30),
                        LocalDate.of(2026, 9, 30));
        assertThat(CensusDates.covered(withHistoryFrom(small, LocalDate.of(2023, 9, 30)), LocalDate.of(2024, 1, 1)))
                .as("the history's first day may be the census date itself").containsExactly(LocalDate.of(2023, 9, 30));
        assertThat(CensusDates.covered(withHistoryFrom(small, LocalDate.of(2023, 10, 1)), LocalDate.of(2024, 9, 29)))
                .isEmpty();
    }

    @Test
    void theDashboardOpensOnTheLatestCoveredDateDfeHasPublished() {
        List<LocalDate> covered = List.of(LocalDate.of(2024, 9, 30), LocalDate.of(2025, 9, 30), LocalDate.of(2026, 9, 30));

        assertThat(CensusDates.opening(covered, Set.of(2017, 2023, 2024, 2025))).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(CensusDates.opening(covered, Set.of(2024, 2025, 2026))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(CensusDates.opening(covered, Set.of(2017, 2018))).as("none published: the latest covered")
                .isEqualTo(LocalDate.of(2026, 9, 30));
    }

    private static Register withHistoryFrom(Register register, LocalDate historyFrom) {
        Authority authority = register.authority();
        return register.toBuilder()
                .authority(new Authority(authority.laCode(), authority.name(), authority.regionCode(), historyFrom)).build();
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
