package uk.retain.benchmarking.web;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;

/**
 * The reference dates a register offers: each 30 September (the census date) whose whole year the register's
 * records cover, to the latest on or before today.
 */
final class CensusDates {

    /** The trends go back at most this many census years from the reference date. */
    static final int TREND_YEARS = 10;

    private CensusDates() {
    }

    /** The latest 30 September on or before {@code today}. */
    static LocalDate latest(LocalDate today) {
        LocalDate thisYear = LocalDate.of(today.getYear(), Month.SEPTEMBER, 30);
        return thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear;
    }

    static boolean isCensusDate(LocalDate date) {
        return date.getMonth() == Month.SEPTEMBER && date.getDayOfMonth() == 30;
    }

    /**
     * Each 30 September from the first whose year starts on or after the register's records start, to the latest
     * on or before today, earliest first; just the latest when there is none.
     */
    static List<LocalDate> covered(Register register, LocalDate today) {
        LocalDate last = latest(today);
        LocalDate recordsStart = recordsStart(register).orElse(last);
        LocalDate first = LocalDate.of(recordsStart.getYear(), Month.SEPTEMBER, 30);
        while (first.minusYears(1).plusDays(1).isBefore(recordsStart)) {
            first = first.plusYears(1);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusYears(1)) {
            dates.add(date);
        }
        return dates.isEmpty() ? List.of(last) : dates;
    }

    /**
     * When the register's records start. A register lists staff who joined long before its records began (their
     * real start dates), but leavers, cases and absences only from then on; a year before it would show no
     * leavers and no cases, a trend that never happened. The records start with the earliest allocation,
     * absence, supervision or ended employment; without any, with the earliest employment.
     */
    static java.util.Optional<LocalDate> recordsStart(Register register) {
        java.util.stream.Stream<LocalDate> activity = java.util.stream.Stream.of(
                register.allocations().stream().map(uk.retain.workforce.Allocation::startDate),
                register.absences().stream().map(uk.retain.workforce.Absence::startDate),
                register.supervisions().stream().map(uk.retain.workforce.Supervision::date),
                register.employments().stream().map(Employment::endDate).filter(java.util.Objects::nonNull))
                .flatMap(dates -> dates);
        return activity.min(LocalDate::compareTo)
                .or(() -> register.employments().stream().map(Employment::startDate).min(LocalDate::compareTo));
    }

    /** The census dates of the trend to {@code reference}: the covered ones up to it, the last {@link #TREND_YEARS}. */
    static List<LocalDate> trend(List<LocalDate> covered, LocalDate reference) {
        List<LocalDate> upTo = covered.stream().filter(date -> !date.isAfter(reference)).toList();
        return upTo.subList(Math.max(0, upTo.size() - TREND_YEARS), upTo.size());
    }

    /** Every month end from {@code from} to {@code to}, both included when they are month ends. */
    static List<LocalDate> monthEnds(LocalDate from, LocalDate to) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            if (!end.isBefore(from) && !end.isAfter(to)) {
                ends.add(end);
            }
        }
        return ends;
    }
}
