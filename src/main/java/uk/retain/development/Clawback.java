package uk.retain.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one clawback rule. A payment's clawback period runs from the day it is paid (included) to the day
 * {@code clawbackMonths} calendar months later (excluded): paid on 15 March 2026 with 12 months, a worker is inside it
 * from 15 March 2026 to 14 March 2027. A payment paid on the 31st with months ending shorter ends on the month's last
 * day (31 January 2027 plus 1 month ends on 28 February 2027, so inside to 27 February). 0 months: never
 * inside. A leaver is inside a clawback period when their leaving day (the last day of their employment) is inside
 * it. Costs are counted by the financial year the payment is paid in (1 April to 31 March; 2026 is 2026-27).
 */
public final class Clawback {

    private Clawback() {
    }

    /** The first day after the clawback period: the worker may leave from this day without repaying. */
    public static LocalDate ends(RetentionPayment payment) {
        return payment.paidOn().plusMonths(payment.clawbackMonths());
    }

    /** Whether {@code day} is inside the payment's clawback period. */
    public static boolean inside(RetentionPayment payment, LocalDate day) {
        return payment.clawbackMonths() > 0 && !day.isBefore(payment.paidOn()) && day.isBefore(ends(payment));
    }

    /** The payments of the worker whose clawback period {@code day} is inside. */
    public static List<RetentionPayment> insideOn(List<RetentionPayment> payments, String workerId, LocalDate day) {
        return payments.stream().filter(p -> p.workerId().equals(workerId) && inside(p, day)).toList();
    }

    /** The financial year a day falls in, by the year it starts in (31 March 2027 is in 2026, 1 April 2027 in 2027). */
    public static int financialYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** A financial year as written ("2026-27"). */
    public static String financialYearWritten(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** The cost of the payments by financial year paid in, earliest first. */
    public static Map<Integer, BigDecimal> costByYear(List<RetentionPayment> payments) {
        Map<Integer, BigDecimal> cost = new TreeMap<>();
        payments.forEach(p -> cost.merge(financialYear(p.paidOn()), p.amount(), BigDecimal::add));
        return cost;
    }
}
