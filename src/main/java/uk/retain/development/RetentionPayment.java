package uk.retain.development;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A golden hello or retention allowance paid to a worker: a row of {@code retention_payments.csv}. The worker repays
 * it if they leave within {@code clawbackMonths} of {@code paidOn} ({@link Clawback}); 0 months: never.
 */
public record RetentionPayment(String paymentId, String workerId, RetentionPaymentKind kind, BigDecimal amount, LocalDate paidOn,
        int clawbackMonths) {
}
