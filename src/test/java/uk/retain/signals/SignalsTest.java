package uk.retain.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.caseload.CaseloadPolicy;
import uk.retain.development.Activity;
import uk.retain.development.DevelopmentActivity;
import uk.retain.development.DevelopmentFile;
import uk.retain.development.Programme;
import uk.retain.development.ProgrammeKind;
import uk.retain.development.ProgrammeReview;
import uk.retain.development.ProgrammeReviewsFile;
import uk.retain.development.ProgrammesFile;
import uk.retain.development.ReviewOutcome;
import uk.retain.development.ReviewPoint;
import uk.retain.exits.SurveyResponse;
import uk.retain.exits.SurveyResponsesFile;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * Each risk signal at its boundaries, on 31 October 2026 (a Saturday): the 12 months are from 1 November 2025 (after
 * 31 October 2025) to that day, the 8 weekly dates from 12 September 2026 to it.
 */
class SignalsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 31);

    @TempDir
    Path dir;

    private static String permanent(String worker, String role, String team, String start) {
        return worker + ",permanent," + role + "," + team + ",,1," + start + ",,,";
    }

    private static List<String> workers(List<RiskSignal> signals) {
        return signals.stream().map(RiskSignal::workerId).toList();
    }

    @Test
    void caseloadOverCapOnFourOfTheLastEightWeeks() throws Exception {
        TestBundle bundle = TestBundle.withTeams("T1").workers("A", "B")
                .employment(permanent("A", "advanced_practitioner", "T1", "2020-01-01"),
                        permanent("B", "advanced_practitioner", "T1", "2020-01-01"));
        // 13 cases against an advanced practitioner's cap of 12: A's from 10 October (4 weekly dates), B's from 11 October (3).
        for (int i = 1; i <= 13; i++) {
            bundle.caseRow("KA" + i + ",CA" + i + ",,child_in_need,false,2026-01-01,", "KB" + i + ",CB" + i + ",,child_in_need,false,2026-01-01,");
            bundle.row("allocations.csv", "KA" + i + ",A,primary,2026-10-10,,", "KB" + i + ",B,primary,2026-10-11,,");
        }
        List<RiskSignal> signals = new Signals(bundle.read(dir), TODAY).caseloadOverCap(CaseloadPolicy.DEFAULT);
        assertThat(workers(signals)).containsExactly("A");
        assertThat(signals.get(0).on()).isEqualTo(TODAY);
        assertThat(signals.get(0).evidence()).containsExactly(4, 8, 13, 12);
    }

    @Test
    void supervisionOverdueTheDayAfterItWasDue() throws Exception {
        Register register = TestBundle.withTeams("T1").workers("A", "B", "S")
                .employment(permanent("A", "social_worker", "T1", "2020-01-01"), permanent("B", "social_worker", "T1", "2020-01-01"),
                        permanent("S", "team_manager", "T1", "2020-01-01"))
                .lines("supervisions.csv", "worker_id,supervisor_id,date,kind,minutes", "A,S,2026-09-30,one_to_one,90",
                        "B,S,2026-10-01,one_to_one,90", "S,A,2026-10-20,one_to_one,90")
                .read(dir);
        List<RiskSignal> signals = new Signals(register, TODAY).supervisionOverdue(SupervisionPolicies.AuthorityPolicy.contract());
        assertThat(workers(signals)).containsExactly("A");
        assertThat(signals.get(0).on()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(signals.get(0).evidence()).containsExactly(1L, LocalDate.of(2026, 9, 30));
    }

    @Test
    void noCpdInTwelveMonthsForThoseEmployedThroughThem() throws Exception {
        Register register = TestBundle.withTeams("T1").workers("A", "B", "C", "D", "E", "F")
                .employment(permanent("A", "social_worker", "T1", "2020-01-01"), permanent("B", "social_worker", "T1", "2020-01-01"),
                        permanent("C", "social_worker", "T1", "2025-11-01"), permanent("D", "social_worker", "T1", "2025-10-31"),
                        "E,permanent,social_worker,T1,,1,2020-01-01,2026-10-30,1,1")
                .read(dir)
                .withRows(DevelopmentFile.class, List.of(activity("A", "2025-10-31"), activity("B", "2025-11-01")));
        List<RiskSignal> signals = new Signals(register, TODAY).noCpd();
        // A's last is on the day before the 12 months; C started within them; D on their first day; E has left.
        assertThat(workers(signals)).containsExactly("A", "D");
        assertThat(signals.get(0).evidence()).containsExactly(LocalDate.of(2025, 10, 31));
        assertThat(signals.get(1).evidence()).containsExactly("none");
    }

    @Test
    void noCpdIsNotRaisedWithoutTheDevelopmentFile() throws Exception {
        Register register = TestBundle.withTeams("T1").workers("A").employment(permanent("A", "social_worker", "T1", "2020-01-01")).read(dir);
        assertThat(new Signals(register, TODAY).noCpd()).isEmpty();
    }

    private static DevelopmentActivity activity(String worker, String date) {
        return new DevelopmentActivity(worker, LocalDate.parse(date), Activity.COURSE, BigDecimal.ONE, List.of(), null);
    }

    @Test
    void teamManagerChangedTwiceInTwelveMonths() throws Exception {
        Register register = TestBundle.withTeams("T1", "T2", "T3").workers("A", "B", "C", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8")
                .employment(permanent("A", "social_worker", "T1", "2020-01-01"), permanent("B", "social_worker", "T2", "2020-01-01"),
                        permanent("C", "social_worker", "T3", "2020-01-01"),
                        "M1,permanent,team_manager,T1,,1,2020-01-01,2026-01-31,1,1", "M2,permanent,team_manager,T1,,1,2026-02-01,2026-06-30,1,1",
                        permanent("M3", "team_manager", "T1", "2026-07-01"),
                        "M4,permanent,team_manager,T2,,1,2020-01-01,2026-03-31,1,1", permanent("M5", "team_manager", "T2", "2026-04-01"),
                        "M6,permanent,team_manager,T3,,1,2020-01-01,2025-10-30,1,1", "M7,permanent,team_manager,T3,,1,2025-10-31,2026-05-31,1,1",
                        permanent("M8", "team_manager", "T3", "2026-06-01"))
                .read(dir);
        List<RiskSignal> signals = new Signals(register, TODAY).teamManagerChanged();
        // C's manager changed on the day before the 12 months, and once within them.
        assertThat(workers(signals)).containsExactly("A");
        assertThat(signals.get(0).on()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(signals.get(0).evidence()).containsExactly(2, "M1,M2,M3");
    }

    @Test
    void threeSicknessSpellsStartingInTwelveMonths() throws Exception {
        Register register = TestBundle.withTeams("T1").workers("A", "B", "C")
                .employment(permanent("A", "social_worker", "T1", "2020-01-01"), permanent("B", "social_worker", "T1", "2020-01-01"),
                        permanent("C", "social_worker", "T1", "2020-01-01"))
                .absence("A,2025-11-01,2025-11-03,SIC,", "A,2026-03-02,2026-03-03,SIC,", "A,2026-10-30,2026-10-30,SIC,",
                        "B,2025-10-31,2025-11-04,SIC,", "B,2026-03-02,2026-03-03,SIC,", "B,2026-06-01,2026-06-01,SIC,",
                        "C,2025-11-03,2025-11-03,SIC,", "C,2026-03-02,2026-03-03,OTH,", "C,2026-06-01,2026-06-01,SIC,")
                .read(dir);
        List<RiskSignal> signals = new Signals(register, TODAY).absenceSpells();
        assertThat(workers(signals)).containsExactly("A");
        assertThat(signals.get(0).evidence()).containsExactly(3);
        assertThat(signals.get(0).on()).isEqualTo(LocalDate.of(2026, 10, 30));
    }

    @Test
    void anAsyeReviewWithConcernsInTwelveMonths() throws Exception {
        Register register = TestBundle.withTeams("T1").workers("A", "B", "C", "D")
                .employment(permanent("A", "asye_social_worker", "T1", "2025-09-01"), permanent("B", "asye_social_worker", "T1", "2025-09-01"),
                        permanent("C", "asye_social_worker", "T1", "2025-07-01"), permanent("D", "social_worker", "T1", "2025-07-01"))
                .read(dir)
                .withRows(ProgrammesFile.class, List.of(programme("PA", "A", ProgrammeKind.ASYE), programme("PB", "B", ProgrammeKind.ASYE),
                        programme("PC", "C", ProgrammeKind.ASYE), programme("PD", "D", ProgrammeKind.ECDP)))
                .withRows(ProgrammeReviewsFile.class, List.of(
                        new ProgrammeReview("PA", ReviewPoint.SIX_MONTH, LocalDate.of(2026, 3, 2), ReviewOutcome.NOT_ON_TRACK),
                        new ProgrammeReview("PB", ReviewPoint.SIX_MONTH, LocalDate.of(2026, 3, 2), ReviewOutcome.ON_TRACK),
                        new ProgrammeReview("PC", ReviewPoint.THREE_MONTH, LocalDate.of(2025, 10, 31), ReviewOutcome.CONCERNS),
                        new ProgrammeReview("PD", ReviewPoint.THREE_MONTH, LocalDate.of(2026, 3, 2), ReviewOutcome.CONCERNS)));
        List<RiskSignal> signals = new Signals(register, TODAY).asyeReviewConcerns();
        assertThat(workers(signals)).containsExactly("A");
        assertThat(signals.get(0).evidence()).containsExactly("6_month", "not_on_track");
    }

    private static Programme programme(String id, String worker, ProgrammeKind kind) {
        return new Programme(id, worker, kind, null, LocalDate.of(2025, 9, 1), null, null, null, null);
    }

    @Test
    void teamIntentionToStayBelowTheAuthoritysWhereTheTeamIsShown() throws Exception {
        List<SurveyResponse> responses = new ArrayList<>();
        int[] next = {1};
        answer(responses, next, "T1", 5, 2);
        answer(responses, next, "T2", 6, 5);
        answer(responses, next, "T3", 4, 3);
        answer(responses, next, "T4", 3, 3);
        Register register = TestBundle.withTeams("T1", "T2", "T3", "T4").workers("A", "B", "C")
                .employment(permanent("A", "social_worker", "T1", "2020-01-01"), permanent("B", "social_worker", "T2", "2020-01-01"),
                        permanent("C", "social_worker", "T3", "2020-01-01"))
                .read(dir).withRows(SurveyResponsesFile.class, responses);
        List<RiskSignal> signals = new Signals(register, TODAY).teamIntentionBelowAuthority();
        // T3's 4 people are suppressed (with T4's 3), so not compared; T1's 0% is below the authority's 6 of 18.
        assertThat(workers(signals)).containsExactly("A");
        assertThat(signals.get(0).evidence()).containsExactly(0.0, 100.0 * 6 / 18, "s1");
    }

    private static void answer(List<SurveyResponse> responses, int[] next, String team, int people, int answer) {
        for (int i = 0; i < people; i++) {
            responses.add(new SurveyResponse("s1", "R" + next[0]++, team, LocalDate.of(2026, 3, 2), "intend_to_stay_2y", answer));
        }
    }

    @Test
    void timeAtLevelPastTheMinimumOfALevelWithANextOne() throws Exception {
        // Social worker level 1 (minimum 12 months, next level 2): A 13 whole months, B 12, C 25 but level 2 from
        // 1 May 2026 (6 months), D a consultant (top of the route) for years, E agency for years, F a senior social
        // worker for years (the next level, advanced practitioner, is another post).
        Register register = TestBundle.withTeams("T1").workers("A", "B", "C", "D", "E", "F")
                .employment(permanent("A", "social_worker", "T1", "2025-09-30"), permanent("B", "social_worker", "T1", "2025-10-31"),
                        permanent("C", "social_worker", "T1", "2024-09-30"), permanent("D", "consultant_social_worker", "T1", "2015-01-01"),
                        "E,agency,social_worker,T1,,1,2015-01-01,,,", permanent("F", "senior_social_worker", "T1", "2015-01-01"))
                .read(dir);
        var changes = java.util.Map.of("C", List.of(new uk.retain.development.LevelChange(1, "C", "social_worker_2",
                LocalDate.of(2026, 5, 1), "hr", java.time.Instant.EPOCH)));
        List<RiskSignal> signals = new Signals(register, TODAY).timeAtLevel(uk.retain.development.CareerPathway.DEFAULT, changes);
        assertThat(workers(signals)).containsExactly("A");
        assertThat(signals.get(0).on()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(signals.get(0).evidence()).containsExactly("Social worker level 1", 13L, 12);

        // Without C's change, C is 25 months at level 1.
        assertThat(workers(new Signals(register, TODAY).timeAtLevel(uk.retain.development.CareerPathway.DEFAULT, java.util.Map.of())))
                .containsExactly("A", "C");
        assertThat(SignalKind.TIME_AT_LEVEL.available()).isTrue();
    }
}
