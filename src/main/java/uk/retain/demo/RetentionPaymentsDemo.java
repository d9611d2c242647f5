package uk.retain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import uk.retain.development.RetentionPayment;
import uk.retain.development.RetentionPaymentKind;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/**
 * The demo's retention_payments.csv, from the register alone (workers in id order, no random source, so no other
 * file shifts): the first leaver of the history's last year who was in employment 8 months before leaving had a
 * golden hello then (£2,000, 24 months' clawback: inside it when they left); the first three workers who started in
 * the last 18 months and have not left, a golden hello on their first day (£1,500, 12 months); the first three senior
 * social workers in post since before 1 April 2025, a retention allowance on 1 April 2026 (£3,000, 24 months), the
 * first of them one on 1 April 2025 too (£2,500, 12 months: over).
 */
final class RetentionPaymentsDemo {

    private RetentionPaymentsDemo() {
    }

    static List<RetentionPayment> of(Register register, LocalDate end) {
        Map<String, List<Employment>> rows = new TreeMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        Map<String, EmploymentHistory> histories = new TreeMap<>();
        rows.forEach((id, list) -> histories.put(id, EmploymentHistory.of(list)));
        List<RetentionPayment> paid = new ArrayList<>();
        for (var entry : histories.entrySet()) {
            Optional<LocalDate> left = entry.getValue().leavings().stream().filter(day -> day.isAfter(end.minusYears(1))).findFirst();
            if (left.isPresent() && entry.getValue().inEmploymentOn(left.get().minusMonths(8))) {
                add(paid, entry.getKey(), RetentionPaymentKind.GOLDEN_HELLO, "2000.00", left.get().minusMonths(8), 24);
                break;
            }
        }
        int hellos = 0;
        for (var entry : histories.entrySet()) {
            Employment main = entry.getValue().mainRow(end, EmploymentHistory.Kind.NON_AGENCY);
            if (hellos < 3 && main != null && main.startDate().isAfter(end.minusMonths(18)) && entry.getValue().leavings().isEmpty()) {
                add(paid, entry.getKey(), RetentionPaymentKind.GOLDEN_HELLO, "1500.00", main.startDate(), 12);
                hellos++;
            }
        }
        int allowances = 0;
        for (var entry : histories.entrySet()) {
            Employment main = entry.getValue().mainRow(end, EmploymentHistory.Kind.NON_AGENCY);
            if (allowances < 3 && main != null && main.jobRole() == JobRole.SENIOR_SOCIAL_WORKER
                    && main.startDate().isBefore(LocalDate.of(2025, 4, 1))) {
                if (allowances == 0) {
                    add(paid, entry.getKey(), RetentionPaymentKind.RETENTION_ALLOWANCE, "2500.00", LocalDate.of(2025, 4, 1), 12);
                }
                add(paid, entry.getKey(), RetentionPaymentKind.RETENTION_ALLOWANCE, "3000.00", LocalDate.of(2026, 4, 1), 24);
                allowances++;
            }
        }
        return paid;
    }

    private static void add(List<RetentionPayment> paid, String workerId, RetentionPaymentKind kind, String amount, LocalDate on, int months) {
        paid.add(new RetentionPayment("RP-" + (paid.size() + 1), workerId, kind, new BigDecimal(amount), on, months));
    }
}
