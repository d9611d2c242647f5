package uk.retain.agency;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A regional price cap on the hourly pay of one job type over a period.
 *
 * @param regionCode the ONS region code it applies in, such as {@code E12000006}
 * @param effectiveTo the last day in force, or null while in force
 * @param maxHourlyPay £ per hour, compared with an engagement's {@code hourly_pay}
 */
public record RateCap(String regionCode, JobType jobType, LocalDate effectiveFrom, LocalDate effectiveTo,
        BigDecimal maxHourlyPay) {

    /** In force on the day: {@code effective_from ≤ day} and ({@code effective_to} empty or {@code ≥ day}). */
    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }
}
