package uk.retain.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The census year a day falls in (the year ending 30 September), and the weekday tests the diaries use. */
final class CensusYears {

    private CensusYears() {
    }

    /** The year ending on the 30 September on or after {@code day}: 2023 for 2022-10-01 to 2023-09-30. */
    static int of(LocalDate day) {
        return day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
    }

    /** The value for {@code day}'s census year from a table starting at census year {@code firstYear}; the ends carry on. */
    static double pick(LocalDate day, int firstYear, double... byYear) {
        int index = Math.max(0, Math.min(byYear.length - 1, of(day) - firstYear));
        return byYear[index];
    }

    static boolean weekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day after {@code working} Monday-to-Friday days starting on {@code first}, less one: the last day off. */
    static LocalDate afterWorkingDays(LocalDate first, int working) {
        LocalDate day = first;
        int counted = weekday(day) ? 1 : 0;
        while (counted < working) {
            day = day.plusDays(1);
            if (weekday(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Monday-to-Friday days from {@code first} to {@code last}, inclusive. */
    static int weekdaysBetween(LocalDate first, LocalDate last) {
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (weekday(day)) {
                count++;
            }
        }
        return count;
    }
}
