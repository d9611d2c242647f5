package uk.retain.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.retain.caseload.CaseloadPolicy;
import uk.retain.demo.CouncilSize;
import uk.retain.demo.DemoCouncil;
import uk.retain.exits.Leavers;
import uk.retain.exits.SurveyResults;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.workforce.Register;

/** The demo council on its last day has workers with each signal Retain can raise, and its leavers' story shows. */
class DemoSignalsTest {

    private static final LocalDate LAST = CouncilSize.DEMO.historyEnd();
    static Register demo;
    static Map<SignalKind, Integer> counts = new EnumMap<>(SignalKind.class);

    @BeforeAll
    static void generate() {
        demo = DemoCouncil.demo();
        Signals signals = new Signals(demo, LAST);
        List<RiskSignal> all = new ArrayList<>();
        all.addAll(signals.caseloadOverCap(CaseloadPolicy.DEFAULT));
        all.addAll(signals.supervisionOverdue(SupervisionPolicies.AuthorityPolicy.contract()));
        all.addAll(signals.noCpd());
        all.addAll(signals.timeAtLevel(uk.retain.development.CareerPathway.DEFAULT, uk.retain.demo.DemoLevels.of(demo, LAST, "demo")));
        all.addAll(signals.teamManagerChanged());
        all.addAll(signals.absenceSpells());
        all.addAll(signals.asyeReviewConcerns());
        all.addAll(signals.teamIntentionBelowAuthority());
        all.forEach(signal -> counts.merge(signal.kind(), 1, Integer::sum));
    }

    @Test
    void everyAvailableSignalIsRaisedForSomeoneButNotForEveryone() {
        int workers = new Signals(demo, LAST).teamsToday().size();
        System.out.println("demo signals on " + LAST + " of " + workers + " workers: " + counts);
        for (SignalKind kind : SignalKind.values()) {
            if (kind.available()) {
                assertThat(counts.getOrDefault(kind, 0)).as(kind.code()).isBetween(1, workers / 2);
            } else {
                assertThat(counts).doesNotContainKey(kind);
            }
        }
    }

    @Test
    void theDemoHasTwoSurveysAndLeaversMostlyInterviewed() {
        assertThat(SurveyResults.surveys(demo)).hasSize(2);
        List<Leavers.Leaver> leavers = Leavers.between(demo, LAST.minusYears(1).plusDays(1), LAST);
        long interviewed = leavers.stream().filter(l -> l.interview() != null).count();
        System.out.println("demo leavers in the last year: " + leavers.size() + ", interviewed " + interviewed);
        assertThat(interviewed).isGreaterThan(leavers.size() / 2);
    }
}
