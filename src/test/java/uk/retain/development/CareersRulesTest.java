package uk.retain.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Worker;

/** The careers rules, each at its boundaries: the CPD windows, transfer eligibility, level history and progression. */
class CareersRulesTest {

    static final LocalDate D = LocalDate.of(2026, 10, 31);

    static DevelopmentActivity activity(String worker, LocalDate date, String hours, KssStatement... kss) {
        return new DevelopmentActivity(worker, date, Activity.COURSE, new BigDecimal(hours), List.of(kss), null);
    }

    static Employment row(String worker, JobRole role, String team, LocalDate start, LocalDate end) {
        return new Employment(worker, Contract.PERMANENT, role, team, null, BigDecimal.ONE, start, end, null, null);
    }

    @Nested
    class CpdWindows {

        @Test
        void theLastTwelveMonthsStartTheDayAfterTheSameDateAYearAgoAndEndToday() {
            assertThat(Cpd.inLastYear(D.minusYears(1), D)).isFalse();
            assertThat(Cpd.inLastYear(D.minusYears(1).plusDays(1), D)).isTrue();
            assertThat(Cpd.inLastYear(D, D)).isTrue();
            assertThat(Cpd.inLastYear(D.plusDays(1), D)).isFalse();
        }

        @Test
        void hoursAddUpOnlyInsideTheWindowAndOnlyTheWorkers() {
            List<DevelopmentActivity> all = List.of(activity("W1", D.minusYears(1), "7"), activity("W1", D.minusYears(1).plusDays(1), "3.5"),
                    activity("W1", D, "1.25"), activity("W2", D, "9"), activity("W1", D.plusDays(1), "4"));
            assertThat(Cpd.hoursInLastYear(all, "W1", D)).isEqualByComparingTo("4.75");
            assertThat(Cpd.anyInLastYear(all, "W1", D)).isTrue();
            assertThat(Cpd.anyInLastYear(List.of(activity("W3", D.minusYears(1), "2")), "W3", D)).isFalse();
            assertThat(Cpd.hoursInLastYear(List.of(), "W3", D)).isEqualByComparingTo("0");
        }

        @Test
        void kssCoverageIsTheStatementsOfTheTwoYearsUpToTheDay() {
            List<DevelopmentActivity> all = List.of(activity("W1", D.minusYears(2), "1", KssStatement.P1),
                    activity("W1", D.minusYears(2).plusDays(1), "1", KssStatement.P2, KssStatement.P6),
                    activity("W1", D, "1", KssStatement.P6, KssStatement.S1), activity("W1", D.plusDays(1), "1", KssStatement.P9),
                    activity("W2", D, "1", KssStatement.P3));
            assertThat(Cpd.coverage(all, "W1", D)).containsExactly(KssStatement.P2, KssStatement.P6, KssStatement.S1);
        }

        @Test
        void aQualificationExpiresSoonFromTodayToNinetyDaysOn() {
            var from = LocalDate.of(2020, 1, 1);
            assertThat(Cpd.expiring(new Qualification("W1", QualificationKind.AMHP, from, D.minusDays(1)), D)).isFalse();
            assertThat(Cpd.expiring(new Qualification("W1", QualificationKind.AMHP, from, D), D)).isTrue();
            assertThat(Cpd.expiring(new Qualification("W1", QualificationKind.BIA, from, D.plusDays(90)), D)).isTrue();
            assertThat(Cpd.expiring(new Qualification("W1", QualificationKind.BIA, from, D.plusDays(91)), D)).isFalse();
            assertThat(Cpd.expiring(new Qualification("W1", QualificationKind.PRACTICE_EDUCATOR_2, from, null), D)).isFalse();
            assertThat(Cpd.expiringSoon(List.of(new Qualification("W2", QualificationKind.BIA, from, D.plusDays(80)),
                    new Qualification("W1", QualificationKind.AMHP, from, D.plusDays(10))), D))
                    .extracting(Qualification::workerId).containsExactly("W1", "W2");
        }
    }

    @Nested
    class TransferEligibility {

        @Test
        void inPostCountsFromTheFirstDayInTheTeamThroughRoleChanges() {
            var history = EmploymentHistory.of(List.of(row("W1", JobRole.SOCIAL_WORKER, "T2", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 5, 31)),
                    row("W1", JobRole.SOCIAL_WORKER, "T1", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)),
                    row("W1", JobRole.SENIOR_SOCIAL_WORKER, "T1", LocalDate.of(2026, 1, 1), null)));
            assertThat(TransferRule.inPostSince(history, D)).isEqualTo(LocalDate.of(2025, 6, 1));
        }

        @Test
        void twelveMonthsInPostIsMetOnTheDayAYearOnNotTheDayBefore() {
            var history = EmploymentHistory.of(List.of(row("W1", JobRole.SOCIAL_WORKER, "T1", LocalDate.of(2025, 10, 31), null)));
            assertThat(TransferRule.DEFAULT.inPost(history, D).state()).isEqualTo(TransferRule.State.MET);
            var check = TransferRule.DEFAULT.inPost(history, D.minusDays(1));
            assertThat(check.state()).isEqualTo(TransferRule.State.NOT_MET);
            assertThat(check.held()).isEqualTo(11);
            assertThat(check.from()).isEqualTo(D);
        }

        @Test
        void bothManagersMustAgreeUnlessTheRuleSaysNot() {
            var history = EmploymentHistory.of(List.of(row("W1", JobRole.SOCIAL_WORKER, "T1", LocalDate.of(2020, 1, 1), null)));
            var waiting = request(null, true);
            assertThat(TransferRule.DEFAULT.apply(history, waiting, D)).extracting(TransferRule.Check::state)
                    .containsExactly(TransferRule.State.MET, TransferRule.State.WAITING, TransferRule.State.MET);
            assertThat(TransferRule.allMet(TransferRule.DEFAULT.apply(history, waiting, D))).isFalse();
            assertThat(TransferRule.allMet(TransferRule.DEFAULT.apply(history, request(true, true), D))).isTrue();
            assertThat(TransferRule.allMet(TransferRule.DEFAULT.apply(history, request(true, false), D))).isFalse();
            assertThat(TransferRule.allMet(new TransferRule(12, false).apply(history, request(false, null), D))).isTrue();
        }

        @Test
        void nobodyInEmploymentIsInPost() {
            var history = EmploymentHistory.of(List.of(row("W1", JobRole.SOCIAL_WORKER, "T1", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1))));
            assertThat(TransferRule.DEFAULT.inPost(history, D).state()).isEqualTo(TransferRule.State.NOT_MET);
        }

        private TransferRequest request(Boolean current, Boolean receiving) {
            return new TransferRequest(1, "999", "W1", "T1", "T2", "why", D, "w", TransferStatus.REQUESTED, current, null, receiving,
                    null, null, null, null, null);
        }
    }

    @Nested
    class LevelsAndProgression {

        final Worker worker = new Worker("W1", new SweNumber("SW1"), "Smith", "Ann", LocalDate.of(2021, 7, 1), null, null, null, null);

        final EmploymentHistory history = EmploymentHistory.of(List.of(
                row("W1", JobRole.ASYE_SOCIAL_WORKER, "T1", LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31)),
                row("W1", JobRole.SOCIAL_WORKER, "T1", LocalDate.of(2022, 9, 1), LocalDate.of(2023, 12, 31)),
                row("W1", JobRole.SOCIAL_WORKER, "T2", LocalDate.of(2024, 1, 1), null)));

        LevelChange change(String level, LocalDate from) {
            return new LevelChange(1, "W1", level, from, "demo", Instant.EPOCH);
        }

        @Test
        void theLevelComesFromTheJobRoleAndTheChangesRecordedInIt() {
            var levels = LevelHistory.of(CareerPathway.DEFAULT, history, List.of(change("social_worker_2", LocalDate.of(2024, 3, 1))));
            assertThat(levels.levelOn(LocalDate.of(2022, 1, 1))).isNull();
            assertThat(levels.levelOn(LocalDate.of(2023, 1, 1)).code()).isEqualTo("social_worker_1");
            // A team move is no level change.
            assertThat(levels.levelOn(LocalDate.of(2024, 2, 29)).code()).isEqualTo("social_worker_1");
            assertThat(levels.levelOn(LocalDate.of(2024, 3, 1)).code()).isEqualTo("social_worker_2");
            assertThat(levels.spells(D)).extracting(s -> s.level().code() + " " + s.from() + " " + s.to())
                    .containsExactly("social_worker_1 2022-09-01 2024-02-29", "social_worker_2 2024-03-01 null");
            assertThat(levels.monthsAtLevel(D)).isEqualTo(31);
            assertThat(levels.monthsPastMinimum(D)).isEqualTo(31 - 18);
        }

        @Test
        void aChangeBeforeTheRoleStartedDoesNotCount() {
            var promoted = EmploymentHistory.of(List.of(row("W1", JobRole.SOCIAL_WORKER, "T1", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)),
                    row("W1", JobRole.SENIOR_SOCIAL_WORKER, "T1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                    row("W1", JobRole.SOCIAL_WORKER, "T1", LocalDate.of(2025, 1, 1), null)));
            var levels = LevelHistory.of(CareerPathway.DEFAULT, promoted, List.of(change("social_worker_3", LocalDate.of(2022, 1, 1))));
            assertThat(levels.levelOn(LocalDate.of(2023, 6, 1)).code()).isEqualTo("social_worker_3");
            assertThat(levels.levelOn(LocalDate.of(2024, 6, 1)).code()).isEqualTo("senior_social_worker");
            assertThat(levels.levelOn(D).code()).isEqualTo("social_worker_1");
        }

        @Test
        void dueWhenTheMinimumTimeIsReachedAndEveryCriterionIsMet() {
            // Social worker level 1 from 1 September 2022: minimum 12 months, 1 year PQE, 5 statements.
            var levels = LevelHistory.of(CareerPathway.DEFAULT, history, List.of());
            List<DevelopmentActivity> five = List.of(activity("W1", LocalDate.of(2023, 6, 1), "3", KssStatement.P1, KssStatement.P2,
                    KssStatement.P3, KssStatement.P4, KssStatement.P5));
            LocalDate minimum = LocalDate.of(2023, 9, 1);
            assertThat(Progression.of(CareerPathway.DEFAULT, levels, worker, five, List.of(), minimum.minusDays(1)).due()).isFalse();
            Progression due = Progression.of(CareerPathway.DEFAULT, levels, worker, five, List.of(), minimum);
            assertThat(due.due()).isTrue();
            assertThat(due.next().code()).isEqualTo("social_worker_2");
            List<DevelopmentActivity> four = List.of(activity("W1", LocalDate.of(2023, 6, 1), "3", KssStatement.P1, KssStatement.P2,
                    KssStatement.P3, KssStatement.P4));
            Progression short1 = Progression.of(CareerPathway.DEFAULT, levels, worker, four, List.of(), minimum);
            assertThat(short1.due()).isFalse();
            assertThat(short1.checks()).filteredOn(c -> !c.met()).extracting(Progression.Check::code).containsExactly("kss");
        }

        @Test
        void aQualificationCriterionNeedsItValidOnTheDay() {
            var senior = EmploymentHistory.of(List.of(row("W1", JobRole.SENIOR_SOCIAL_WORKER, "T1", LocalDate.of(2022, 1, 1), null)));
            var old = new Worker("W1", new SweNumber("SW1"), "Smith", "Ann", LocalDate.of(2010, 7, 1), null, null, null, null);
            List<DevelopmentActivity> ten = List.of(activity("W1", D.minusMonths(1), "3", KssStatement.P1, KssStatement.P2, KssStatement.P3,
                    KssStatement.P4, KssStatement.P5, KssStatement.P6, KssStatement.P7, KssStatement.P8, KssStatement.P9, KssStatement.P10));
            var levels = LevelHistory.of(CareerPathway.DEFAULT, senior, List.of());
            assertThat(Progression.of(CareerPathway.DEFAULT, levels, old, ten, List.of(), D).due()).isFalse();
            var award = new Qualification("W1", QualificationKind.PRACTICE_EDUCATOR_1, LocalDate.of(2023, 1, 1), null);
            assertThat(Progression.of(CareerPathway.DEFAULT, levels, old, ten, List.of(award), D).due()).isTrue();
            var lapsed = new Qualification("W1", QualificationKind.PRACTICE_EDUCATOR_1, LocalDate.of(2023, 1, 1), D.minusDays(1));
            assertThat(Progression.of(CareerPathway.DEFAULT, levels, old, ten, List.of(lapsed), D).due()).isFalse();
        }

        @Test
        void theTopOfARouteIsNeverDue() {
            var consultant = EmploymentHistory.of(List.of(row("W1", JobRole.CONSULTANT_SOCIAL_WORKER, "T1", LocalDate.of(2015, 1, 1), null)));
            var p = Progression.of(CareerPathway.DEFAULT, LevelHistory.of(CareerPathway.DEFAULT, consultant, List.of()), worker, List.of(),
                    List.of(), D);
            assertThat(p.next()).isNull();
            assertThat(p.due()).isFalse();
        }

        @Test
        void theDefaultPathwayIsValidAndABrokenOneIsRefused() {
            assertThat(CareerPathways.problems(CareerPathway.DEFAULT)).isEmpty();
            var broken = new CareerPathway(List.of(new CareerLevel("a", "A", CareerRoute.PRACTICE, 2, JobRole.SOCIAL_WORKER, 241, "x",
                    null, null, null, "b"), new CareerLevel("b", "B", CareerRoute.PRACTICE, 2, JobRole.SOCIAL_WORKER, 0, "y", null, null, null, null)));
            assertThat(CareerPathways.problems(broken)).containsExactly("careers.pathway.error.minimum", "careers.pathway.error.next");
        }

        @Test
        void aLevelsProblemsAreByField() {
            CareerLevel two = CareerPathway.DEFAULT.level("social_worker_2").orElseThrow();
            assertThat(CareerPathways.levelProblems(CareerPathway.DEFAULT, two)).isEmpty();
            var changed = new CareerLevel(two.code(), " social worker LEVEL 3 ", two.route(), two.step(), two.jobRole(), 241, "x".repeat(1001),
                    41, 25, null, two.next());
            assertThat(CareerPathways.levelProblems(CareerPathway.DEFAULT, changed)).containsExactly(
                    java.util.Map.entry("name", "careers.pathway.error.name.duplicate"),
                    java.util.Map.entry("minimumMonths", "careers.pathway.error.minimum"),
                    java.util.Map.entry("criteria", "careers.pathway.error.criteria"),
                    java.util.Map.entry("minPqeYears", "careers.pathway.error.pqe"),
                    java.util.Map.entry("minKss", "careers.pathway.error.kss"));
            var blank = new CareerLevel(two.code(), " ", two.route(), two.step(), two.jobRole(), 0, " ", 0, 24, null, two.next());
            assertThat(CareerPathways.levelProblems(CareerPathway.DEFAULT, blank)).containsOnlyKeys("name", "criteria")
                    .containsValues("careers.pathway.error.name.missing", "careers.pathway.error.criteria.missing");
        }
    }

    @Nested
    class PriorityEvidence {

        @Test
        void aPriorityNeedsANameNoOtherHasAndAStatement() {
            List<PracticePriority> held = PracticePriorities.DEFAULT;
            assertThat(PracticePriorities.problems(held, null, "Direct work", List.of(KssStatement.P1))).isEmpty();
            assertThat(PracticePriorities.problems(held, null, " WRITING plans ", List.of())).containsExactly(
                    java.util.Map.entry("name", "priorities.error.name.duplicate"), java.util.Map.entry("kss", "priorities.error.kss"));
            // A priority keeps its own name when changed.
            assertThat(PracticePriorities.problems(held, 3, "writing plans", List.of(KssStatement.P7))).isEmpty();
            assertThat(PracticePriorities.problems(held, 3, "x".repeat(201), List.of(KssStatement.P7)))
                    .containsEntry("name", "priorities.error.name.long");
            assertThat(PracticePriorities.problems(held, 3, "", List.of(KssStatement.P7))).containsEntry("name", "priorities.error.name.missing");
            List<PracticePriority> full = java.util.stream.IntStream.rangeClosed(1, PracticePriorities.MAX_PRIORITIES)
                    .mapToObj(i -> new PracticePriority(i, "P" + i, List.of(KssStatement.P1))).toList();
            assertThat(PracticePriorities.problems(full, null, "One more", List.of(KssStatement.P1))).containsEntry("name", "priorities.error.tooMany");
            assertThat(PracticePriorities.problems(full, 1, "Renamed", List.of(KssStatement.P1))).isEmpty();
        }

        @Test
        void thinIsFewerThanHalfTheTeam() {
            var team = new PracticePriorities.TeamEvidence("T1", 4, List.of(2, 1, 0));
            assertThat(team.thin(0)).isFalse();
            assertThat(team.thin(1)).isTrue();
            assertThat(team.thin(2)).isTrue();
            assertThat(new PracticePriorities.TeamEvidence("T2", 0, List.of(0)).thin(0)).isFalse();
        }
    }

    @Nested
    class SuccessionPlans {

        final uk.retain.workforce.Register register = new uk.retain.workforce.Register(
                new uk.retain.workforce.Authority("999", "Exampleshire", "E12000006", null), List.of(), List.of(),
                List.of(row("TM1", JobRole.TEAM_MANAGER, "T1", LocalDate.of(2020, 1, 1), null),
                        row("W1", JobRole.SENIOR_SOCIAL_WORKER, "T1", LocalDate.of(2020, 1, 1), null),
                        row("W2", JobRole.SENIOR_SOCIAL_WORKER, "T2", LocalDate.of(2020, 1, 1), D.minusDays(1))),
                List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Set.of());

        @Test
        void aRoleIsHeldByWhoeverHasItsJobRoleInItsTeam() {
            var manager = new Succession.CriticalRole(1, "Team manager", null, JobRole.TEAM_MANAGER, "T1");
            assertThat(Succession.holders(register, manager, D)).containsExactly("TM1");
            assertThat(Succession.holders(register, new Succession.CriticalRole(2, "TM", null, JobRole.TEAM_MANAGER, "T2"), D)).isEmpty();
        }

        @Test
        void onlyASuccessorReadyNowAndInEmploymentCounts() {
            assertThat(Succession.noReadySuccessor(register, List.of(), D)).isTrue();
            assertThat(Succession.noReadySuccessor(register, List.of(new Succession.Successor(1, 1, "W1", Readiness.ONE_TO_TWO_YEARS)), D)).isTrue();
            assertThat(Succession.noReadySuccessor(register, List.of(new Succession.Successor(1, 1, "W2", Readiness.READY_NOW)), D)).isTrue();
            assertThat(Succession.noReadySuccessor(register, List.of(new Succession.Successor(1, 1, "W1", Readiness.READY_NOW)), D)).isFalse();
        }
    }
}
