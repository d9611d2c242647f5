package uk.retain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.allocation.Reason.count;
import static uk.retain.allocation.Reason.team;
import static uk.retain.allocation.Reason.worker;
import static uk.retain.allocation.TestCouncil.DATE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.allocation.Reason.Code;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.ProtectedWork;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/** What accepting would do now, and the hard rules an acceptance is held to, one case or many together. */
class AcceptanceTest {

    /** T1: S1 with one place left (17 of 18), S2 with room (4 of 18), A1 newly qualified, AP1 an advanced practitioner; X1 in T2. */
    private final TestCouncil council = new TestCouncil().team("T1", "North").team("T2", "South")
            .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1")
            .worker("A1", JobRole.ASYE_SOCIAL_WORKER, "T1").worker("AP1", JobRole.ADVANCED_PRACTITIONER, "T1")
            .worker("TM", JobRole.TEAM_MANAGER, "T1").worker("X1", JobRole.SOCIAL_WORKER, "T2")
            .holding("S1", 17).holding("S2", 4).holding("AP1", 2);
    private final Case k1 = council.waiting("K1", CaseCategory.CHILD_IN_NEED, null);
    private final Case k2 = council.waiting("K2", CaseCategory.CHILD_IN_NEED, null);
    private final Case k3 = council.waiting("K3", CaseCategory.CHILD_PROTECTION, null);

    private Acceptance acceptance(Register register) {
        Map<String, String> cases = new LinkedHashMap<>();
        for (Case item : List.of(k1, k2, k3)) {
            cases.put(item.caseId(), null);
        }
        return Acceptance.of(register, CaseloadPolicy.DEFAULT, DATE, "T1", cases);
    }

    @Test
    void aloneSaysWhatAcceptingNowDoesToTheWorkersLoad() {
        Outcome outcome = acceptance(council.register()).alone(new Proposal("K1", "S1", null));

        assertThat(outcome.allowed()).isTrue();
        assertThat(outcome.primary()).isEqualTo(new LoadChange("S1", 17, 18, 18, 85, 90, 100, false, 94.4, 100.0));
    }

    @Test
    void togetherTheSecondCaseForTheLastPlaceBreaksTheCap() {
        List<Outcome> outcomes = acceptance(council.register()).together(List.of(
                new Proposal("K1", "S1", null), new Proposal("K2", "S1", null)));

        assertThat(outcomes.get(0).allowed()).isTrue();
        assertThat(outcomes.get(1).broken()).containsExactly(Reason.of(Code.WOULD_BREAK_CAP, worker("S1"), count(19), count(18)));
        assertThat(Acceptance.allowed(outcomes)).isFalse();
    }

    @Test
    void everyHardRuleIsChecked() {
        Acceptance acceptance = acceptance(council.absent("S2").register());

        assertThat(acceptance.alone(new Proposal("K1", "S2", null)).broken())
                .containsExactly(Reason.of(Code.WORKER_NOT_AVAILABLE, worker("S2")));
        assertThat(acceptance.alone(new Proposal("K1", "NOBODY", null)).broken())
                .containsExactly(Reason.of(Code.WORKER_NOT_AVAILABLE, worker("NOBODY")));
        assertThat(acceptance.alone(new Proposal("K1", "TM", null)).broken())
                .containsExactly(Reason.of(Code.NOT_A_CASE_HOLDER, worker("TM")), Reason.of(Code.WOULD_BREAK_CAP, worker("TM"), count(1), count(0)));
        assertThat(acceptance.alone(new Proposal("K1", "X1", null)).broken())
                .containsExactly(Reason.of(Code.OUTSIDE_TEAM, worker("X1"), team("T1")));
        assertThat(acceptance.alone(new Proposal("K3", "A1", null)).broken())
                .containsExactly(Reason.of(Code.WOULD_BE_ALONE, worker("A1"), new Reason.Work(ProtectedWork.CHILD_PROTECTION)));
        assertThat(acceptance.alone(new Proposal("K3", "A1", "AP1")).allowed()).isTrue();
    }

    @Test
    void aCaseSomeoneElseAllocatedOrClosedMeanwhileIsRefused() {
        Register before = council.register();
        Acceptance acceptance = Acceptance.of(before, CaseloadPolicy.DEFAULT, DATE, "T1",
                Collections.singletonMap("H1", null));

        assertThat(acceptance.alone(new Proposal("H1", "S2", null)).broken())
                .as("H1 is S1's: a case waiting must have no primary").containsExactly(Reason.of(Code.ALREADY_ALLOCATED, worker("S1")));
        assertThat(Acceptance.of(before, CaseloadPolicy.DEFAULT, DATE, "T1", Map.of("H1", "S1"))
                .alone(new Proposal("H1", "S2", null)).allowed()).as("taken from S1, who holds it").isTrue();
        assertThat(Acceptance.of(before, CaseloadPolicy.DEFAULT, DATE.minusYears(5), "T1", Collections.singletonMap("K1", null))
                .alone(new Proposal("K1", "S2", null)).broken()).containsExactly(Reason.of(Code.CASE_NOT_OPEN));
    }

    @Test
    void theOtherWorkersOfferedAreThoseForWhomNoRuleBreaks() {
        Acceptance acceptance = acceptance(council.register());

        assertThat(acceptance.alternatives(new Proposal("K1", "S2", null))).extracting(o -> o.proposal().workerId())
                .as("not TM (no cases), nor X1 (T2)").containsExactly("A1", "AP1", "S1");
        assertThat(acceptance.alternatives(new Proposal("K3", "S2", null))).extracting(o -> o.proposal().workerId())
                .as("child protection: A1 only with a co-worker").containsExactly("AP1", "S1");
        assertThat(acceptance.alternatives(new Proposal("K3", "S2", "AP1")))
                .filteredOn(o -> o.proposal().workerId().equals("A1")).singleElement()
                .satisfies(o -> assertThat(o.proposal().coWorkerId()).isEqualTo("AP1"));
    }
}
