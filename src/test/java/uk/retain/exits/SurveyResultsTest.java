package uk.retain.exits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * A survey's results by team: shown from 5 people who answered, suppressed at 4 (with what is made from them), and
 * one more group suppressed where the total and the others would reveal a suppressed one.
 */
class SurveyResultsTest {

    static final LocalDate ON = LocalDate.of(2025, 3, 3);
    static final String STAY = "intend_to_stay_2y";
    static final String WORKLOAD = "workload_manageable";

    @TempDir
    Path dir;

    private final List<SurveyResponse> responses = new ArrayList<>();
    private int next = 1;

    /** {@code people} who answer, in the team (null for none), each {@code answer} to both questions. */
    private SurveyResultsTest answer(String team, int people, int answer) {
        for (int i = 0; i < people; i++) {
            String id = "R" + next++;
            responses.add(new SurveyResponse("s1", id, team, ON, STAY, answer));
            responses.add(new SurveyResponse("s1", id, team, ON, WORKLOAD, answer));
        }
        return this;
    }

    private SurveyResults results() throws Exception {
        Register register = TestBundle.withTeams("T1", "T2", "T3", "T4").read(dir).withRows(SurveyResponsesFile.class, responses);
        return SurveyResults.of(register, SurveyResults.surveys(register).get(0));
    }

    @Test
    void aTeamOfFiveIsShownAndOfFourIsSuppressedWithItsFigures() throws Exception {
        // T2's 4 and T3's 3 are both hidden, so neither the total nor T1 reveals either.
        SurveyResults results = answer("T1", 5, 4).answer("T2", 4, 2).answer("T3", 3, 1).results();
        assertThat(results.teams().get("T1")).containsEntry("respondents", 5).containsEntry(STAY + "_answers", 5)
                .containsEntry(STAY + "_mean", 4.0).containsEntry(STAY + "_agree_percent", 100.0);
        assertThat(results.teams().get("T2")).containsEntry("respondents", "c").containsEntry(STAY + "_answers", "c")
                .containsEntry(STAY + "_mean", "c").containsEntry(STAY + "_agree_percent", "c");
        // Nobody in T4 answered: nothing to hide, and no mean.
        assertThat(results.teams().get("T4")).containsEntry("respondents", 0).containsEntry(STAY + "_mean", null);
    }

    @Test
    void theTotalWouldRevealTheOneSuppressedTeamSoTheSmallestOtherIsSuppressedToo() throws Exception {
        SurveyResults results = answer("T1", 4, 1).answer("T2", 6, 5).answer("T3", 9, 5).results();
        assertThat(results.authority()).containsEntry("respondents", 19);
        assertThat(results.teams().get("T1").get("respondents")).isEqualTo("c");
        assertThat(results.teams().get("T2")).containsEntry("respondents", "c").containsEntry(STAY + "_mean", "c");
        assertThat(results.teams().get("T3")).containsEntry("respondents", 9).containsEntry(STAY + "_mean", 5.0);
        // The authority's mean does not reveal T1 alone: T1 and T2 together are 10 people.
        assertThat(results.authority().get(STAY + "_mean")).isEqualTo((4 * 1 + 6 * 5 + 9 * 5) / 19.0);
    }

    @Test
    void twoSuppressedTeamsProtectEachOther() throws Exception {
        SurveyResults results = answer("T1", 4, 1).answer("T2", 3, 5).answer("T3", 9, 5).results();
        assertThat(results.teams().get("T1").get("respondents")).isEqualTo("c");
        assertThat(results.teams().get("T2").get("respondents")).isEqualTo("c");
        assertThat(results.teams().get("T3").get("respondents")).isEqualTo(9);
    }

    @Test
    void fewRespondentsWithoutATeamAreProtectedLikeATeam() throws Exception {
        SurveyResults results = answer("T1", 6, 4).answer("T2", 8, 4).answer(null, 2, 1).results();
        assertThat(results.authority()).containsEntry("respondents", 16);
        // 16 − 6 − 8 would tell the 2 without a team: the smaller team is hidden with them.
        assertThat(results.teams().get("T1").get("respondents")).isEqualTo("c");
        assertThat(results.teams().get("T2").get("respondents")).isEqualTo(8);
    }

    @Test
    void aQuestionAnsweredByFourOfATeamIsSuppressedWhereTheSurveyIsShown() throws Exception {
        answer("T1", 6, 4).answer("T2", 7, 4).answer("T3", 8, 2);
        responses.removeIf(r -> r.teamId() != null && r.teamId().equals("T1") && r.question().equals(WORKLOAD)
                && Integer.parseInt(r.responseId().substring(1)) <= 2);
        SurveyResults results = results();
        assertThat(results.teams().get("T1")).containsEntry("respondents", 6).containsEntry(STAY + "_mean", 4.0)
                .containsEntry(WORKLOAD + "_answers", "c").containsEntry(WORKLOAD + "_mean", "c");
        assertThat(results.teams().get("T2").get(WORKLOAD + "_answers")).isEqualTo("c");
        assertThat(results.teams().get("T3").get(WORKLOAD + "_answers")).isEqualTo(8);
    }

    @Test
    void surveysAreInTheOrderTheyWereHeldAndQuestionsStandardFirst() throws Exception {
        responses.add(new SurveyResponse("later", "A", null, ON.plusYears(1), "own_question", 3));
        responses.add(new SurveyResponse("later", "A", null, ON.plusYears(1), STAY, 3));
        answer("T1", 1, 3);
        Register register = TestBundle.withTeams("T1").read(dir).withRows(SurveyResponsesFile.class, responses);
        assertThat(SurveyResults.surveys(register)).extracting(SurveyResults.Survey::surveyId).containsExactly("s1", "later");
        assertThat(SurveyResults.of(register, SurveyResults.surveys(register).get(1)).questions()).containsExactly(STAY, "own_question");
    }

    @Test
    void leavingInTheYearAfterCountsTheTeamsWorkersOnTheDay() throws Exception {
        Register register = TestBundle.withTeams("T1").workers("A", "B", "C")
                .employment("A,permanent,social_worker,T1,,1,2020-01-01,,,", "B,permanent,social_worker,T1,,1,2020-01-01,2026-03-02,1,1",
                        "C,permanent,social_worker,T1,,1,2020-01-01,2026-03-03,1,1")
                .read(dir);
        // B leaves on the last day of the year after 3 March 2025; C the day after it.
        assertThat(SurveyResults.leavingYearAfter(register, ON).get("T1")).containsExactly(3, 1);
    }
}
