package uk.retain.development;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.workforce.ProblemAssertions.at;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * The clawback rule at its boundaries, the cost by financial year, and retention_payments.csv: valid, each rule
 * broken by one change giving its one problem, and written out then read back as the same rows.
 */
class RetentionPaymentsTest {

    static final String HEADER = "payment_id,worker_id,kind,amount,paid_on,clawback_months";

    @TempDir
    Path dir;

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static RetentionPayment paid(String on, int months) {
        return new RetentionPayment("RP-1", "W1", RetentionPaymentKind.GOLDEN_HELLO, new BigDecimal("2000.00"), day(on), months);
    }

    @Nested
    class TheClawbackRule {

        @ParameterizedTest(name = "paid {0} for {1} months: inside on {2} is {3}")
        @CsvSource({
                "2026-03-15, 12, 2026-03-14, false",   // the day before it is paid
                "2026-03-15, 12, 2026-03-15, true",    // the day it is paid
                "2026-03-15, 12, 2027-03-14, true",    // the last day inside
                "2026-03-15, 12, 2027-03-15, false",   // 12 months on: free to leave
                "2027-01-31, 1, 2027-02-27, true",     // a shorter month: the period ends on its last day
                "2027-01-31, 1, 2027-02-28, false",
                "2028-01-31, 1, 2028-02-28, true",     // a leap year
                "2028-01-31, 1, 2028-02-29, false",
                "2026-03-15, 0, 2026-03-15, false"})   // no clawback: never inside
        void isFromThePaymentDayToTheDayTheMonthsLaterExcluded(String paidOn, int months, String on, boolean inside) {
            assertThat(Clawback.inside(paid(paidOn, months), day(on))).isEqualTo(inside);
        }

        @Test
        void theFinancialYearStartsOnTheFirstOfApril() {
            assertThat(Clawback.financialYear(day("2027-03-31"))).isEqualTo(2026);
            assertThat(Clawback.financialYear(day("2027-04-01"))).isEqualTo(2027);
            assertThat(Clawback.financialYearWritten(2026)).isEqualTo("2026-27");
            assertThat(Clawback.financialYearWritten(2099)).isEqualTo("2099-00");
        }

        @Test
        void theCostIsCountedByTheFinancialYearPaidIn() {
            var a = paid("2026-03-31", 12);
            var b = new RetentionPayment("RP-2", "W2", RetentionPaymentKind.RETENTION_ALLOWANCE, new BigDecimal("1500.50"), day("2026-04-01"), 24);
            var c = new RetentionPayment("RP-3", "W3", RetentionPaymentKind.RETENTION_ALLOWANCE, new BigDecimal("500"), day("2027-03-31"), 0);
            assertThat(Clawback.costByYear(List.of(c, b, a))).containsExactly(
                    java.util.Map.entry(2025, new BigDecimal("2000.00")), java.util.Map.entry(2026, new BigDecimal("2000.50")));
        }

        @Test
        void aLeaverIsInsideWhenTheirLastDayIsInsideThePeriod() throws Exception {
            // W3 of the minimal bundle leaves on 2023-12-31. Paid on 2023-01-01 with 12 months: inside to 2023-12-31.
            // With 11 months it ends on 2023-11-30, so they left free.
            Register inside = TestBundle.minimal().lines(RetentionPaymentsFile.FILE, HEADER, "RP-1,W3,golden_hello,2000,2023-01-01,12",
                    "RP-2,W1,retention_allowance,900,2023-01-01,36").read(dir);
            assertThat(RetentionPayments.leaversInside(inside, day("2023-01-01"), day("2030-01-01"))).singleElement().satisfies(l -> {
                assertThat(l.workerId()).isEqualTo("W3");
                assertThat(l.leftOn()).isEqualTo(day("2023-12-31"));
                assertThat(l.amount()).isEqualByComparingTo("2000");
            });
            // Outside the period asked about: none.
            assertThat(RetentionPayments.leaversInside(inside, day("2024-01-01"), day("2030-01-01"))).isEmpty();
            Register free = TestBundle.minimal().lines(RetentionPaymentsFile.FILE, HEADER, "RP-1,W3,golden_hello,2000,2023-01-01,11")
                    .read(dir);
            assertThat(RetentionPayments.leaversInside(free, day("2023-01-01"), day("2030-01-01"))).isEmpty();
        }
    }

    @Nested
    class TheFile {

        TestBundle valid() {
            return TestBundle.minimal().lines(RetentionPaymentsFile.FILE, HEADER,
                    "RP-1,W1,golden_hello,2000,2025-03-15,12",
                    "RP-2,W2,retention_allowance,1500.50,2025-04-01,0",
                    "RP-3,W3,retention_allowance,100000,2025-05-01,60");
        }

        @Test
        void readsIntoItsRows() throws Exception {
            assertThat(valid().read(dir).rows(RetentionPaymentsFile.class)).containsExactly(
                    new RetentionPayment("RP-1", "W1", RetentionPaymentKind.GOLDEN_HELLO, new BigDecimal("2000"), day("2025-03-15"), 12),
                    new RetentionPayment("RP-2", "W2", RetentionPaymentKind.RETENTION_ALLOWANCE, new BigDecimal("1500.50"), day("2025-04-01"), 0),
                    new RetentionPayment("RP-3", "W3", RetentionPaymentKind.RETENTION_ALLOWANCE, new BigDecimal("100000"), day("2025-05-01"), 60));
        }

        @Test
        void writtenOutThenReadBackGivesTheSameRows() throws Exception {
            Register register = valid().read(dir);
            BundleWriter.writeFolder(register, dir.resolve("out"));
            assertThat(Bundles.read(dir.resolve("out")).rows(RetentionPaymentsFile.class)).isEqualTo(register.rows(RetentionPaymentsFile.class));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"payment_id", "worker_id", "kind", "amount", "paid_on", "clawback_months"})
        void aRequiredCellMustHaveAValue(String column) {
            assertThat(valid().cell(RetentionPaymentsFile.FILE, 3, column, "").problems(dir))
                    .satisfiesExactly(at(RetentionPaymentsFile.FILE, 3, column, "a value is required"));
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource({
                "amount, 0, 'amount must be more than 0 and at most 100000, not 0'",
                "amount, 100000.01, 'amount must be more than 0 and at most 100000, not 100000.01'",
                "amount, 10.005, 'at most 2 decimal places'",
                "clawback_months, 61, 'clawback_months must be at most 60, not 61'",
                "kind, bonus, 'bonus'",
                "paid_on, 2025-02-30, '2025-02-30'",
                "worker_id, W404, 'W404'"})
        void eachRuleBrokenGivesItsOneProblem(String column, String value, String message) {
            assertThat(valid().cell(RetentionPaymentsFile.FILE, 2, column, value).problems(dir))
                    .satisfiesExactly(at(RetentionPaymentsFile.FILE, 2, column, message));
        }

        @Test
        void aPaymentIdIsUniqueInTheFile() {
            assertThat(valid().cell(RetentionPaymentsFile.FILE, 3, "payment_id", "RP-1").problems(dir))
                    .satisfiesExactly(at(RetentionPaymentsFile.FILE, 3, "payment_id", "RP-1"));
        }
    }
}
