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
 * exchange-format.md, survey_responses.csv: each rule broken once gives exactly its one problem at
 * {@code file:line: column}; the minimal bundle has teams T1 and T2.
 */
class SurveyResponsesFileTest {

    static final String FILE = "survey_responses.csv";
    static final String HEADER = "survey_id,response_id,team_id,surveyed_on,question,answer";
    static final String GOOD = "hc-2025,R1,T1,2025-03-01,workload_manageable,4";

    @TempDir
    Path dir;

    private static TestBundle withResponses(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return TestBundle.minimal().lines(FILE, lines);
    }

    private List<Problem> problemsOf(String... rows) {
        return withResponses(rows).problems(dir);
    }

    // ---- a valid file --------------------------------------------------------------------------------------

    @Test
    void aValidFileReportsNoProblemAndIsRead() throws InvalidBundleException {
        Register register = withResponses(GOOD,
                "hc-2025,R1,T1,2025-03-01,own_question_2,1",
                "hc-2025,R2,,2025-03-02,workload_manageable,5",
                "hc-2026,R1,T2,2026-03-01,workload_manageable,3").read(dir);

        assertThat(register.rows(SurveyResponsesFile.class)).containsExactly(
                new SurveyResponse("hc-2025", "R1", "T1", LocalDate.of(2025, 3, 1), "workload_manageable", 4),
                new SurveyResponse("hc-2025", "R1", "T1", LocalDate.of(2025, 3, 1), "own_question_2", 1),
                new SurveyResponse("hc-2025", "R2", null, LocalDate.of(2025, 3, 2), "workload_manageable", 5),
                new SurveyResponse("hc-2026", "R1", "T2", LocalDate.of(2026, 3, 1), "workload_manageable", 3));
        assertThat(register.rows(SurveyResponsesFile.class).get(0).standardQuestion()).contains(SurveyQuestion.WORKLOAD_MANAGEABLE);
        assertThat(register.rows(SurveyResponsesFile.class).get(1).standardQuestion()).isEmpty();
    }

    @Test
    void everyStandardQuestionIsAccepted() throws InvalidBundleException {
        String[] rows = new String[SurveyQuestion.values().length];
        for (SurveyQuestion question : SurveyQuestion.values()) {
            rows[question.ordinal()] = "s,R1,,2025-03-01," + question.code() + ",3";
        }

        assertThat(withResponses(rows).read(dir).rows(SurveyResponsesFile.class)).hasSize(SurveyQuestion.values().length);
    }

    @Test
    void theTeamColumnMayBeLeftOut() throws InvalidBundleException {
        Register register = TestBundle.minimal()
                .lines(FILE, "answer,question,surveyed_on,response_id,survey_id", "2,feel_valued,2025-03-01,R1,s").read(dir);

        assertThat(register.rows(SurveyResponsesFile.class)).containsExactly(
                new SurveyResponse("s", "R1", null, LocalDate.of(2025, 3, 1), "feel_valued", 2));
    }

    @Test
    void whatTheFileWritesReadsBackTheSame() throws InvalidBundleException {
        SurveyResponsesFile type = new SurveyResponsesFile();
        List<SurveyResponse> responses = List.of(
                new SurveyResponse("hc", "R1", "T2", LocalDate.of(2025, 3, 1), "intend_to_stay_2y", 5),
                new SurveyResponse("hc", "R2", null, LocalDate.of(2025, 3, 1), "own_code", 1));
        String[] lines = new String[responses.size() + 1];
        lines[0] = String.join(",", type.columns());
        for (int i = 0; i < responses.size(); i++) {
            lines[i + 1] = String.join(",", type.cells(responses.get(i)).stream().map(c -> c == null ? "" : c).toList());
        }

        assertThat(TestBundle.minimal().lines(FILE, lines).read(dir).rows(SurveyResponsesFile.class)).isEqualTo(responses);
    }

    // ---- one cell ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"survey_id", "response_id", "surveyed_on", "question", "answer"})
    void aRequiredCellMayNotBeEmpty(String column) {
        TestBundle bundle = withResponses(GOOD).cell(FILE, 2, column, "");

        assertThat(bundle.problems(dir)).singleElement().satisfies(at(FILE, 2, column, "a value is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey_id", "response_id", "team_id"})
    void identifiersAreAtMost64Characters(String column) {
        TestBundle bundle = withResponses(GOOD).cell(FILE, 2, column, "x".repeat(65));

        assertThat(bundle.problems(dir)).singleElement().satisfies(at(FILE, 2, column, "at most 64 characters"));
    }

    @Test
    void theTeamIsInTeamsCsv() {
        assertThat(problemsOf(GOOD, "hc-2025,R2,T9,2025-03-01,workload_manageable,4")).singleElement()
                .satisfies(at(FILE, 3, "team_id", "'T9' is not in teams.csv"));
    }

    @Test
    void surveyedOnIsAnIsoDate() {
        assertThat(problemsOf("hc-2025,R1,T1,2025-02-30,workload_manageable,4")).singleElement()
                .satisfies(at(FILE, 2, "surveyed_on", "'2025-02-30' is not a date in the form YYYY-MM-DD"));
    }

    @Test
    void aCouncilsOwnQuestionCodeOf64CharactersIsAccepted() throws InvalidBundleException {
        String code = "q_" + "a1".repeat(31);
        assertThat(code).hasSize(64);

        assertThat(withResponses("hc,R1,,2025-03-01," + code + ",3").read(dir).rows(SurveyResponsesFile.class))
                .extracting(SurveyResponse::question).containsExactly(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Workload_manageable", "workload-manageable", "feel valued", "café"})
    void aQuestionCodeIsLowerCaseLettersDigitsAndUnderscores(String question) {
        assertThat(problemsOf("hc,R1,,2025-03-01," + question + ",3")).singleElement()
                .satisfies(at(FILE, 2, "question", "'" + question + "' is not a question code", "workload_manageable",
                        "lower-case letters, digits and underscores"));
    }

    @Test
    void aQuestionCodeIsAtMost64Characters() {
        String code = "q".repeat(65);

        assertThat(problemsOf("hc,R1,,2025-03-01," + code + ",3")).singleElement()
                .satisfies(at(FILE, 2, "question", "at most 64 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "5"})
    void answersFrom1To5AreAccepted(String answer) throws InvalidBundleException {
        assertThat(withResponses("hc,R1,,2025-03-01,feel_valued," + answer).read(dir).rows(SurveyResponsesFile.class))
                .extracting(SurveyResponse::answer).containsExactly(Integer.valueOf(answer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "3.5", "03", "-1", "three", "10"})
    void anAnswerIsAWholeNumberFrom1To5(String answer) {
        assertThat(problemsOf("hc,R1,,2025-03-01,feel_valued," + answer)).singleElement()
                .satisfies(at(FILE, 2, "answer", "'" + answer + "' is not an answer", "from 1", "to 5"));
    }

    // ---- across rows ---------------------------------------------------------------------------------------

    @Test
    void aPersonAnswersAQuestionOfASurveyOnce() {
        List<Problem> problems = problemsOf(GOOD,
                "hc-2025,R2,T1,2025-03-01,workload_manageable,2",
                "hc-2025,R1,T2,2025-03-05,workload_manageable,1");

        assertThat(problems).singleElement().satisfies(at(FILE, 4, "response_id",
                "response 'R1' of survey 'hc-2025' already answers question 'workload_manageable' on line 2"));
    }

    @Test
    void everyLaterDuplicateNamesTheFirstLine() {
        List<Problem> problems = problemsOf(GOOD, GOOD, GOOD);

        assertThat(problems).satisfiesExactly(
                at(FILE, 3, "response_id", "on line 2"),
                at(FILE, 4, "response_id", "on line 2"));
    }

    @Test
    void theSameResponseIdInAnotherSurveyOrForAnotherQuestionIsNoDuplicate() throws InvalidBundleException {
        Register register = withResponses(GOOD,
                "hc-2026,R1,T1,2025-03-01,workload_manageable,4",
                "hc-2025,R1,T1,2025-03-01,feel_valued,4").read(dir);

        assertThat(register.rows(SurveyResponsesFile.class)).hasSize(3);
    }
}
