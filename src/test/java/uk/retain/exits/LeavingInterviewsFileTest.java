package uk.retain.exits;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.workforce.ProblemAssertions.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * exchange-format.md, leaving_interviews.csv: each rule broken once on line 2 gives exactly its one problem at
 * {@code file:line: column}. The minimal bundle's W3 leaves on 2023-12-31; W1 (permanent) and W2 (agency) never
 * leave.
 */
class LeavingInterviewsFileTest {

    static final String FILE = "leaving_interviews.csv";
    static final String HEADER = "worker_id,held_on,main_reason,other_reasons,would_return,would_recommend";

    @TempDir
    Path dir;

    private static TestBundle withInterviews(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return TestBundle.minimal().lines(FILE, lines);
    }

    private List<Problem> problemsOf(String... rows) {
        return withInterviews(rows).problems(dir);
    }

    // ---- a valid file --------------------------------------------------------------------------------------

    @Test
    void aValidFileReportsNoProblemAndIsRead() throws InvalidBundleException {
        Register register = withInterviews(
                "W3,2024-01-15,caseload,pay;travel,false,true",
                "W3,2023-12-01,other,,,").read(dir);

        assertThat(register.has(LeavingInterviewsFile.class)).isTrue();
        assertThat(register.rows(LeavingInterviewsFile.class)).containsExactly(
                new LeavingInterview("W3", LocalDate.of(2024, 1, 15), LeavingReason.CASELOAD,
                        List.of(LeavingReason.PAY, LeavingReason.TRAVEL), false, true),
                new LeavingInterview("W3", LocalDate.of(2023, 12, 1), LeavingReason.OTHER, List.of(), null, null));
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() throws InvalidBundleException {
        Register register = TestBundle.minimal()
                .lines(FILE, "main_reason,held_on,worker_id", "retirement,2024-01-02,W3").read(dir);

        assertThat(register.rows(LeavingInterviewsFile.class)).containsExactly(
                new LeavingInterview("W3", LocalDate.of(2024, 1, 2), LeavingReason.RETIREMENT, List.of(), null, null));
    }

    @Test
    void everyReasonCodeOfTheContractIsAccepted() throws InvalidBundleException {
        String all = "caseload;supervision_support;management;pay;career_progression;travel;flexibility;wellbeing;"
                + "personal;retirement;other";
        Register register = withInterviews("W3,2024-01-15,supervision_support," + all + ",true,false").read(dir);

        assertThat(register.rows(LeavingInterviewsFile.class).getFirst().otherReasons())
                .containsExactly(LeavingReason.values());
    }

    @Test
    void withoutTheFileTheRegisterHasNoInterviews() throws InvalidBundleException {
        Register register = TestBundle.minimal().read(dir);

        assertThat(register.has(LeavingInterviewsFile.class)).isFalse();
        assertThat(register.rows(LeavingInterviewsFile.class)).isEmpty();
    }

    @Test
    void whatTheFileWritesReadsBackTheSame() throws InvalidBundleException {
        LeavingInterviewsFile type = new LeavingInterviewsFile();
        List<LeavingInterview> interviews = List.of(
                new LeavingInterview("W3", LocalDate.of(2024, 1, 15), LeavingReason.PAY,
                        List.of(LeavingReason.CASELOAD, LeavingReason.OTHER), true, false),
                new LeavingInterview("W3", LocalDate.of(2023, 11, 1), LeavingReason.WELLBEING, List.of(), null, null));
        String[] lines = new String[interviews.size() + 1];
        lines[0] = String.join(",", type.columns());
        for (int i = 0; i < interviews.size(); i++) {
            lines[i + 1] = String.join(",", type.cells(interviews.get(i)).stream().map(c -> c == null ? "" : c).toList());
        }

        Register register = TestBundle.minimal().lines(FILE, lines).read(dir);

        assertThat(register.rows(LeavingInterviewsFile.class)).isEqualTo(interviews);
    }

    // ---- one cell ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"worker_id", "held_on", "main_reason"})
    void aRequiredCellMayNotBeEmpty(String column) {
        TestBundle bundle = withInterviews("W3,2024-01-15,caseload,pay,false,true").cell(FILE, 2, column, "");

        assertThat(bundle.problems(dir)).singleElement().satisfies(at(FILE, 2, column, "a value is required"));
    }

    @Test
    void aRequiredColumnMayNotBeMissing() {
        List<Problem> problems = TestBundle.minimal().lines(FILE, "worker_id,held_on", "W3,2024-01-15").problems(dir);

        assertThat(problems).singleElement().satisfies(at(FILE, 1, "main_reason"));
    }

    @Test
    void anUnknownColumnIsRefused() {
        List<Problem> problems = TestBundle.minimal()
                .lines(FILE, HEADER + ",reason_text", "W3,2024-01-15,caseload,,,,too many cases").problems(dir);

        assertThat(problems).singleElement().satisfies(at(FILE, 1, "reason_text"));
    }

    @Test
    void theWorkerIdIsAtMost64Characters() {
        assertThat(problemsOf("W".repeat(65) + ",2024-01-15,caseload,,,")).singleElement()
                .satisfies(at(FILE, 2, "worker_id", "at most 64 characters"));
    }

    @Test
    void heldOnIsAnIsoDate() {
        assertThat(problemsOf("W3,15/01/2024,caseload,,,")).singleElement()
                .satisfies(at(FILE, 2, "held_on", "'15/01/2024' is not a date in the form YYYY-MM-DD"));
    }

    @Test
    void theMainReasonIsOneOfTheCodes() {
        assertThat(problemsOf("W3,2024-01-15,Caseload,,,")).singleElement()
                .satisfies(at(FILE, 2, "main_reason", "'Caseload' is not one of: caseload, supervision_support"));
    }

    @Test
    void otherReasonsAreCodesOfTheSameList() {
        assertThat(problemsOf("W3,2024-01-15,caseload,pay;money,,")).singleElement()
                .satisfies(at(FILE, 2, "other_reasons", "'money' is not one of: caseload"));
    }

    @Test
    void otherReasonsAreSeparatedBySemicolonsWithoutSpaces() {
        assertThat(problemsOf("W3,2024-01-15,caseload,pay; travel,,")).singleElement()
                .satisfies(at(FILE, 2, "other_reasons", "' travel' is not one of", "no spaces"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"would_return", "would_recommend"})
    void theAnswersAreBooleans(String column) {
        TestBundle bundle = withInterviews("W3,2024-01-15,caseload,,true,false").cell(FILE, 2, column, "yes");

        assertThat(bundle.problems(dir)).singleElement().satisfies(at(FILE, 2, column, "'yes' is not true or false"));
    }

    // ---- across files --------------------------------------------------------------------------------------

    @Test
    void theWorkerIsInWorkersCsv() {
        assertThat(problemsOf("W3,2024-01-15,caseload,,,", "W9,2024-01-15,caseload,,,")).singleElement()
                .satisfies(at(FILE, 3, "worker_id", "'W9' is not in workers.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-11-01", "2023-12-31", "2024-02-29"})
    void anInterviewUpTo60DaysBeforeOrAfterTheLeavingIsAllowed(String heldOn) throws InvalidBundleException {
        // W3 leaves on 2023-12-31: 2023-11-01 is 60 days before, 2024-02-29 60 days after (2024 is a leap year).
        Register register = withInterviews("W3," + heldOn + ",caseload,,,").read(dir);

        assertThat(register.rows(LeavingInterviewsFile.class)).hasSize(1);
    }

    @Test
    void anInterview61DaysBeforeTheLeavingIsRefused() {
        assertThat(problemsOf("W3,2023-10-31,caseload,,,")).singleElement()
                .satisfies(at(FILE, 2, "worker_id", "worker 'W3' leaves on 2023-12-31, none within 60 days of held_on 2023-10-31"));
    }

    @Test
    void anInterview61DaysAfterTheLeavingIsRefused() {
        assertThat(problemsOf("W3,2024-03-01,caseload,,,")).singleElement()
                .satisfies(at(FILE, 2, "worker_id", "worker 'W3' leaves on 2023-12-31, none within 60 days of held_on 2024-03-01"));
    }

    @Test
    void aWorkerWhoNeverLeavesHasNoLeavingInterview() {
        assertThat(problemsOf("W1,2024-01-15,caseload,,,")).singleElement()
                .satisfies(at(FILE, 2, "worker_id", "worker 'W1' never leaves", "within 60 days"));
    }

    @Test
    void anAgencyWorkerNeverLeavesInTheSenseOfTheMeasures() {
        // W2 has only an agency row: leaving is of non-agency employment.
        assertThat(problemsOf("W2,2024-01-15,caseload,,,")).singleElement()
                .satisfies(at(FILE, 2, "worker_id", "worker 'W2' never leaves"));
    }

    @Test
    void aRowThatIsContinuedIsNotALeaving() {
        // W4 changes team on 2024-06-30/07-01 and is still employed: no leaving then.
        List<Problem> problems = withInterviews("W4,2024-06-30,management,,,")
                .worker("W4")
                .employment("W4,permanent,social_worker,T1,,0.5,2022-01-01,2024-06-30,,",
                        "W4,permanent,social_worker,T2,,0.5,2024-07-01,,,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at(FILE, 2, "worker_id", "worker 'W4' never leaves"));
    }

    @Test
    void anyOfTheWorkersLeavingsWillDoAndTheProblemNamesThemAll() {
        TestBundle bundle = withInterviews("W4,2021-05-01,pay,,,", "W4,2022-06-01,pay,,,")
                .worker("W4")
                .employment("W4,permanent,social_worker,T1,,1,2020-01-01,2021-03-31,3,",
                        "W4,permanent,social_worker,T1,,1,2022-01-01,2024-06-30,3,");

        assertThat(bundle.problems(dir)).singleElement().satisfies(
                at(FILE, 3, "worker_id", "worker 'W4' leaves on 2021-03-31, 2024-06-30, none within 60 days of held_on 2022-06-01"));
    }
}
