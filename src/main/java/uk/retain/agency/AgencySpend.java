package uk.retain.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.EmploymentHistory.Kind;
import uk.retain.workforce.Weekdays;

/**
 * The contract's daily rule of agency spend (measures.md, {@code agency_spend}), over any period: an engagement costs
 * {@code hourly_charge × hours_per_week / 5} on each Monday-to-Friday day on which it runs, and a day's amount goes to
 * the worker's main team that day among their agency rows. The measure is this over the year ending on its date; the
 * pages use it month by month, and for the months ahead, from the same code.
 */
public final class AgencySpend {

    static final BigDecimal WORKING_DAYS_A_WEEK = BigDecimal.valueOf(5);

    private AgencySpend() {
    }

    /** The engagement's five-day amounts over the days from {@code from} to {@code to} on which it runs. */
    public static BigDecimal fiveDayAmounts(AgencyEngagement engagement, LocalDate from, LocalDate to) {
        LocalDate first = later(engagement.startDate(), from);
        LocalDate last = engagement.endDate() == null || engagement.endDate().isAfter(to) ? to : engagement.endDate();
        long days = Weekdays.between(first, last);
        return days > 0 ? hourlyWeek(engagement).multiply(BigDecimal.valueOf(days)) : BigDecimal.ZERO;
    }

    /** The engagement's spend over the days from {@code from} to {@code to}, in £. */
    public static BigDecimal spend(AgencyEngagement engagement, LocalDate from, LocalDate to) {
        return fiveDayAmounts(engagement, from, to).divide(WORKING_DAYS_A_WEEK);
    }

    /** The weekdays from {@code from} to {@code to} on which the engagement runs. */
    public static long days(AgencyEngagement engagement, LocalDate from, LocalDate to) {
        LocalDate last = engagement.endDate() == null || engagement.endDate().isAfter(to) ? to : engagement.endDate();
        return Weekdays.between(later(engagement.startDate(), from), last);
    }

    /**
     * Adds the engagement's five-day amounts over the days from {@code from} to {@code to} to the teams of
     * {@code spend} (a team not in it gets nothing): the days are cut where one of the worker's agency rows starts or
     * ends, so that each piece has one main agency row. When {@code paid} is given, the worker is added to the workers
     * paid of each team a piece goes to.
     */
    public static void addByTeam(AgencyEngagement engagement, EmploymentHistory history, LocalDate from, LocalDate to,
            Map<String, BigDecimal> spend, Map<String, Set<String>> paid) {
        LocalDate first = later(engagement.startDate(), from);
        LocalDate last = engagement.endDate() == null || engagement.endDate().isAfter(to) ? to : engagement.endDate();
        if (last.isBefore(first)) {
            return;
        }
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(first);
        for (Employment row : history.rows()) {
            if (!row.isAgency()) {
                continue;
            }
            if (row.startDate().isAfter(first) && !row.startDate().isAfter(last)) {
                cuts.add(row.startDate());
            }
            if (row.endDate() != null && !row.endDate().isBefore(first) && row.endDate().isBefore(last)) {
                cuts.add(row.endDate().plusDays(1));
            }
        }
        List<LocalDate> starts = new ArrayList<>(cuts);
        BigDecimal hourlyWeek = hourlyWeek(engagement);
        for (int i = 0; i < starts.size(); i++) {
            LocalDate pieceFrom = starts.get(i);
            LocalDate pieceTo = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : last;
            long days = Weekdays.between(pieceFrom, pieceTo);
            if (days == 0) {
                continue;
            }
            Employment main = history.mainRow(pieceFrom, Kind.AGENCY);
            if (main != null && spend.containsKey(main.teamId())) {
                spend.merge(main.teamId(), hourlyWeek.multiply(BigDecimal.valueOf(days)), BigDecimal::add);
                if (paid != null) {
                    paid.get(main.teamId()).add(engagement.workerId());
                }
            }
        }
    }

    /** A sum of five-day amounts as the money spent, a fifth of it (exact: a fifth of a decimal always ends). */
    public static BigDecimal pounds(BigDecimal fiveDayAmounts) {
        return fiveDayAmounts.divide(WORKING_DAYS_A_WEEK);
    }

    /** {@code hourly_charge × hours_per_week}: five days' amount, as each day's is a fifth of it. */
    static BigDecimal hourlyWeek(AgencyEngagement engagement) {
        return engagement.hourlyCharge().multiply(engagement.hoursPerWeek());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
