package uk.retain.exits;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One anonymous answer to one question of a staff survey: no worker is named, only the team when the council gives
 * it.
 *
 * @param responseId one person's set of answers within the survey
 * @param teamId the respondent's team, or null
 * @param question the question's code: a {@link SurveyQuestion} code or the council's own
 * @param answer 1 (strongly disagree) to 5 (strongly agree)
 */
public record SurveyResponse(
        String surveyId,
        String responseId,
        String teamId,
        LocalDate surveyedOn,
        String question,
        int answer) {

    public static final int LOWEST_ANSWER = 1;
    public static final int HIGHEST_ANSWER = 5;

    public SurveyResponse {
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(surveyedOn, "surveyedOn");
        Objects.requireNonNull(question, "question");
        if (answer < LOWEST_ANSWER || answer > HIGHEST_ANSWER) {
            throw new IllegalArgumentException("an answer is from 1 to 5, not " + answer);
        }
    }

    /** The standard question answered, or empty when it is the council's own. */
    public Optional<SurveyQuestion> standardQuestion() {
        return SurveyQuestion.of(question);
    }
}
