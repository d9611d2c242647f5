package uk.retain.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
}
