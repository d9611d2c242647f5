package uk.retain.exits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.Coded;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * {@code survey_responses.csv}: one anonymous answer to one question of a staff survey. A person answers each
 * question of a survey once: {@code (survey_id, response_id, question)} is unique.
 */
public final class SurveyResponsesFile extends BundleFileType<SurveyResponse> {

    public static final String FILE = "survey_responses.csv";
    /** A council's own question code: lower-case letters, digits and underscores, at most 64 characters. */
    private static final Pattern OWN_QUESTION = Pattern.compile("[a-z0-9_]{1,64}");

    public SurveyResponsesFile() {
        super(FILE, 190, List.of("survey_id", "response_id", "surveyed_on", "question", "answer"), List.of("team_id"),
                null);
    }

    @Override
    public SurveyResponse type(Cells row) {
        String surveyId = row.id("survey_id");
        String responseId = row.id("response_id");
        String teamId = row.optionalId("team_id");
        LocalDate surveyedOn = row.date("surveyed_on");
        String question = row.text("question");
        if (question != null && SurveyQuestion.of(question).isEmpty() && !OWN_QUESTION.matcher(question).matches()) {
            row.problem("question", "'" + question + "' is not a question code: one of "
                    + Coded.codesOf(SurveyQuestion.class)
                    + ", or the council's own code of lower-case letters, digits and underscores (at most 64 characters)");
        }
        Integer answer = answer(row);
        if (!row.valid()) {
            return null;
        }
        return new SurveyResponse(surveyId, responseId, teamId, surveyedOn, question, answer);
    }

    /** A whole number from 1 to 5, written plainly. */
    private static Integer answer(Cells row) {
        String value = row.text("answer");
        if (value == null) {
            return null;
        }
        if (value.length() == 1 && value.charAt(0) >= '0' + SurveyResponse.LOWEST_ANSWER
                && value.charAt(0) <= '0' + SurveyResponse.HIGHEST_ANSWER) {
            return value.charAt(0) - '0';
        }
        row.problem("answer", "'" + value + "' is not an answer: a whole number from 1 (strongly disagree) to 5 (strongly agree)");
        return null;
    }

    @Override
    public List<String> cells(SurveyResponse response) {
        List<String> cells = new ArrayList<>(6);
        cells.add(response.surveyId());
        cells.add(response.responseId());
        cells.add(response.surveyedOn().toString());
        cells.add(response.question());
        cells.add(Integer.toString(response.answer()));
        cells.add(response.teamId());
        return cells;
    }

    /** The team is in teams.csv; a person answers a question of a survey once. */
    @Override
    public void check(List<FileRow<SurveyResponse>> rows, FileChecks checks) {
        Map<Answered, Long> first = new HashMap<>();
        for (FileRow<SurveyResponse> row : rows) {
            SurveyResponse response = row.value();
            checks.refersTo(row.line(), "team_id", response.teamId(), "teams.csv");
            Long earlier = first.putIfAbsent(new Answered(response.surveyId(), response.responseId(), response.question()),
                    row.line());
            if (earlier != null) {
                checks.problem(row.line(), "response_id", "response '" + response.responseId() + "' of survey '"
                        + response.surveyId() + "' already answers question '" + response.question() + "' on line "
                        + earlier + ": survey_id, response_id and question must be unique together");
            }
        }
    }

    private record Answered(String surveyId, String responseId, String question) {
    }
}
