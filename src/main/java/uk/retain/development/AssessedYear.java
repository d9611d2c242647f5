package uk.retain.development;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The Assessed and Supported Year in Employment as a span of practice: twelve months from the day the newly
 * qualified social worker starts (domain.md §4.6, "12 months (extendable)"), and a year of practice, so leave taken
 * inside it (maternity, paternity or adoption leave, a long sickness) moves its end on by the days away.
 */
public final class AssessedYear {

    private AssessedYear() {
    }

    /** The day the year ends when nothing moves it: twelve months from the start. */
    public static LocalDate end(LocalDate start) {
        return start.plusYears(1);
    }

    /**
     * The end after leave from {@code first} to {@code last} (both included): moved on by the leave's days when the
     * leave begins before the year has ended; unchanged for leave after it.
     */
    public static LocalDate extendedBy(LocalDate end, LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("leave ends " + last + " before it starts " + first);
        }
        if (!first.isBefore(end)) {
            return end;
        }
        return end.plusDays(ChronoUnit.DAYS.between(first, last) + 1);
    }
}
