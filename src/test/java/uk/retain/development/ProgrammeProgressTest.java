package uk.retain.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.retain.development.ProgrammeProgress.Place;
import uk.retain.development.ProgrammeProgress.ReviewState;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

class ProgrammeProgressTest {

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    static Programme place(String id, String worker, ProgrammeKind kind, String cohort, String start, String probation,
            String ended, ProgrammeOutcome outcome) {
        return new Programme(id, worker, kind, cohort, d(start), null, probation == null ? null : d(probation),
                ended == null ? null : d(ended), outcome);
    }

    static Employment row(String worker, JobRole role, String fte, String start, String end) {
        return new Employment(worker, Contract.PERMANENT, role, "T1", null, new BigDecimal(fte), d(start),
                end == null ? null : d(end), null, null);
    }

    static Place read(Programme programme, List<ProgrammeReview> reviews, String day) {
        return ProgrammeProgress.of(programme, reviews, ProgrammeSteps.CONTRACT,
                EmploymentHistory.of(List.of(row(programme.workerId(), JobRole.ASYE_SOCIAL_WORKER, "1", "2020-01-01", null))),
                null, d(day));
    }

    @Nested
    class ReviewDueDates {

        @Test
        void theAsyeIsReviewedAt3_6_12MonthsAndMayBeAt9AndFinally() {
            Place place = read(place("P", "W", ProgrammeKind.ASYE, null, "2025-01-31", null, null, null), List.of(), "2025-01-31");
            assertThat(place.reviews()).extracting(r -> r.review().code(), r -> r.due().toString(), r -> r.required()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("3_month", "2025-04-30", true),
                    org.assertj.core.groups.Tuple.tuple("6_month", "2025-07-31", true),
                    org.assertj.core.groups.Tuple.tuple("9_month", "2025-10-31", false),
                    org.assertj.core.groups.Tuple.tuple("12_month", "2026-01-31", true),
                    org.assertj.core.groups.Tuple.tuple("final", "2026-01-31", false));
        }

        @Test
        void theEcdpHasTheSameRequiredReviewsAndItsFinalReviewAtTwoYears() {
            Place place = read(place("P", "W", ProgrammeKind.ECDP, null, "2027-09-01", null, null, null), List.of(), "2027-09-01");
            assertThat(place.reviews()).extracting(r -> r.review().code() + " " + r.due() + " " + r.required()).containsExactly(
                    "3_month 2027-12-01 true", "6_month 2028-03-01 true", "9_month 2028-06-01 false", "12_month 2028-09-01 true",
                    "final 2029-09-01 false");
        }

        @Test
        void anAcademyHasNoReviewPoints() {
            assertThat(read(place("P", "W", ProgrammeKind.ACADEMY, null, "2025-01-01", null, null, null), List.of(), "2025-12-01")
                    .reviews()).isEmpty();
            assertThat(ProgrammeSteps.CONTRACT.retains(ProgrammeKind.ASYE)).isTrue();
            assertThat(ProgrammeSteps.CONTRACT.retains(ProgrammeKind.ECDP)).isFalse();
        }

        @Test
        void aReviewIsOverdueTheDayAfterItIsDueNotOnItAndHeldLateWhenHeldAfterIt() {
            Programme p = place("P", "W", ProgrammeKind.ASYE, null, "2025-01-01", null, null, null);
            assertThat(read(p, List.of(), "2025-04-01").reviews().getFirst().state()).isEqualTo(ReviewState.UPCOMING);
            var overdue = read(p, List.of(), "2025-04-03").reviews().getFirst();
            assertThat(overdue.state()).isEqualTo(ReviewState.OVERDUE);
            assertThat(overdue.daysLate()).isEqualTo(2);
            var late = read(p, List.of(new ProgrammeReview("P", ReviewPoint.THREE_MONTH, d("2025-04-05"), ReviewOutcome.ON_TRACK)),
                    "2025-05-01").reviews().getFirst();
            assertThat(late.state()).isEqualTo(ReviewState.HELD_LATE);
            assertThat(late.daysLate()).isEqualTo(4);
            // Held after the day looked at: not yet held on it.
            assertThat(read(p, List.of(new ProgrammeReview("P", ReviewPoint.THREE_MONTH, d("2025-04-05"), ReviewOutcome.ON_TRACK)),
                    "2025-04-04").reviews().getFirst().state()).isEqualTo(ReviewState.OVERDUE);
            // The optional 9-month review is never overdue.
            assertThat(read(p, List.of(), "2025-12-01").reviews().get(2).state()).isEqualTo(ReviewState.NOT_HELD);
            assertThat(read(p, List.of(), "2025-12-01").overdueReviews()).isEqualTo(2);
        }

        @Test
        void theScheduleIsATableSoAnotherScheduleIsConfiguration() {
            ProgrammeSteps council = ProgrammeSteps.read("""
                    programme,review,months,required,retention_measured
                    ecdp,3_month,4,yes,yes
                    ecdp,final,24,yes,yes
                    """);
            assertThat(council.of(ProgrammeKind.ECDP)).extracting(ReviewStep::months).containsExactly(4, 24);
            assertThat(council.retains(ProgrammeKind.ECDP)).isTrue();
            assertThat(council.of(ProgrammeKind.ASYE)).isEmpty();
            // The measure follows the table: the ECDP's 4-month review is due 2028-01-01, so overdue on 2028-01-02.
            Register register = register(List.of(row("W", JobRole.ASYE_SOCIAL_WORKER, "1", "2027-09-01", null)),
                    List.of(place("P", "W", ProgrammeKind.ECDP, null, "2027-09-01", null, null, null)), List.of());
            assertThat(new DevelopmentMeasures(council).prepare(register).forAuthority(d("2028-01-02")))
                    .containsEntry(DevelopmentMeasures.REVIEWS_OVERDUE, 1);
            assertThat(new DevelopmentMeasures().prepare(register).forAuthority(d("2028-01-02")))
                    .containsEntry(DevelopmentMeasures.REVIEWS_OVERDUE, 1);
            assertThat(new DevelopmentMeasures(council).prepare(register).forAuthority(d("2027-12-15")))
                    .containsEntry(DevelopmentMeasures.REVIEWS_OVERDUE, 0);
            assertThat(new DevelopmentMeasures().prepare(register).forAuthority(d("2027-12-15")))
                    .containsEntry(DevelopmentMeasures.REVIEWS_OVERDUE, 1);
        }

        @Test
        void aBrokenTableIsRefusedNamingItsLine() {
            assertThatThrownBy(() -> ProgrammeSteps.read("programme,review\n")).hasMessageContaining("line 1");
            assertThatThrownBy(() -> ProgrammeSteps.read("programme,review,months,required,retention_measured\nasye,4_month,4,yes,yes\n"))
                    .hasMessageContaining("line 2").hasMessageContaining("4_month");
            assertThatThrownBy(() -> ProgrammeSteps.read("programme,review,months,required,retention_measured\n"
                    + "asye,3_month,3,yes,yes\nasye,6_month,6,yes,no\n")).hasMessageContaining("line 3");
            assertThatThrownBy(() -> ProgrammeSteps.read("programme,review,months,required,retention_measured\n"
                    + "asye,3_month,0,yes,yes\n")).hasMessageContaining("line 2");
        }
    }

    @Nested
    class Probation {

        // The 6-month review of a place started 2025-01-01 is due 2025-07-01.
        Place withProbationEnd(String probationEnd, List<ProgrammeReview> reviews) {
            return read(place("P", "W", ProgrammeKind.ASYE, null, "2025-01-01", probationEnd, null, null), reviews, "2025-08-01");
        }

        @Test
        void fourteenDaysFromTheReviewIsWithinItFifteenIsNot() {
            assertThat(withProbationEnd("2025-07-15", List.of()).probation().warning()).isFalse();
            assertThat(withProbationEnd("2025-07-15", List.of()).probation().daysApart()).isEqualTo(14);
            assertThat(withProbationEnd("2025-07-16", List.of()).probation().warning()).isTrue();
            assertThat(withProbationEnd("2025-06-17", List.of()).probation().warning()).isFalse();
            assertThat(withProbationEnd("2025-06-16", List.of()).probation().warning()).isTrue();
        }

        @Test
        void aHeldReviewIsComparedByTheDayItWasHeld() {
            List<ProgrammeReview> held = List.of(new ProgrammeReview("P", ReviewPoint.SIX_MONTH, d("2025-07-20"), ReviewOutcome.ON_TRACK));
            assertThat(withProbationEnd("2025-07-16", held).probation().warning()).isFalse();
            assertThat(withProbationEnd("2025-07-16", held).probation().reviewHeld()).isTrue();
            assertThat(withProbationEnd("2025-08-03", held).probation().warning()).isFalse();
            assertThat(withProbationEnd("2025-08-03", held).probation().daysApart()).isEqualTo(14);
            assertThat(withProbationEnd("2025-08-04", held).probation().warning()).isTrue();
        }

        @Test
        void noProbationEndNoCheck() {
            assertThat(withProbationEnd(null, List.of()).probation()).isNull();
        }
    }

    @Nested
    class ProtectedTime {

        @Test
        void aTenthOfTheirHoursOverTheWeekdaysAtEachDaysFte() {
            // Monday 2025-09-01 to Friday 2025-09-12: ten weekdays; 1.0 FTE for the first week, 0.5 for the second.
            Programme p = place("P", "W", ProgrammeKind.ASYE, null, "2025-09-01", null, null, null);
            EmploymentHistory history = EmploymentHistory.of(List.of(
                    row("W", JobRole.ASYE_SOCIAL_WORKER, "1", "2025-09-01", "2025-09-07"),
                    row("W", JobRole.ASYE_SOCIAL_WORKER, "0.5", "2025-09-08", null)));
            var time = ProgrammeProgress.of(p, List.of(), ProgrammeSteps.CONTRACT, history, null, d("2025-09-12")).protectedTime();
            assertThat(time.dueHours()).isEqualByComparingTo("5.6"); // 5 × 0.74 + 5 × 0.37 = 5.55, to one place
            assertThat(time.weeklyHours()).isEqualByComparingTo("1.9"); // 3.7 × 0.5 = 1.85
            assertThat(time.recordedHours()).isNull();
            assertThat(time.belowDue()).isFalse();
        }

        @Test
        void anAcademyPlaceHasNoneItIsForTheNewlyQualified() {
            Programme p = place("P", "W", ProgrammeKind.ACADEMY, null, "2025-09-01", null, null, null);
            EmploymentHistory history = EmploymentHistory.of(List.of(row("W", JobRole.SOCIAL_WORKER, "1", "2025-09-01", null)));
            assertThat(ProgrammeProgress.of(p, List.of(), ProgrammeSteps.CONTRACT, history, List.of(), d("2025-09-12"))
                    .protectedTime()).isNull();
        }

        @Test
        void theDevelopmentRecordedInThePlaceIsCountedWhenTheFileIsThere() {
            Programme p = place("P", "W", ProgrammeKind.ASYE, null, "2025-09-01", null, "2025-09-05", ProgrammeOutcome.LEFT);
            EmploymentHistory history = EmploymentHistory.of(List.of(row("W", JobRole.ASYE_SOCIAL_WORKER, "1", "2025-09-01", "2025-09-05")));
            List<DevelopmentActivity> development = List.of(
                    new DevelopmentActivity("W", d("2025-08-29"), Activity.COURSE, new BigDecimal("7"), List.of(), null),
                    new DevelopmentActivity("W", d("2025-09-02"), Activity.COURSE, new BigDecimal("2.5"), List.of(), null),
                    new DevelopmentActivity("W", d("2025-09-05"), Activity.READING_RESEARCH, new BigDecimal("1"), List.of(), null),
                    new DevelopmentActivity("X", d("2025-09-03"), Activity.COURSE, new BigDecimal("5"), List.of(), null),
                    new DevelopmentActivity("W", d("2025-09-08"), Activity.COURSE, new BigDecimal("5"), List.of(), null));
            var time = ProgrammeProgress.of(p, List.of(), ProgrammeSteps.CONTRACT, history, development, d("2025-10-01")).protectedTime();
            assertThat(time.to()).isEqualTo(d("2025-09-05"));
            assertThat(time.dueHours()).isEqualByComparingTo("3.7");
            assertThat(time.recordedHours()).isEqualByComparingTo("3.5");
            assertThat(time.belowDue()).isTrue();
        }
    }

    @Nested
    class Cohorts {

        @Test
        void eachPersonCountsOnceByTheirLatestPlaceOfTheCohort() {
            String c = "2024-09";
            List<Programme> programmes = List.of(
                    place("A", "WA", ProgrammeKind.ASYE, c, "2024-09-02", null, null, null),
                    place("B", "WB", ProgrammeKind.ASYE, c, "2024-09-02", null, null, null),
                    place("C", "WC", ProgrammeKind.ASYE, c, "2024-09-02", null, "2025-09-01", ProgrammeOutcome.PASSED),
                    place("D", "WD", ProgrammeKind.ASYE, c, "2024-09-02", null, "2025-02-01", ProgrammeOutcome.LEFT),
                    place("E1", "WE", ProgrammeKind.ASYE, c, "2024-09-02", null, "2025-09-01", ProgrammeOutcome.EXTENDED),
                    place("E2", "WE", ProgrammeKind.ASYE, c, "2025-09-02", null, null, null),
                    place("F", "WF", ProgrammeKind.ASYE, c, "2024-09-02", null, "2025-01-01", ProgrammeOutcome.WITHDRAWN),
                    place("G", "WG", ProgrammeKind.ASYE, "2025-09", "2025-09-01", null, null, null),
                    place("H", "WH", ProgrammeKind.ASYE, "2026-03", "2026-03-02", null, null, null),
                    place("K", "WK", ProgrammeKind.ACADEMY, "2025-01", "2025-01-06", null, "2025-07-05", ProgrammeOutcome.PASSED));
            List<ProgrammeReview> reviews = List.of(
                    new ProgrammeReview("A", ReviewPoint.THREE_MONTH, d("2024-12-02"), ReviewOutcome.CONCERNS),
                    new ProgrammeReview("A", ReviewPoint.SIX_MONTH, d("2025-03-03"), ReviewOutcome.ON_TRACK),
                    new ProgrammeReview("B", ReviewPoint.THREE_MONTH, d("2024-12-02"), ReviewOutcome.ON_TRACK),
                    new ProgrammeReview("B", ReviewPoint.SIX_MONTH, d("2025-03-03"), ReviewOutcome.NOT_ON_TRACK));
            LocalDate day = d("2025-10-01");
            List<Place> places = new ArrayList<>();
            for (Programme p : programmes) {
                places.add(read(p, reviews, day.toString()));
            }
            var cohorts = ProgrammeProgress.cohorts(places);
            assertThat(cohorts).extracting(x -> x.cohort().programme().code() + " " + x.cohort().cohort())
                    .containsExactly("asye 2024-09", "asye 2025-09", "academy 2025-01");
            var first = cohorts.getFirst();
            assertThat(first.people()).isEqualTo(6);
            assertThat(first.inProgramme()).isEqualTo(3); // A, B, and E by the place continuing the extended one
            assertThat(first.onTrack()).isEqualTo(2); // A (latest review on track) and E2 (no review yet)
            assertThat(first.concerns()).isEqualTo(1); // B
            assertThat(first.passed()).isEqualTo(1);
            assertThat(first.left()).isEqualTo(1);
            assertThat(first.otherEnded()).isEqualTo(1);
            // A and B: the 12-month review due 2025-09-02 not held; E2: none due yet; the extended E1 has ended, so
            // its reviews never held are no longer overdue (as programme_reviews_overdue counts only running places).
            assertThat(first.reviewsOverdue()).isEqualTo(2);
            assertThat(cohorts.get(2).passed()).isEqualTo(1);
        }
    }

    @Nested
    class RetentionByIntakeYear {

        /** Five ASYE workers of the 2023 intake passed in 2024, two of the 2024 intake in 2025; who stayed a year on. */
        final List<Employment> rows = List.of(
                row("A1", JobRole.ASYE_SOCIAL_WORKER, "1", "2023-03-01", "2024-02-29"),
                row("A1", JobRole.SOCIAL_WORKER, "1", "2024-03-01", null),
                row("A2", JobRole.ASYE_SOCIAL_WORKER, "1", "2023-03-01", "2024-02-29"),
                row("A2", JobRole.SOCIAL_WORKER, "1", "2024-03-01", "2025-01-31"),
                row("A3", JobRole.ASYE_SOCIAL_WORKER, "1", "2023-09-01", "2024-08-31"),
                row("A3", JobRole.SOCIAL_WORKER, "1", "2024-09-01", null),
                row("A4", JobRole.ASYE_SOCIAL_WORKER, "1", "2023-09-01", "2024-08-31"),
                new Employment("A4", Contract.AGENCY, JobRole.SOCIAL_WORKER, "T1", null, BigDecimal.ONE, d("2024-09-01"), null, null, null),
                row("A5", JobRole.ASYE_SOCIAL_WORKER, "1", "2023-09-01", "2024-08-31"),
                row("A5", JobRole.SOCIAL_WORKER, "1", "2024-09-01", "2025-08-30"),
                row("B1", JobRole.ASYE_SOCIAL_WORKER, "1", "2024-03-01", "2025-02-28"),
                row("B1", JobRole.SOCIAL_WORKER, "1", "2025-03-01", null),
                row("B2", JobRole.ASYE_SOCIAL_WORKER, "1", "2024-09-02", "2025-09-01"),
                row("B2", JobRole.SOCIAL_WORKER, "1", "2025-09-02", null));
        final List<Programme> programmes = List.of(
                place("PA1", "A1", ProgrammeKind.ASYE, "2023-03", "2023-03-01", null, "2024-02-29", ProgrammeOutcome.PASSED),
                place("PA2", "A2", ProgrammeKind.ASYE, "2023-03", "2023-03-01", null, "2024-02-29", ProgrammeOutcome.PASSED),
                place("PA3", "A3", ProgrammeKind.ASYE, "2023-09", "2023-09-01", null, "2024-08-31", ProgrammeOutcome.PASSED),
                place("PA4", "A4", ProgrammeKind.ASYE, "2023-09", "2023-09-01", null, "2024-08-31", ProgrammeOutcome.PASSED),
                place("PA5", "A5", ProgrammeKind.ASYE, "2023-09", "2023-09-01", null, "2024-08-31", ProgrammeOutcome.PASSED),
                place("PB1", "B1", ProgrammeKind.ASYE, "2024-03", "2024-03-01", null, "2025-02-28", ProgrammeOutcome.PASSED),
                place("PB2", "B2", ProgrammeKind.ASYE, "2024-09", "2024-09-02", null, "2025-09-01", ProgrammeOutcome.PASSED),
                place("PK", "B2", ProgrammeKind.ACADEMY, "2024-01", "2024-01-01", null, "2024-06-30", ProgrammeOutcome.PASSED));

        List<ProgrammeProgress.YearRetention> on(LocalDate day) {
            Map<String, EmploymentHistory> histories = new java.util.HashMap<>();
            rows.stream().collect(java.util.stream.Collectors.groupingBy(Employment::workerId))
                    .forEach((id, list) -> histories.put(id, EmploymentHistory.of(list)));
            return ProgrammeProgress.retentionByYear(programmes, ProgrammeSteps.CONTRACT, histories::get, day);
        }

        @Test
        void ofThoseAYearOnFromPassingTheShareInNonAgencyEmployment() {
            var years = on(d("2025-09-30"));
            assertThat(years).extracting(y -> y.programme().code() + " " + y.year() + ": " + y.passed() + " passed, " + y.known()
                    + " known, " + y.retained() + " retained").containsExactly(
                    "asye 2023: 5 passed, 5 known, 2 retained", // A1 and A3; A2 left, A4 is agency, A5 left on its anniversary's eve
                    "asye 2024: 2 passed, 0 known, 0 retained");
            assertThat(years.getFirst().percent()).isEqualTo(40.0);
            assertThat(years.get(1).percent()).isNull();
        }

        @Test
        void agreesWithTheMeasureWhenItsYearHoldsOneIntakesPasses() {
            // On 2025-09-30 the measure's window is 2023-09-30 < p ≤ 2024-09-30: exactly the 2023 intake's passes.
            Register register = register(rows, programmes, List.of());
            LocalDate day = d("2025-09-30");
            Object measure = new DevelopmentMeasures().prepare(register).forAuthority(day).get(DevelopmentMeasures.RETENTION);
            assertThat(measure).isEqualTo(on(day).getFirst().percent());
            // A hand count, the third way: A1 and A3 of the five.
            assertThat(measure).isEqualTo(100.0 * 2 / 5);
        }
    }

    static Register register(List<Employment> rows, List<Programme> programmes, List<ProgrammeReview> reviews) {
        Set<String> ids = new java.util.TreeSet<>();
        rows.forEach(r -> ids.add(r.workerId()));
        programmes.forEach(p -> ids.add(p.workerId()));
        List<Worker> workers = ids.stream().map(id -> new Worker(id, new uk.retain.workforce.SweNumber("SW" + Math.abs(id.hashCode() % 100000)), id, "Given", null, null,
                null, null, null)).toList();
        return Register.of(new Authority("999", "Test", null, null))
                .teams(List.of(new Team("T1", "Team", uk.retain.workforce.ServiceArea.CHILD_PROTECTION, null)))
                .workers(workers).employments(rows)
                .rows(ProgrammesFile.class, programmes).rows(ProgrammeReviewsFile.class, reviews).build();
    }
}
