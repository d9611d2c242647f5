package uk.retain.development;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.workforce.ProblemAssertions.at;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.BundleFileTypes;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * exchange-format.md, programmes.csv, programme_reviews.csv, development.csv and qualifications.csv: each file valid
 * on its own, and each of its rules broken by one change that gives exactly the one problem it causes.
 */
class DevelopmentFilesTest {

    static final String PROGRAMMES = "programme_id,worker_id,programme,cohort,start_date,assessor_id,probation_end,ended_on,outcome";
    static final String REVIEWS = "programme_id,review,held_on,outcome";
    static final String DEVELOPMENT = "worker_id,date,activity,hours,kss,title";
    static final String QUALIFICATIONS = "worker_id,qualification,awarded_on,expires_on";

    @TempDir
    Path dir;

    /**
     * The minimal bundle (workers W1, W2, W3) with each of the module's files valid:
     *
     * <pre>
     * programmes.csv         line 2 PR1 W1 asye, ended passed    line 3 PR2 W2 ecdp, running    line 4 PR3 W3 academy, left
     * programme_reviews.csv  line 2 PR1 3_month  line 3 PR1 6_month  line 4 PR1 final  line 5 PR2 3_month
     * development.csv        lines 2 to 4
     * qualifications.csv     lines 2 to 4
     * </pre>
     */
    static TestBundle valid() {
        return TestBundle.minimal()
                .lines("programmes.csv", PROGRAMMES,
                        "PR1,W1,asye,2024-09,2024-09-02,W3,2025-03-01,2025-09-01,passed",
                        "PR2,W2,ecdp,,2025-01-06,,,,",
                        "PR3,W3,academy,,2023-01-01,W1,,2023-01-01,left")
                .lines("programme_reviews.csv", REVIEWS,
                        "PR1,3_month,2024-12-02,on_track",
                        "PR1,6_month,2025-03-03,concerns",
                        "PR1,final,2025-09-01,on_track",
                        "PR2,3_month,2025-01-06,not_on_track")
                .lines("development.csv", DEVELOPMENT,
                        "W1,2025-01-15,course,7.5,P1;P6;S8;L6,Court skills",
                        "W2,2025-02-01,reading_research,100,,",
                        "W3,2025-02-02,other,0.01,P10,")
                .lines("qualifications.csv", QUALIFICATIONS,
                        "W1,practice_educator_1,2020-05-01,",
                        "W3,amhp,2019-01-01,2024-01-01",
                        "W3,bia,2022-03-01,2022-03-01");
    }

    private List<Problem> problems(TestBundle bundle) {
        return bundle.problems(dir);
    }

    private List<Problem> problemsWithCell(String file, int line, String column, String value) {
        return problems(valid().cell(file, line, column, value));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Nested
    class ValidFiles {

        @Test
        void eachFileReadsWithoutAProblemIntoItsRows() throws Exception {
            Register register = valid().read(dir);
            assertThat(register.rows(ProgrammesFile.class)).containsExactly(
                    new Programme("PR1", "W1", ProgrammeKind.ASYE, "2024-09", day("2024-09-02"), "W3", day("2025-03-01"),
                            day("2025-09-01"), ProgrammeOutcome.PASSED),
                    new Programme("PR2", "W2", ProgrammeKind.ECDP, null, day("2025-01-06"), null, null, null, null),
                    new Programme("PR3", "W3", ProgrammeKind.ACADEMY, null, day("2023-01-01"), "W1", null,
                            day("2023-01-01"), ProgrammeOutcome.LEFT));
            assertThat(register.rows(ProgrammeReviewsFile.class)).hasSize(4).first()
                    .isEqualTo(new ProgrammeReview("PR1", ReviewPoint.THREE_MONTH, day("2024-12-02"), ReviewOutcome.ON_TRACK));
            assertThat(register.rows(DevelopmentFile.class)).containsExactly(
                    new DevelopmentActivity("W1", day("2025-01-15"), Activity.COURSE, new BigDecimal("7.5"),
                            List.of(KssStatement.P1, KssStatement.P6, KssStatement.S8, KssStatement.L6), "Court skills"),
                    new DevelopmentActivity("W2", day("2025-02-01"), Activity.READING_RESEARCH, new BigDecimal("100"),
                            List.of(), null),
                    new DevelopmentActivity("W3", day("2025-02-02"), Activity.OTHER, new BigDecimal("0.01"),
                            List.of(KssStatement.P10), null));
            assertThat(register.rows(QualificationsFile.class)).containsExactly(
                    new Qualification("W1", QualificationKind.PRACTICE_EDUCATOR_1, day("2020-05-01"), null),
                    new Qualification("W3", QualificationKind.AMHP, day("2019-01-01"), day("2024-01-01")),
                    new Qualification("W3", QualificationKind.BIA, day("2022-03-01"), day("2022-03-01")));
        }

        @Test
        void eachFileAloneIsValidToo() throws Exception {
            var all = valid();
            for (String file : List.of("programmes.csv", "development.csv", "qualifications.csv")) {
                var bundle = TestBundle.minimal().lines(file, all.lines(file).toArray(String[]::new));
                assertThat(bundle.read(dir).capabilityFiles()).containsOnlyKeys(file);
            }
        }

        @Test
        void theFilesAreRegisteredInTheFormatsOrder() {
            assertThat(BundleFileTypes.all()).extracting(BundleFileType::fileName)
                    .containsSubsequence("programmes.csv", "programme_reviews.csv", "development.csv", "qualifications.csv");
            assertThat(BundleFileTypes.of(ProgrammesFile.class).order()).isEqualTo(100);
            assertThat(BundleFileTypes.of(ProgrammeReviewsFile.class).order()).isEqualTo(110);
            assertThat(BundleFileTypes.of(DevelopmentFile.class).order()).isEqualTo(120);
            assertThat(BundleFileTypes.of(QualificationsFile.class).order()).isEqualTo(130);
        }

        @Test
        void everyRowWrittenBackReadsAsTheSameRow() throws Exception {
            Register register = valid().read(dir);
            var bundle = TestBundle.minimal();
            writeBack(bundle, register, new ProgrammesFile(), ProgrammesFile.class);
            writeBack(bundle, register, new ProgrammeReviewsFile(), ProgrammeReviewsFile.class);
            writeBack(bundle, register, new DevelopmentFile(), DevelopmentFile.class);
            writeBack(bundle, register, new QualificationsFile(), QualificationsFile.class);
            assertThat(bundle.read(dir).capabilityFiles()).isEqualTo(register.capabilityFiles());
        }

        private <T> void writeBack(TestBundle bundle, Register register, BundleFileType<T> type,
                Class<? extends BundleFileType<T>> file) {
            List<String> lines = new ArrayList<>();
            lines.add(String.join(",", type.columns()));
            for (T row : register.rows(file)) {
                lines.add(String.join(",", type.cells(row).stream().map(cell -> cell == null ? "" : cell).toList()));
            }
            bundle.lines(type.fileName(), lines.toArray(String[]::new));
        }
    }

    @Nested
    class Programmes {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"programme_id", "worker_id", "programme", "start_date"})
        void aRequiredCellMustHaveAValue(String column) {
            // PR2 (line 3) has no reviews, so that an empty programme_id causes no second problem.
            var bundle = valid().replace("programme_reviews.csv", "PR2,3_month,2025-01-06,not_on_track\n", "");
            assertThat(problems(bundle.cell("programmes.csv", 3, column, "")))
                    .satisfiesExactly(at("programmes.csv", 3, column, "a value is required"));
        }

        @Test
        void theWorkerMustBeInWorkersCsv() {
            assertThat(problemsWithCell("programmes.csv", 3, "worker_id", "W9"))
                    .satisfiesExactly(at("programmes.csv", 3, "worker_id", "'W9' is not in workers.csv"));
        }

        @Test
        void theAssessorMustBeInWorkersCsv() {
            assertThat(problemsWithCell("programmes.csv", 2, "assessor_id", "W9"))
                    .satisfiesExactly(at("programmes.csv", 2, "assessor_id", "'W9' is not in workers.csv"));
        }

        @Test
        void theProgrammeIdIsUniqueWithinTheFile() {
            assertThat(problemsWithCell("programmes.csv", 4, "programme_id", "PR1"))
                    .satisfiesExactly(at("programmes.csv", 4, "programme_id", "'PR1' is already used on line 2"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"programme, ASYE", "programme, induction", "outcome, pass", "outcome, Passed"})
        void aCodeMustBeOneOfTheContracts(String column, String value) {
            assertThat(problemsWithCell("programmes.csv", 2, column, value))
                    .satisfiesExactly(at("programmes.csv", 2, column, "'" + value + "' is not one of"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"start_date", "probation_end", "ended_on"})
        void aDateMustBeADate(String column) {
            var problems = problemsWithCell("programmes.csv", 2, column, "2025-02-30");
            assertThat(problems).satisfiesExactly(at("programmes.csv", 2, column, "'2025-02-30' is not a date"));
        }

        @Test
        void endedOnIsNotBeforeTheStart() {
            assertThat(problemsWithCell("programmes.csv", 2, "ended_on", "2024-09-01"))
                    .satisfiesExactly(at("programmes.csv", 2, "ended_on", "ended_on 2024-09-01 is before the start 2024-09-02"));
        }

        @Test
        void anOutcomeIsRequiredWhenEndedOnIsGiven() {
            assertThat(problemsWithCell("programmes.csv", 2, "outcome", ""))
                    .satisfiesExactly(at("programmes.csv", 2, "outcome", "required when ended_on is given"));
        }

        @Test
        void anOutcomeIsGivenOnlyWhenEndedOnIs() {
            assertThat(problemsWithCell("programmes.csv", 3, "outcome", "withdrawn"))
                    .satisfiesExactly(at("programmes.csv", 3, "outcome", "ended_on is empty"));
        }

        @Test
        void theColumnsMayComeInAnyOrderAndTheOptionalOnesMayBeLeftOut() throws Exception {
            var bundle = TestBundle.minimal().lines("programmes.csv", "start_date,programme,worker_id,programme_id",
                    "2025-01-06,asye,W1,PR1");
            assertThat(bundle.read(dir).rows(ProgrammesFile.class)).containsExactly(
                    new Programme("PR1", "W1", ProgrammeKind.ASYE, null, day("2025-01-06"), null, null, null, null));
        }
    }

    @Nested
    class ProgrammeReviews {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"programme_id", "review", "held_on", "outcome"})
        void aRequiredCellMustHaveAValue(String column) {
            assertThat(problemsWithCell("programme_reviews.csv", 3, column, ""))
                    .satisfiesExactly(at("programme_reviews.csv", 3, column, "a value is required"));
        }

        @Test
        void theProgrammeMustBeInProgrammesCsv() {
            assertThat(problemsWithCell("programme_reviews.csv", 5, "programme_id", "PR9"))
                    .satisfiesExactly(at("programme_reviews.csv", 5, "programme_id", "'PR9' is not in programmes.csv"));
        }

        @Test
        void withoutProgrammesCsvEveryReviewSaysSo() {
            var problems = problems(valid().without("programmes.csv"));
            assertThat(problems).hasSize(4).allSatisfy(problem -> assertThat(problem.message())
                    .contains("refers to programmes.csv, but the bundle has none"));
            assertThat(problems.get(0)).satisfies(at("programme_reviews.csv", 2, "programme_id"));
        }

        @Test
        void aProgrammeWhoseRowHasAProblemIsStillKnownSoItsReviewsGiveNoSecondProblem() {
            assertThat(problemsWithCell("programmes.csv", 2, "programme", "asy"))
                    .satisfiesExactly(at("programmes.csv", 2, "programme", "'asy' is not one of"));
        }

        @Test
        void heldOnIsNotBeforeTheProgrammesStart() {
            assertThat(problemsWithCell("programme_reviews.csv", 5, "held_on", "2025-01-05"))
                    .satisfiesExactly(at("programme_reviews.csv", 5, "held_on",
                            "held_on 2025-01-05 is before the start 2025-01-06 of programme 'PR2'"));
        }

        @Test
        void atMostOneRowPerProgrammeAndReview() {
            var bundle = valid().replace("programme_reviews.csv", "PR1,final,", "PR1,3_month,");
            assertThat(problems(bundle)).satisfiesExactly(at("programme_reviews.csv", 4, "review",
                    "programme 'PR1' already has a 3_month review on line 2"));
        }

        @Test
        void theSameReviewOfAnotherProgrammeIsNoDuplicate() throws Exception {
            assertThat(valid().read(dir).rows(ProgrammeReviewsFile.class)).extracting(ProgrammeReview::review)
                    .containsExactly(ReviewPoint.THREE_MONTH, ReviewPoint.SIX_MONTH, ReviewPoint.FINAL, ReviewPoint.THREE_MONTH);
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"review, 3_months", "review, 24_month", "outcome, ok", "outcome, on track"})
        void aCodeMustBeOneOfTheContracts(String column, String value) {
            assertThat(problemsWithCell("programme_reviews.csv", 2, column, value))
                    .satisfiesExactly(at("programme_reviews.csv", 2, column, "'" + value + "' is not one of"));
        }

        @Test
        void everyReviewPointAndOutcomeIsAccepted() throws Exception {
            var bundle = valid().lines("programme_reviews.csv", REVIEWS,
                    "PR2,3_month,2025-04-07,on_track", "PR2,6_month,2025-07-07,concerns",
                    "PR2,9_month,2025-10-06,not_on_track", "PR2,12_month,2026-01-06,on_track", "PR2,final,2026-01-06,on_track");
            assertThat(bundle.read(dir).rows(ProgrammeReviewsFile.class)).extracting(ProgrammeReview::review)
                    .containsExactly(ReviewPoint.values());
        }
    }

    @Nested
    class Development {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"worker_id", "date", "activity", "hours"})
        void aRequiredCellMustHaveAValue(String column) {
            assertThat(problemsWithCell("development.csv", 2, column, ""))
                    .satisfiesExactly(at("development.csv", 2, column, "a value is required"));
        }

        @Test
        void theWorkerMustBeInWorkersCsv() {
            assertThat(problemsWithCell("development.csv", 3, "worker_id", "W9"))
                    .satisfiesExactly(at("development.csv", 3, "worker_id", "'W9' is not in workers.csv"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0", "0.0", "100.01", "101", "1000"})
        void hoursAreMoreThan0AndAtMost100(String hours) {
            assertThat(problemsWithCell("development.csv", 2, "hours", hours))
                    .satisfiesExactly(at("development.csv", 2, "hours", "more than 0 and at most 100, not " + hours));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"-1", "1,5", "two", "1e2"})
        void hoursAreANumber(String hours) {
            assertThat(problems(valid().cell("development.csv", 2, "hours", hours.replace(",", ";"))))
                    .satisfiesExactly(at("development.csv", 2, "hours", "is not a number"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0.01", "1", "100", "100.00"})
        void hoursUpToAndIncluding100AreAccepted(String hours) throws Exception {
            assertThat(valid().cell("development.csv", 2, "hours", hours).read(dir).rows(DevelopmentFile.class).get(0).hours())
                    .isEqualTo(new BigDecimal(hours));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"P0", "P11", "S9", "L7", "p1", "P1;;P2", "P1; P2", "K1"})
        void kssCodesAreThoseOfTheStatements(String kss) {
            assertThat(problemsWithCell("development.csv", 2, "kss", kss))
                    .satisfiesExactly(at("development.csv", 2, "kss", "is not one of"));
        }

        @Test
        void everyStatementIsAccepted() throws Exception {
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                codes.add("P" + i);
            }
            for (int i = 1; i <= 8; i++) {
                codes.add("S" + i);
            }
            for (int i = 1; i <= 6; i++) {
                codes.add("L" + i);
            }
            var bundle = valid().cell("development.csv", 2, "kss", String.join(";", codes));
            assertThat(bundle.read(dir).rows(DevelopmentFile.class).get(0).kss()).containsExactly(KssStatement.values());
        }

        @Test
        void theActivityIsOneOfTheContracts() {
            assertThat(problemsWithCell("development.csv", 2, "activity", "webinar"))
                    .satisfiesExactly(at("development.csv", 2, "activity", "'webinar' is not one of: course, observation, "
                            + "supervision_training, reading_research, shadowing, conference, other"));
        }
    }

    @Nested
    class Qualifications {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"worker_id", "qualification", "awarded_on"})
        void aRequiredCellMustHaveAValue(String column) {
            assertThat(problemsWithCell("qualifications.csv", 2, column, ""))
                    .satisfiesExactly(at("qualifications.csv", 2, column, "a value is required"));
        }

        @Test
        void theWorkerMustBeInWorkersCsv() {
            assertThat(problemsWithCell("qualifications.csv", 2, "worker_id", "W9"))
                    .satisfiesExactly(at("qualifications.csv", 2, "worker_id", "'W9' is not in workers.csv"));
        }

        @Test
        void expiresOnIsNotBeforeAwardedOn() {
            assertThat(problemsWithCell("qualifications.csv", 4, "expires_on", "2022-02-28"))
                    .satisfiesExactly(at("qualifications.csv", 4, "expires_on",
                            "expires_on 2022-02-28 is before awarded_on 2022-03-01"));
        }

        @Test
        void theQualificationIsOneOfTheContracts() {
            assertThat(problemsWithCell("qualifications.csv", 2, "qualification", "practice_educator_3"))
                    .satisfiesExactly(at("qualifications.csv", 2, "qualification", "'practice_educator_3' is not one of: "
                            + "practice_educator_1, practice_educator_2, amhp, bia, practice_supervisor, other"));
        }

        @Test
        void everyQualificationIsAccepted() throws Exception {
            var bundle = valid().lines("qualifications.csv", QUALIFICATIONS, "W1,practice_educator_1,2020-01-01,",
                    "W1,practice_educator_2,2021-01-01,", "W1,amhp,2021-01-01,2026-01-01", "W2,bia,2021-01-01,",
                    "W2,practice_supervisor,2022-01-01,", "W3,other,2023-01-01,");
            assertThat(bundle.read(dir).rows(QualificationsFile.class)).extracting(Qualification::qualification)
                    .containsExactly(QualificationKind.values());
        }
    }
}
