package uk.retain.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dates as every page writes them, the GOV.UK way: 30 September 2025. */
public final class Days {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Days() {
    }

    /** The date written out; null for null. */
    public static String written(LocalDate date) {
        return date == null ? null : WRITTEN.format(date);
    }

    /** Every month end from {@code from} to {@code to}, both included when they are month ends. */
    public static List<LocalDate> monthEnds(LocalDate from, LocalDate to) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            if (!end.isBefore(from) && !end.isAfter(to)) {
                ends.add(end);
            }
        }
        return ends;
    }

    /**
     * The date a GOV.UK date input's three boxes make (day, month, a four-digit year), or null when they do not make a
     * real date. Every form with a date input reads it here.
     */
    public static LocalDate fromBoxes(String day, String month, String year) {
        try {
            if (year.strip().length() != 4) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
