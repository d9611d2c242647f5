package uk.retain.development;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Service;

import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.RecordedRow;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * Golden hellos and retention allowances: the rows of {@code retention_payments.csv}, imported or recorded by HR on a
 * page. A recorded payment is checked as the file's rules check it (each problem a message code on its field) and
 * written through {@link Registers#recordRow} in one transaction with its audit record; from then on it is a row of
 * the file like an imported one, in the bundle export. Who is inside a clawback period is {@link Clawback}'s rule.
 */
@Service
public class RetentionPayments {

    /** The form's fields, in the order problems are listed. */
    public static final List<String> FIELDS = List.of("worker", "kind", "amount", "paidOn", "clawbackMonths");

    private final Registers registers;
    private final Clock clock;

    RetentionPayments(Registers registers, Clock clock) {
        this.registers = registers;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A payment as entered: {@code paidOn} null when not given or not a real date. */
    public record Draft(String workerId, String kind, String amount, LocalDate paidOn, boolean paidOnGiven, String clawbackMonths) {
    }

    public sealed interface Outcome {
    }

    public record Recorded(RetentionPayment payment, long version) implements Outcome {
    }

    /** Refused, nothing written: one message code per field with a problem, in {@link #FIELDS} order. */
    public record Refused(Map<String, String> problems) implements Outcome {
    }

    private static final class Problems extends RuntimeException {
        private final Map<String, String> problems;

        Problems(Map<String, String> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    /** Records the draft for authority {@code laCode} if it passes every rule, with the next free id (RP-1, RP-2...). */
    public Outcome record(String laCode, Draft draft, String recordedBy, LongConsumer alongside) {
        RetentionPayment[] written = new RetentionPayment[1];
        try {
            long version = registers.recordRow(laCode, RetentionPaymentsFile.class, recordedBy, register -> {
                Map<String, String> problems = new LinkedHashMap<>();
                RetentionPayment payment = check(register, draft, problems);
                if (!problems.isEmpty()) {
                    throw new Problems(problems);
                }
                written[0] = payment;
                return payment;
            }, alongside);
            return new Recorded(written[0], version);
        } catch (Problems refused) {
            return new Refused(refused.problems);
        }
    }

    /** The payments of the authority recorded in Retain since the last import. */
    public List<RecordedRow> recorded(String laCode) {
        return registers.rowsRecorded(laCode, RetentionPaymentsFile.class);
    }

    RetentionPayment check(Register register, Draft draft, Map<String, String> problems) {
        Map<String, String> found = new LinkedHashMap<>();
        String workerId = blankToNull(draft.workerId());
        if (workerId == null) {
            found.put("worker", "payments.error.worker.missing");
        } else if (register.workers().stream().noneMatch(w -> w.workerId().equals(workerId))) {
            found.put("worker", "payments.error.worker.unknown");
        }
        RetentionPaymentKind kind = blankToNull(draft.kind()) == null ? null
                : uk.retain.workforce.Coded.fromCode(RetentionPaymentKind.class, draft.kind().strip()).orElse(null);
        if (kind == null) {
            found.put("kind", "payments.error.kind");
        }
        BigDecimal amount = null;
        String amountText = blankToNull(draft.amount());
        if (amountText == null) {
            found.put("amount", "payments.error.amount.missing");
        } else {
            try {
                amount = new BigDecimal(amountText.replace(",", "").replace("£", ""));
                if (amount.signum() <= 0 || amount.compareTo(RetentionPaymentsFile.MAX_AMOUNT) > 0 || amount.scale() > 2) {
                    found.put("amount", "payments.error.amount.range");
                }
            } catch (NumberFormatException e) {
                found.put("amount", "payments.error.amount.number");
            }
        }
        if (draft.paidOn() == null) {
            found.put("paidOn", draft.paidOnGiven() ? "payments.error.paidOn.real" : "payments.error.paidOn.missing");
        } else if (draft.paidOn().isAfter(today())) {
            found.put("paidOn", "payments.error.paidOn.future");
        }
        Integer months = null;
        String monthsText = blankToNull(draft.clawbackMonths());
        if (monthsText == null || !monthsText.matches("\\d{1,3}") || Integer.parseInt(monthsText) > RetentionPaymentsFile.MAX_CLAWBACK_MONTHS) {
            found.put("clawbackMonths", "payments.error.clawbackMonths");
        } else {
            months = Integer.valueOf(monthsText);
        }
        FIELDS.forEach(field -> {
            if (found.containsKey(field)) {
                problems.put(field, found.get(field));
            }
        });
        if (!problems.isEmpty()) {
            return null;
        }
        return new RetentionPayment(nextId(register), workerId, kind, amount.setScale(2), draft.paidOn(), months);
    }

    static String nextId(Register register) {
        int next = 1;
        for (RetentionPayment p : register.rows(RetentionPaymentsFile.class)) {
            if (p.paymentId().matches("RP-\\d{1,9}")) {
                next = Math.max(next, Integer.parseInt(p.paymentId().substring(3)) + 1);
            }
        }
        String id = "RP-" + next;
        while (true) {
            String candidate = id;
            if (register.rows(RetentionPaymentsFile.class).stream().noneMatch(p -> p.paymentId().equals(candidate))) {
                return id;
            }
            id = "RP-" + (++next);
        }
    }

    /** A worker who left with a payment whose clawback period their leaving day is inside. */
    public record LeaverInside(String workerId, LocalDate leftOn, List<RetentionPayment> payments) {

        public BigDecimal amount() {
            return payments.stream().map(RetentionPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The workers who left between {@code from} and {@code to} (both included) inside a clawback period, by leaving day. */
    public static List<LeaverInside> leaversInside(Register register, LocalDate from, LocalDate to) {
        List<RetentionPayment> payments = register.rows(RetentionPaymentsFile.class);
        Map<String, List<uk.retain.workforce.Employment>> rows = new LinkedHashMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        List<LeaverInside> inside = new ArrayList<>();
        payments.stream().map(RetentionPayment::workerId).distinct().filter(rows::containsKey).forEach(workerId -> {
            for (LocalDate left : EmploymentHistory.of(rows.get(workerId)).leavings()) {
                if (!left.isBefore(from) && !left.isAfter(to)) {
                    List<RetentionPayment> held = Clawback.insideOn(payments, workerId, left);
                    if (!held.isEmpty()) {
                        inside.add(new LeaverInside(workerId, left, held));
                    }
                }
            }
        });
        inside.sort(java.util.Comparator.comparing(LeaverInside::leftOn).thenComparing(LeaverInside::workerId));
        return inside;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
