package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The census year: its 30 September, its first day, the year a day falls in; and the census code lists. */
class CensusYearTest {

    @Test
    void theYearEndsOnThirtiethSeptemberAndStartsOnFirstOctober() {
        CensusYear year = CensusYear.of(2025);
        assertThat(year.referenceDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(year.before()).isEqualTo(CensusYear.of(2024));
    }

    @Test
    void aDayFallsInTheYearOfTheNextThirtiethSeptember() {
        assertThat(CensusYear.containing(LocalDate.of(2025, 9, 30))).isEqualTo(CensusYear.of(2025));
        assertThat(CensusYear.containing(LocalDate.of(2025, 10, 1))).isEqualTo(CensusYear.of(2026));
        assertThat(CensusYear.latestOnOrBefore(LocalDate.of(2025, 9, 29))).isEqualTo(CensusYear.of(2024));
        assertThat(CensusYear.latestOnOrBefore(LocalDate.of(2025, 9, 30))).isEqualTo(CensusYear.of(2025));
    }

    @Test
    void theYearEndingOnADayUsesCalendarYears() {
        assertThat(CensusYear.yearEndingOn(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(CensusYear.yearEndingOn(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void referenceDatesBetweenTwoDays() {
        assertThat(CensusYear.referenceDatesBetween(LocalDate.of(2022, 10, 1), LocalDate.of(2025, 9, 30)))
                .containsExactly(LocalDate.of(2023, 9, 30), LocalDate.of(2024, 9, 30), LocalDate.of(2025, 9, 30));
        assertThat(CensusYear.referenceDatesBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 29))).isEmpty();
    }

    @Test
    void theCodeListsHaveTheCensusNumbers() {
        assertThat(CensusCode.codesOf(ReasonLeave.class)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(CensusCode.codesOf(StartOrigin.class)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(CensusCode.codesOf(LeaverDestination.class)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(CensusCode.codesOf(GenderCurrent.class)).containsExactlyInAnyOrder(0, 1, 2, 9);
        assertThat(CensusCode.of(StartOrigin.class, 1)).isEqualTo(StartOrigin.NEWLY_QUALIFIED);
        assertThat(CensusCode.of(ReasonLeave.class, 11)).isNull();
    }
}
