package uk.retain.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;

/** measures.md, "Next supervision date of a worker on D": one test per rule of the definition. */
class NextSupervisionTest {

    private final NextSupervision next = NextSupervision.contract();

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Employment row(Contract contract, JobRole role, String start, String end) {
        return new Employment("W1", contract, role, "T1", null, BigDecimal.ONE, day(start),
                end == null ? null : day(end), null, null);
    }

    private static EmploymentHistory history(Employment... rows) {
        return EmploymentHistory.of(List.of(rows));
    }

    /** A social worker, permanent, from 2020-01-01. */
    private static EmploymentHistory socialWorker() {
        return history(row(Contract.PERMANENT, JobRole.SOCIAL_WORKER, "2020-01-01", null));
    }

    private static Supervision session(String date, SupervisionKind kind, int minutes) {
        return new Supervision("W1", "W9", day(date), kind, minutes);
    }

    private static Supervision oneToOne(String date) {
        return session(date, SupervisionKind.ONE_TO_ONE, 90);
    }

    private static List<Supervision> sessions(Supervision... sessions) {
        return new ArrayList<>(List.of(sessions));
    }

    @Nested
    class CountingSessions {

        @Test
        void theLatestOneToOneOfNinetyMinutesUpToDIsL() {
            var sessions = sessions(oneToOne("2025-03-03"), oneToOne("2025-04-07"), oneToOne("2025-02-03"));
            assertThat(next.lastSession(day("2025-04-10"), socialWorker(), sessions)).isEqualTo("2025-04-07");
            assertThat(next.on(day("2025-04-10"), socialWorker(), sessions)).isEqualTo("2025-05-07");
        }

        @Test
        void eightyNineMinutesDoNotCountNinetyDo() {
            var d = day("2025-04-10");
            var base = oneToOne("2025-03-03");
            assertThat(next.on(d, socialWorker(), sessions(base, session("2025-04-07", SupervisionKind.ONE_TO_ONE, 89))))
                    .isEqualTo("2025-04-03");
            assertThat(next.on(d, socialWorker(), sessions(base, session("2025-04-07", SupervisionKind.ONE_TO_ONE, 90))))
                    .isEqualTo("2025-05-07");
        }

        @Test
        void groupAndReflectiveSessionsDoNotCountHoweverLong() {
            var d = day("2025-04-10");
            var sessions = sessions(oneToOne("2025-03-03"), session("2025-04-01", SupervisionKind.GROUP, 180),
                    session("2025-04-07", SupervisionKind.REFLECTIVE, 120));
            assertThat(next.lastSession(d, socialWorker(), sessions)).isEqualTo("2025-03-03");
        }

        @Test
        void aSessionAfterDDoesNotCountOneOnDDoes() {
            var sessions = sessions(oneToOne("2025-03-03"), oneToOne("2025-04-11"));
            assertThat(next.lastSession(day("2025-04-10"), socialWorker(), sessions)).isEqualTo("2025-03-03");
            assertThat(next.lastSession(day("2025-04-11"), socialWorker(), sessions)).isEqualTo("2025-04-11");
        }

        @Test
        void withNoSessionLIsTheEmploymentStart() {
            var history = history(row(Contract.PERMANENT, JobRole.SOCIAL_WORKER, "2025-03-10", null));
            assertThat(next.lastSession(day("2025-03-20"), history, List.of())).isEqualTo("2025-03-10");
            assertThat(next.on(day("2025-03-20"), history, List.of())).isEqualTo("2025-04-10");
        }

        @Test
        void aRejoinersSessionsBeforeTheirCurrentEmploymentDoNotCount() {
            var history = history(row(Contract.PERMANENT, JobRole.SOCIAL_WORKER, "2020-01-01", "2023-12-31"),
                    row(Contract.PERMANENT, JobRole.SOCIAL_WORKER, "2024-06-01", null));
            var sessions = sessions(oneToOne("2023-12-20"));
            assertThat(next.lastSession(day("2024-06-10"), history, sessions)).isEqualTo("2024-06-01");
            assertThat(next.on(day("2024-06-10"), history, sessions)).isEqualTo("2024-07-01");
        }

        @Test
        void theEmploymentStartIsOfAnyContractSoAnAgencySpellRunningIntoAPermanentOneKeepsItsSessions() {
            var history = history(row(Contract.AGENCY, JobRole.SOCIAL_WORKER, "2023-01-01", "2023-12-31"),
                    row(Contract.PERMANENT, JobRole.SOCIAL_WORKER, "2024-01-01", null));
            assertThat(next.lastSession(day("2024-01-10"), history, sessions(oneToOne("2023-12-20"))))
                    .isEqualTo("2023-12-20");
        }

        @Test
        void aWorkerNotInEmploymentOnDHasNoNextSupervision() {
            var history = history(row(Contract.PERMANENT, JobRole.SOCIAL_WORKER, "2020-01-01", "2023-12-31"));
            assertThat(next.on(day("2024-01-01"), history, sessions(oneToOne("2023-12-20")))).isNull();
            assertThat(next.overdueOn(day("2024-01-01"), history, List.of())).isFalse();
        }
    }

    @Nested
    class Intervals {

        /** ASYE from A = 2025-01-06: A plus 42 days is 2025-02-17, A plus 6 months is 2025-07-06. */
        private final EmploymentHistory asye = history(row(Contract.PERMANENT, JobRole.ASYE_SOCIAL_WORKER, "2025-01-06", null));

        private LocalDate nextAfterSessionOn(String last) {
            return next.on(day(last), asye, sessions(oneToOne(last)));
        }

        @Test
        void weeklyWhileLIsBeforeAPlus42Days() {
            assertThat(nextAfterSessionOn("2025-01-06")).isEqualTo("2025-01-13");
            assertThat(nextAfterSessionOn("2025-02-16")).isEqualTo("2025-02-23");
        }

        @Test
        void fortnightlyFromAPlus42DaysExactly() {
            assertThat(nextAfterSessionOn("2025-02-17")).isEqualTo("2025-03-03");
            assertThat(nextAfterSessionOn("2025-07-05")).isEqualTo("2025-07-19");
        }

        @Test
        void monthlyFromAPlus6MonthsExactly() {
            assertThat(nextAfterSessionOn("2025-07-06")).isEqualTo("2025-08-06");
        }

        @Test
        void aPlus6MonthsIsCalendarArithmetic() {
            // A = 2025-08-31: A plus 6 months is 2026-02-28, so a session on 2026-02-27 is fortnightly, on 2026-02-28 monthly.
            var lateAugust = history(row(Contract.PERMANENT, JobRole.ASYE_SOCIAL_WORKER, "2025-08-31", null));
            assertThat(next.on(day("2026-02-27"), lateAugust, sessions(oneToOne("2026-02-27")))).isEqualTo("2026-03-13");
            assertThat(next.on(day("2026-02-28"), lateAugust, sessions(oneToOne("2026-02-28")))).isEqualTo("2026-03-28");
        }

        @Test
        void theAsyeStartIsTheStartOfTheAsyeRowsNotOfTheEmployment() {
            // In employment from 2024-09-01 without cases, in ASYE from 2025-01-06: with no session L = S is before
            // the ASYE, so monthly; a session on 2025-01-20 (A + 14 days) is weekly.
            var history = history(row(Contract.PERMANENT, JobRole.QUALIFIED_WITHOUT_CASES, "2024-09-01", "2025-01-05"),
                    row(Contract.PERMANENT, JobRole.ASYE_SOCIAL_WORKER, "2025-01-06", null));
            assertThat(next.on(day("2025-01-10"), history, List.of())).isEqualTo("2024-10-01");
            assertThat(next.on(day("2025-01-21"), history, sessions(oneToOne("2025-01-20")))).isEqualTo("2025-01-27");
        }

        @Test
        void theIntervalIsTheOneAtLNotAtD() {
            // ASYE in 2024, then a social worker: a session after the ASYE is monthly, one in its first weeks weekly.
            var afterAsye = history(row(Contract.PERMANENT, JobRole.ASYE_SOCIAL_WORKER, "2024-01-01", "2024-12-31"),
                    row(Contract.PERMANENT, JobRole.SOCIAL_WORKER, "2025-01-01", null));
            assertThat(next.on(day("2025-01-10"), afterAsye, sessions(oneToOne("2025-01-10")))).isEqualTo("2025-02-10");
            assertThat(next.on(day("2025-01-10"), afterAsye, sessions(oneToOne("2024-01-08")))).isEqualTo("2024-01-15");
        }

        @Test
        void plusOneMonthFromTheEndOfAMonthIsTheEndOfTheNextWhenItIsShorter() {
            assertThat(next.on(day("2025-01-31"), socialWorker(), sessions(oneToOne("2025-01-31")))).isEqualTo("2025-02-28");
            assertThat(next.on(day("2024-01-31"), socialWorker(), sessions(oneToOne("2024-01-31")))).isEqualTo("2024-02-29");
        }
    }

    @Nested
    class Overdue {

        @Test
        void aSessionDueOnDIsNotOverdueTheDayAfterItIs() {
            var sessions = sessions(oneToOne("2025-03-03"));
            assertThat(next.on(day("2025-04-03"), socialWorker(), sessions)).isEqualTo("2025-04-03");
            assertThat(next.overdueOn(day("2025-04-03"), socialWorker(), sessions)).isFalse();
            assertThat(next.overdueOn(day("2025-04-04"), socialWorker(), sessions)).isTrue();
        }
    }

    @Nested
    class AnotherPolicy {

        @Test
        void aCouncilsRuleChangesTheKindsTheMinutesAndTheIntervals() {
            var rule = new SupervisionRule(EnumSet.of(SupervisionKind.ONE_TO_ONE, SupervisionKind.GROUP), 60,
                    List.of(new SupervisionRule.AsyePhase(Period.ofMonths(3), Period.ofDays(7))), Period.ofDays(14),
                    Period.ofWeeks(6));
            var policy = new NextSupervision(rule);
            var sessions = sessions(session("2025-03-03", SupervisionKind.GROUP, 60));
            assertThat(policy.on(day("2025-03-10"), socialWorker(), sessions)).isEqualTo("2025-04-14");
            var asye = history(row(Contract.PERMANENT, JobRole.ASYE_SOCIAL_WORKER, "2025-01-06", null));
            assertThat(policy.on(day("2025-04-05"), asye, sessions(oneToOne("2025-04-05")))).isEqualTo("2025-04-12");
            assertThat(policy.on(day("2025-04-06"), asye, sessions(oneToOne("2025-04-06")))).isEqualTo("2025-04-20");
        }

        @Test
        void theContractsDefaultsAreThoseOfMeasuresMd() {
            var rule = SupervisionRule.CONTRACT;
            assertThat(rule.countingKinds()).containsExactly(SupervisionKind.ONE_TO_ONE);
            assertThat(rule.minimumMinutes()).isEqualTo(90);
            assertThat(rule.interval()).isEqualTo(Period.ofMonths(1));
            assertThat(rule.asyeAfterPhases()).isEqualTo(Period.ofMonths(1));
            assertThat(rule.asyePhases()).containsExactly(new SupervisionRule.AsyePhase(Period.ofDays(42), Period.ofDays(7)),
                    new SupervisionRule.AsyePhase(Period.ofMonths(6), Period.ofDays(14)));
        }
    }
}
