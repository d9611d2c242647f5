package uk.retain.workforce;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * A year of the DfE children's social work workforce census: the year ending on its reference date, 30 September.
 * The one place for "30 September" and for the year ending on it (measures.md: the days D − 1 year + 1 day to D).
 *
 * @param year the calendar year of the reference date: 2025 is 1 October 2024 to 30 September 2025
 */
public record CensusYear(int year) {

    public static CensusYear of(int year) {
        return new CensusYear(year);
    }

    /** The census year a day falls in: the one whose 30 September is that day or the next. */
    public static CensusYear containing(LocalDate day) {
        CensusYear same = of(day.getYear());
        return day.isAfter(same.referenceDate()) ? of(day.getYear() + 1) : same;
    }

    /** The latest census year whose reference date is on or before the day. */
    public static CensusYear latestOnOrBefore(LocalDate day) {
        CensusYear same = of(day.getYear());
        return day.isBefore(same.referenceDate()) ? of(day.getYear() - 1) : same;
    }

    /** The reference dates (each 30 September) from {@code from} to {@code to}, both inclusive, in order. */
    public static List<LocalDate> referenceDatesBetween(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate census = of(year).referenceDate();
            if (!census.isBefore(from) && !census.isAfter(to)) {
                dates.add(census);
            }
        }
        return dates;
    }

    /** 30 September of the year: the census reference date. */
    public LocalDate referenceDate() {
        return LocalDate.of(year, Month.SEPTEMBER, 30);
    }

    /** 1 October of the year before: the first day of the year the census counts starters, leavers and absence in. */
    public LocalDate firstDay() {
        return yearEndingOn(referenceDate());
    }

    public CensusYear before() {
        return of(year - 1);
    }

    /** The first day of the year ending on {@code day}: {@code day} minus one year, plus one day. */
    public static LocalDate yearEndingOn(LocalDate day) {
        return day.minusYears(1).plusDays(1);
    }
}
