package uk.retain.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The CPD rules the pages read, on a reference day D (today on the service's clock):
 *
 * <ul>
 * <li>the <b>last 12 months</b> are the days d with D − 12 months &lt; d ≤ D; a worker's hours are the sum of their
 * activities' hours on those days, and a worker with no activity on them has <b>no CPD in 12 months</b>;</li>
 * <li><b>KSS coverage</b> is the set of statements named by a worker's activities on the days d with
 * D − 2 years &lt; d ≤ D;</li>
 * <li>a qualification is <b>expiring</b> when its last valid day e has D ≤ e ≤ D + 90 days.</li>
 * </ul>
 */
public final class Cpd {

    public static final int EXPIRY_WINDOW_DAYS = 90;

    private Cpd() {
    }

    /** Whether {@code date} is in the 12 months up to {@code day}. */
    public static boolean inLastYear(LocalDate date, LocalDate day) {
        return date.isAfter(day.minusMonths(12)) && !date.isAfter(day);
    }

    /** Whether {@code date} is in the 2 years up to {@code day} (the KSS coverage window). */
    public static boolean inCoverageWindow(LocalDate date, LocalDate day) {
        return date.isAfter(day.minusYears(2)) && !date.isAfter(day);
    }

    /** The worker's hours of CPD in the 12 months up to the day. */
    public static BigDecimal hoursInLastYear(List<DevelopmentActivity> activities, String workerId, LocalDate day) {
        BigDecimal hours = BigDecimal.ZERO;
        for (DevelopmentActivity a : activities) {
            if (a.workerId().equals(workerId) && a.date() != null && inLastYear(a.date(), day) && a.hours() != null) {
                hours = hours.add(a.hours());
            }
        }
        return hours.stripTrailingZeros();
    }

    /** Whether the worker has any CPD activity in the 12 months up to the day. */
    public static boolean anyInLastYear(List<DevelopmentActivity> activities, String workerId, LocalDate day) {
        return activities.stream().anyMatch(a -> a.workerId().equals(workerId) && inLastYear(a.date(), day));
    }

    /** The statements the worker has evidence for in the 2 years up to the day, in the statements' order. */
    public static Set<KssStatement> coverage(List<DevelopmentActivity> activities, String workerId, LocalDate day) {
        Set<KssStatement> covered = EnumSet.noneOf(KssStatement.class);
        for (DevelopmentActivity a : activities) {
            if (a.workerId().equals(workerId) && inCoverageWindow(a.date(), day)) {
                covered.addAll(a.kss());
            }
        }
        return covered;
    }

    /** Whether the qualification's last valid day is from the day to 90 days after it. */
    public static boolean expiring(Qualification q, LocalDate day) {
        return q.expiresOn() != null && !q.expiresOn().isBefore(day) && !q.expiresOn().isAfter(day.plusDays(EXPIRY_WINDOW_DAYS));
    }

    /** Whether the qualification is valid on the day: awarded on or before it, not expired before it. */
    public static boolean valid(Qualification q, LocalDate day) {
        return !q.awardedOn().isAfter(day) && (q.expiresOn() == null || !q.expiresOn().isBefore(day));
    }

    /** The qualifications expiring in the 90 days from the day, soonest first. */
    public static List<Qualification> expiringSoon(List<Qualification> qualifications, LocalDate day) {
        List<Qualification> expiring = new ArrayList<>();
        for (Qualification q : qualifications) {
            if (expiring(q, day)) {
                expiring.add(q);
            }
        }
        expiring.sort(Comparator.comparing(Qualification::expiresOn).thenComparing(Qualification::workerId));
        return expiring;
    }

    /** The worker's activities, newest first. */
    public static List<DevelopmentActivity> of(List<DevelopmentActivity> activities, String workerId) {
        return activities.stream().filter(a -> a.workerId().equals(workerId))
                .sorted(Comparator.comparing(DevelopmentActivity::date).reversed()).toList();
    }
}
