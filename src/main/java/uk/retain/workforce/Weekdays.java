package uk.retain.workforce;

import java.time.LocalDate;

/**
 * Counting Monday-to-Friday days: the working days of an absence when the bundle gives none, and how long a case
 * has waited. Bank holidays are not known to the register and count as working days.
 */
public final class Weekdays {

    private Weekdays() {
    }

    /** The Monday-to-Friday days from {@code first} to {@code last} inclusive; 0 when last is before first. */
    public static long between(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return 0;
        }
        return upTo(last) - upTo(first.minusDays(1));
    }

    /** Weekdays from a fixed Monday (epoch day 4 is Monday 1970-01-05) to {@code day}, inclusive. */
    private static long upTo(LocalDate day) {
        long days = day.toEpochDay() - 4 + 1;
        long weeks = Math.floorDiv(days, 7);
        long rest = Math.floorMod(days, 7);
        return weeks * 5 + Math.min(rest, 5);
    }
}
