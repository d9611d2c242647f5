package uk.retain.benchmarking.web;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.retain.measures.History;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;

/**
 * The reference dates a register offers: each 30 September (the census date) from the start of its history, to the
 * latest on or before today.
 */
final class CensusDates {

    /** The trends go back at most this many census years from the reference date. */
    static final int TREND_YEARS = 10;

    private CensusDates() {
    }

    /** The latest 30 September on or before {@code today}. */
    static LocalDate latest(LocalDate today) {
        return CensusYear.latestOnOrBefore(today).referenceDate();
    }

    static boolean isCensusDate(LocalDate date) {
        return date.getMonth() == Month.SEPTEMBER && date.getDayOfMonth() == 30;
    }

    /**
     * Where the register's history starts for the page: {@code history_from} when the bundle gives it, or else the
     * earliest employment start ({@code given} false, which the page says); empty for a register without either.
     */
    record HistoryStart(LocalDate date, boolean given) {
    }

    static Optional<HistoryStart> historyStart(Register register) {
        LocalDate historyFrom = register.authority().historyFrom();
        if (historyFrom != null) {
            return Optional.of(new HistoryStart(historyFrom, true));
        }
        return register.employments().stream().map(Employment::startDate).min(LocalDate::compareTo)
                .map(start -> new HistoryStart(start, false));
    }

    /**
     * Each 30 September the register covers ({@link History#covers} from {@link #historyStart}) up to the latest
     * on or before {@code today}, earliest first; none when the history starts after it or is unknown.
     */
    static List<LocalDate> covered(Register register, LocalDate today) {
        Optional<HistoryStart> start = historyStart(register);
        if (start.isEmpty()) {
            return List.of();
        }
        // Covered (History.covers) is on or after the history's start: the reference dates from it.
        return CensusYear.referenceDatesBetween(start.get().date(), latest(today));
    }

    /**
     * The date the dashboard opens on: the latest covered one whose year DfE has published figures for (so the
     * region and England stand beside the authority), or the latest covered when DfE has published none of them.
     */
    static LocalDate opening(List<LocalDate> covered, Set<Integer> publishedYears) {
        for (LocalDate date : covered.reversed()) {
            if (publishedYears.contains(date.getYear())) {
                return date;
            }
        }
        return covered.get(covered.size() - 1);
    }

    /** The census dates of the trend to {@code reference}: the covered ones up to it, the last {@link #TREND_YEARS}. */
    static List<LocalDate> trend(List<LocalDate> covered, LocalDate reference) {
        List<LocalDate> upTo = covered.stream().filter(date -> !date.isAfter(reference)).toList();
        return upTo.subList(Math.max(0, upTo.size() - TREND_YEARS), upTo.size());
    }

    /** Every month end from {@code from} to {@code to}, both included when they are month ends. */
    static List<LocalDate> monthEnds(LocalDate from, LocalDate to) {
        return uk.retain.web.Days.monthEnds(from, to);
    }
}
