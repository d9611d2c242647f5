package uk.retain.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AssessedYearTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    @Test
    void theYearIsTwelveMonthsFromTheStart() {
        assertThat(AssessedYear.end(START)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(AssessedYear.end(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void leaveInsideTheYearMovesItsEndByTheDaysAway() {
        LocalDate end = AssessedYear.end(START);
        // 1 March to 31 August 2026: 184 days, both ends included.
        assertThat(AssessedYear.extendedBy(end, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)))
                .isEqualTo(end.plusDays(184));
        assertThat(AssessedYear.extendedBy(end, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)))
                .isEqualTo(end.plusDays(1));
        // Leave that starts on the last day before the end still counts whole, though it runs past the end.
        assertThat(AssessedYear.extendedBy(end, end.minusDays(1), end.plusDays(9))).isEqualTo(end.plusDays(11));
    }

    @Test
    void leaveAfterTheYearLeavesItsEndAlone() {
        LocalDate end = AssessedYear.end(START);
        assertThat(AssessedYear.extendedBy(end, end, end.plusDays(30))).isEqualTo(end);
        assertThat(AssessedYear.extendedBy(end, end.plusMonths(2), end.plusMonths(3))).isEqualTo(end);
    }

    @Test
    void leaveEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> AssessedYear.extendedBy(AssessedYear.end(START), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
