package uk.retain.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.measures.MeasureSet;
import uk.retain.workforce.TestBundle;

/** measures.md: programme_reviews_overdue and programme_retention_percent, each boundary. */
class DevelopmentMeasuresTest {

    private static final LocalDate D = LocalDate.parse("2025-09-30");
    private static final String OVERDUE = "programme_reviews_overdue";
    private static final String RETENTION = "programme_retention_percent";

    @TempDir
    Path dir;

    /** Teams T1, T2, T3; workers W1 to W4, W1 and W2 social workers in T1 from 2020. */
    private static TestBundle people() {
        return TestBundle.withTeams("T1", "T2", "T3").workers("W1", "W2", "W3", "W4")
                .employment("W1,permanent,social_worker,T1,,1,2020-01-01,,,",
                        "W2,permanent,social_worker,T1,,1,2020-01-01,,,");
    }

    private static TestBundle programmes(TestBundle bundle, String... rows) {
        return bundle.lines("programmes.csv", lines(DevelopmentFilesTest.PROGRAMMES, rows));
    }

    private static TestBundle reviews(TestBundle bundle, String... rows) {
        return bundle.lines("programme_reviews.csv", lines(DevelopmentFilesTest.REVIEWS, rows));
    }

    private static String[] lines(String header, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = header;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return lines;
    }

    private MeasureSet.Prepared prepared(TestBundle bundle) throws Exception {
        return new DevelopmentMeasures().prepare(bundle.read(dir));
    }

    private Object authority(TestBundle bundle, String measure) throws Exception {
        return authority(bundle, measure, D);
    }

    private Object authority(TestBundle bundle, String measure, LocalDate day) throws Exception {
        return prepared(bundle).forAuthority(day).get(measure);
    }

    @Nested
    class ReviewsOverdue {

        private TestBundle oneProgramme(String row, String... reviewRows) {
            return reviews(programmes(people(), row), reviewRows);
        }

        @Test
        void aReviewDueExactlyOnDIsNotOverdueDueTheDayBeforeItIs() throws Exception {
            // 2025-06-30 plus 3 months is D itself; 2025-06-29 plus 3 months is D - 1 day.
            assertThat(authority(oneProgramme("PR1,W1,asye,,2025-06-30,,,,"), OVERDUE)).isEqualTo(0);
            assertThat(authority(oneProgramme("PR1,W1,asye,,2025-06-29,,,,"), OVERDUE)).isEqualTo(1);
        }

        @Test
        void theDueDayIsCalendarArithmetic() throws Exception {
            // Started 2025-03-31: the 6-month review is due 2025-09-30 (September has no 31st), D itself, not overdue.
            assertThat(authority(oneProgramme("PR1,W1,asye,,2025-03-31,,,,", "PR1,3_month,2025-06-30,on_track"),
                    OVERDUE)).isEqualTo(0);
            assertThat(authority(oneProgramme("PR1,W1,asye,,2025-03-29,,,,", "PR1,3_month,2025-06-30,on_track"),
                    OVERDUE)).isEqualTo(1);
        }

        @Test
        void aReviewHeldOnDCountsAsHeldOneHeldAfterDDoesNot() throws Exception {
            assertThat(authority(oneProgramme("PR1,W1,asye,,2025-06-29,,,,", "PR1,3_month,2025-09-30,on_track"), OVERDUE))
                    .isEqualTo(0);
            assertThat(authority(oneProgramme("PR1,W1,asye,,2025-06-29,,,,", "PR1,3_month,2025-10-01,on_track"), OVERDUE))
                    .isEqualTo(1);
        }

        @Test
        void onlyAReviewOfThatPointCountsAndThe9MonthAndFinalReviewsAreNeverOverdue() throws Exception {
            // Started 2024-09-02: 3, 6 and 12 months are all due before D (and 9). The 9_month and final rows cover none.
            var bundle = oneProgramme("PR1,W1,asye,,2024-09-02,,,,", "PR1,9_month,2025-06-02,on_track",
                    "PR1,final,2025-09-02,on_track");
            assertThat(authority(bundle, OVERDUE)).isEqualTo(3);
            var held = oneProgramme("PR1,W1,asye,,2024-09-02,,,,", "PR1,3_month,2024-12-02,on_track",
                    "PR1,6_month,2025-03-03,on_track", "PR1,12_month,2025-09-02,on_track");
            assertThat(authority(held, OVERDUE)).isEqualTo(0);
        }

        @Test
        void aProgrammeEndedOnDIsNotCountedOneEndedTheDayAfterIs() throws Exception {
            assertThat(authority(oneProgramme("PR1,W1,asye,,2024-09-02,,,2025-09-30,passed"), OVERDUE)).isEqualTo(0);
            assertThat(authority(oneProgramme("PR1,W1,asye,,2024-09-02,,,2025-10-01,passed"), OVERDUE)).isEqualTo(3);
        }

        @Test
        void aProgrammeStartingAfterDIsNotCounted() throws Exception {
            var bundle = oneProgramme("PR1,W1,asye,,2025-10-01,,,,");
            assertThat(authority(bundle, OVERDUE)).isEqualTo(0);
            assertThat(authority(bundle, OVERDUE, LocalDate.parse("2026-01-02"))).isEqualTo(1);
        }

        @Test
        void theEcdpIsReviewedAsTheAsyeAnAcademyIsNot() throws Exception {
            var bundle = oneProgramme("PR1,W1,ecdp,,2024-09-02,,,,");
            assertThat(authority(bundle, OVERDUE)).isEqualTo(3);
            assertThat(authority(oneProgramme("PR1,W1,academy,,2024-09-02,,,,"), OVERDUE)).isEqualTo(0);
        }

        @Test
        void byTeamTheWorkersMainTeamOnDAndOnlyTheAuthorityWhenTheyAreInNoEmployment() throws Exception {
            var bundle = reviews(programmes(people()
                            .employment("W3,agency,social_worker,T1,,0.4,2024-01-01,,,",
                                    "W3,permanent,asye_social_worker,T2,,0.6,2024-09-02,,,",
                                    "W4,permanent,asye_social_worker,T1,,1,2024-09-02,2025-09-29,3,1"),
                    "PR1,W3,asye,,2025-03-03,,,,", "PR2,W4,asye,,2025-03-03,,,,", "PR3,W1,asye,,2025-06-02,,,,"));
            var prepared = prepared(bundle);
            // PR1 (W3, main row in T2) and PR2 (W4, no employment on D) have 3- and 6-month reviews overdue; PR3 one.
            assertThat(prepared.forAuthority(D)).containsEntry(OVERDUE, 5);
            Map<String, Map<String, Object>> byTeam = prepared.byTeam(D);
            assertThat(byTeam.keySet()).containsExactly("T1", "T2", "T3");
            assertThat(byTeam.get("T1")).containsEntry(OVERDUE, 1);
            assertThat(byTeam.get("T2")).containsEntry(OVERDUE, 2);
            assertThat(byTeam.get("T3")).containsEntry(OVERDUE, 0);
        }

        @Test
        void withoutProgrammeReviewsCsvOrProgrammesCsvItIsNullForTheAuthorityAndEachTeam() throws Exception {
            var noReviews = programmes(people(), "PR1,W1,asye,,2024-09-02,,,,");
            assertThat(prepared(noReviews).forAuthority(D)).containsEntry(OVERDUE, null);
            assertThat(prepared(noReviews).byTeam(D)).allSatisfy((team, measures) -> assertThat(measures).containsEntry(OVERDUE, null));
            var neither = people();
            assertThat(prepared(neither).forAuthority(D)).containsExactly(entry(OVERDUE, null), entry(RETENTION, null));
            assertThat(prepared(neither).byTeam(D)).containsOnlyKeys("T1", "T2", "T3").allSatisfy((team, measures) ->
                    assertThat(measures).containsExactly(entry(OVERDUE, null), entry(RETENTION, null)));
        }

        @Test
        void anEmptyReviewsFileCountsEveryDueReview() throws Exception {
            assertThat(authority(oneProgramme("PR1,W1,asye,,2024-09-02,,,,"), OVERDUE)).isEqualTo(3);
        }

        @Test
        void anotherTableOfReviewPointsIsConfigurationNotCode() throws Exception {
            var steps = new ProgrammeSteps(Map.of(ProgrammeKind.ACADEMY,
                    List.of(ReviewStep.required(ReviewPoint.THREE_MONTH, 1), ReviewStep.optional(ReviewPoint.SIX_MONTH, 2))),
                    EnumSet.noneOf(ProgrammeKind.class));
            var register = oneProgramme("PR1,W1,academy,,2025-08-29,,,,").read(dir);
            // Only the academy has reviews: its 1-month review is due 2025-09-29, before D; the 2-month one is optional.
            assertThat(new DevelopmentMeasures(steps).prepare(register).forAuthority(D)).containsEntry(OVERDUE, 1);
            assertThat(new DevelopmentMeasures().prepare(register).forAuthority(D)).containsEntry(OVERDUE, 0);
        }
    }

    @Nested
    class Retention {

        /** W3: an ASYE passed on {@code endedOn}; then in non-agency employment until {@code lastDay} (empty: still). */
        private TestBundle passedOn(String endedOn, String lastDay) {
            return programmes(people().employment("W3,permanent,asye_social_worker,T2,,1,2023-01-02," + endedOn + ",,",
                            "W3,permanent,social_worker,T2,,1," + LocalDate.parse(endedOn).plusDays(1) + "," + lastDay
                                    + (lastDay.isEmpty() ? ",," : ",3,1")),
                    "PR1,W3,asye,,2023-01-02,,," + endedOn + ",passed");
        }

        @Test
        void theWindowExcludesDMinus2YearsAndIncludesDMinus1Year() throws Exception {
            assertThat(authority(passedOn("2023-09-30", ""), RETENTION)).isNull();
            assertThat(authority(passedOn("2023-10-01", ""), RETENTION)).isEqualTo(100.0);
            assertThat(authority(passedOn("2024-09-30", ""), RETENTION)).isEqualTo(100.0);
            assertThat(authority(passedOn("2024-10-01", ""), RETENTION)).isNull();
        }

        @Test
        void retainedWhenInNonAgencyEmploymentOnPPlus1Year() throws Exception {
            assertThat(authority(passedOn("2024-03-15", "2025-03-15"), RETENTION)).isEqualTo(100.0);
            assertThat(authority(passedOn("2024-03-15", "2025-03-14"), RETENTION)).isEqualTo(0.0);
        }

        @Test
        void p1YearAfterALeapDayIsThe28thOfFebruary() throws Exception {
            assertThat(authority(passedOn("2024-02-29", "2025-02-28"), RETENTION)).isEqualTo(100.0);
            assertThat(authority(passedOn("2024-02-29", "2025-02-27"), RETENTION)).isEqualTo(0.0);
        }

        @Test
        void agencyEmploymentOnPPlus1YearIsNotRetention() throws Exception {
            var bundle = programmes(people().employment("W3,permanent,asye_social_worker,T2,,1,2023-01-02,2024-03-15,3,1",
                            "W3,agency,social_worker,T2,,1,2024-03-16,,,"),
                    "PR1,W3,asye,,2023-01-02,,,2024-03-15,passed");
            assertThat(authority(bundle, RETENTION)).isEqualTo(0.0);
        }

        @Test
        void onlyAsyePlacesEndedPassedCount() throws Exception {
            var bundle = programmes(people(),
                    "PR1,W1,asye,,2023-01-02,,,2024-03-15,failed",
                    "PR2,W2,asye,,2023-01-02,,,2024-03-15,extended",
                    "PR3,W1,ecdp,,2023-01-02,,,2024-03-15,passed",
                    "PR4,W2,academy,,2023-01-02,,,2024-03-15,passed",
                    "PR5,W1,asye,,2023-01-02,,,,");
            assertThat(authority(bundle, RETENTION)).isNull();
        }

        @Test
        void thePercentageOfThePlacesInTheWindow() throws Exception {
            var bundle = programmes(people().employment("W3,permanent,asye_social_worker,T2,,1,2023-01-02,2024-03-15,3,1"),
                    "PR1,W1,asye,,2023-01-02,,,2024-03-15,passed",
                    "PR2,W2,asye,,2023-01-02,,,2024-06-15,passed",
                    "PR3,W3,asye,,2023-01-02,,,2024-03-15,passed");
            assertThat(authority(bundle, RETENTION)).isEqualTo(200.0 / 3);
        }

        @Test
        void byTeamTheMainTeamOnPAndOnlyTheAuthorityWhenTheWorkerHasNoRowOnP() throws Exception {
            // W3's main row on p is their agency row in T3 (all rows count), in T1 afterwards; W4 has no row on p
            // (joined after it), so counts only for the authority.
            var bundle = programmes(people().employment(
                            "W3,permanent,asye_social_worker,T2,,0.4,2023-01-02,2024-03-15,,",
                            "W3,agency,social_worker,T3,,0.6,2023-01-02,2024-03-15,,",
                            "W3,permanent,social_worker,T1,,1,2024-03-16,,,",
                            "W4,permanent,social_worker,T1,,1,2024-04-01,,,"),
                    "PR1,W3,asye,,2023-01-02,,,2024-03-15,passed",
                    "PR2,W4,asye,,2023-01-02,,,2024-03-15,passed",
                    "PR3,W2,asye,,2023-01-02,,,2024-03-15,passed");
            var prepared = prepared(bundle);
            assertThat(prepared.forAuthority(D)).containsEntry(RETENTION, 100.0);
            var byTeam = prepared.byTeam(D);
            assertThat(byTeam.get("T1")).containsEntry(RETENTION, 100.0);
            assertThat(byTeam.get("T2")).containsEntry(RETENTION, null);
            assertThat(byTeam.get("T3")).containsEntry(RETENTION, 100.0);
        }

        @Test
        void withoutProgrammeReviewsCsvRetentionIsStillGiven() throws Exception {
            assertThat(prepared(passedOn("2024-03-15", "")).forAuthority(D)).containsExactly(entry(OVERDUE, null),
                    entry(RETENTION, 100.0));
        }
    }
}
