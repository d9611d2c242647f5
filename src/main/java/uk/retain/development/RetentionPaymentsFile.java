package uk.retain.development;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * retention_payments.csv (docs/exchange-format.md): one row per golden hello or retention allowance paid.
 * {@code payment_id} is unique; {@code worker_id} is a worker of the bundle; {@code 0 < amount ≤ 100000};
 * {@code 0 ≤ clawback_months ≤ 60}.
 */
public final class RetentionPaymentsFile extends BundleFileType<RetentionPayment> {

    public static final String FILE = "retention_payments.csv";
    public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(100_000);
    public static final int MAX_CLAWBACK_MONTHS = 60;

    public RetentionPaymentsFile() {
        super(FILE, 215, List.of("payment_id", "worker_id", "kind", "amount", "paid_on", "clawback_months"), List.of(), "payment_id");
    }

    @Override
    public RetentionPayment type(Cells row) {
        String id = row.id("payment_id");
        String workerId = row.id("worker_id");
        RetentionPaymentKind kind = row.code("kind", RetentionPaymentKind.class);
        BigDecimal amount = row.decimal("amount");
        if (amount != null && (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0)) {
            row.problem("amount", "amount must be more than 0 and at most 100000, not " + amount.toPlainString());
        }
        if (amount != null && amount.scale() > 2) {
            row.problem("amount", "amount has at most 2 decimal places (pounds and pence), not " + amount.toPlainString());
        }
        var paidOn = row.date("paid_on");
        Integer months = row.nonNegativeWholeNumber("clawback_months");
        if (months != null && months > MAX_CLAWBACK_MONTHS) {
            row.problem("clawback_months", "clawback_months must be at most " + MAX_CLAWBACK_MONTHS + ", not " + months);
        }
        if (!row.valid()) {
            return null;
        }
        return new RetentionPayment(id, workerId, kind, amount, paidOn, months);
    }

    @Override
    public List<String> cells(RetentionPayment p) {
        return Arrays.asList(p.paymentId(), p.workerId(), Written.code(p.kind()), p.amount().toPlainString(), Written.date(p.paidOn()),
                String.valueOf(p.clawbackMonths()));
    }

    @Override
    public void check(List<FileRow<RetentionPayment>> rows, FileChecks checks) {
        for (FileRow<RetentionPayment> row : rows) {
            checks.refersTo(row.line(), "worker_id", row.value().workerId(), "workers.csv");
        }
    }
}
