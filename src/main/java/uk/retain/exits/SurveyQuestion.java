package uk.retain.exits;

import java.util.Optional;

import uk.retain.workforce.Coded;

/**
 * The standard questions of a staff survey, each answered from 1 (strongly disagree) to 5 (strongly agree). A
 * council may ask its own questions too, under its own codes, so a {@link SurveyResponse} keeps the code as text.
 */
public enum SurveyQuestion implements Coded {
    WORKLOAD_MANAGEABLE("workload_manageable"),
    SUPERVISION_REGULAR("supervision_regular"),
    SUPERVISION_HELPFUL("supervision_helpful"),
    DEVELOPMENT_OPPORTUNITIES("development_opportunities"),
    MANAGER_SUPPORT("manager_support"),
    WELLBEING_SUPPORTED("wellbeing_supported"),
    FEEL_VALUED("feel_valued"),
    INTEND_TO_STAY_2Y("intend_to_stay_2y");

    private final String code;

    SurveyQuestion(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The standard question of the code, or empty for a council's own question. */
    public static Optional<SurveyQuestion> of(String code) {
        return Coded.fromCode(SurveyQuestion.class, code);
    }
}
