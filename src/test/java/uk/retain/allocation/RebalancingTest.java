package uk.retain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.retain.allocation.Reason.count;
import static uk.retain.allocation.Reason.team;
import static uk.retain.allocation.Reason.worker;
import static uk.retain.allocation.TestCouncil.DATE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.retain.allocation.Reason.Code;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/** A rebalancing plan on small councils built by hand: which cases move from a worker over cap, and to whom. */
class RebalancingTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static Rebalancing rebalance(Register register) {
        return Recommender.rebalance(register, CaseloadPolicy.DEFAULT, DATE, "T1", LIMIT);
    }

    private static List<String> moved(Rebalancing plan) {
        return plan.moves().recommendations().stream().map(Recommendation::caseId).toList();
    }

    @Test
    void theFewestCasesMoveFromTheWorkerOverCapToWorkersOfTheTeamWithRoom() {
        // S1 holds 20 cases against a cap of 18: two move. S2 has room; OTHER (T2) has more, but is in another team.
        Register register = new TestCouncil().team("T1", "North").team("T2", "North")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1")
                .worker("OTHER", JobRole.SOCIAL_WORKER, "T2")
                .holding("S1", 20).holding("S2", 5).register();

        Rebalancing plan = rebalance(register);

        assertThat(plan.moves().recommendations()).hasSize(2).allSatisfy(r -> {
            assertThat(r.workerId()).isEqualTo("S2");
            assertThat(plan.from()).containsEntry(r.caseId(), "S1");
            assertThat(r.reasons().get(0)).isEqualTo(Reason.of(Code.MOVES_FROM_OVER_CAP, worker("S1"), count(20), count(18)));
            assertThat(r.reasons()).contains(Reason.of(Code.FEWEST_WORKERS, count(1)));
        });
        assertThat(plan.moves().unallocated()).isEmpty();
        assertThat(plan.overCap()).singleElement().satisfies(over -> {
            assertThat(over.workerId()).isEqualTo("S1");
            assertThat(over.casesMoved()).isEqualTo(2);
            assertThat(over.stillOver()).isFalse();
        });
    }

    @Test
    void theCaseItsCoWorkerCanTakeOnMovesFirstAndGoesToTheCoWorker() {
        TestCouncil council = new TestCouncil().team("T1", "North")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1")
                .worker("S3", JobRole.SOCIAL_WORKER, "T1")
                .holding("S1", 18).holding("S2", 9).holding("S3", 2);
        Case coWorked = council.held("S1", CaseCategory.CHILD_IN_NEED, null);
        council.coWorking(coWorked, "S2");

        Rebalancing plan = rebalance(council.register());

        assertThat(plan.moves().recommendations()).singleElement().satisfies(r -> {
            assertThat(r.caseId()).isEqualTo(coWorked.caseId());
            assertThat(r.workerId()).as("the co-worker, though S3 has the lower load").isEqualTo("S2");
            assertThat(r.reasons()).contains(Reason.of(Code.CO_WORKS_THE_CASE));
        });
    }

    @Test
    void theChildWhoHasHadTheFewestWorkersMoves() {
        // S1 holds 19: one moves. Every child but one has had another worker this year.
        TestCouncil council = new TestCouncil().team("T1", "North")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1")
                .worker("EARLIER", JobRole.SOCIAL_WORKER, "T1").holding("S2", 2);
        List<Case> changedHands = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            changedHands.add(council.handedOver("EARLIER", "S1", CaseCategory.CHILD_IN_NEED));
        }
        Case oneWorker = council.held("S1", CaseCategory.CHILD_IN_NEED, null);
        council.holding("EARLIER", 18);

        Rebalancing plan = rebalance(council.register());

        assertThat(moved(plan)).containsExactly(oneWorker.caseId());
        assertThat(plan.moves().recommendations().get(0).reasons()).contains(Reason.of(Code.FEWEST_WORKERS, count(1)));
    }

    @Test
    void aFamilyIsNotSplitWhileAnotherCaseCanMove() {
        // S1 holds 19, the first two of one family: one must move, and it is not one of the siblings.
        TestCouncil council = new TestCouncil().team("T1", "North")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1").holding("S2", 2);
        Case sibling1 = council.held("S1", CaseCategory.CHILD_IN_NEED, "F1");
        Case sibling2 = council.held("S1", CaseCategory.CHILD_IN_NEED, "F1");
        council.holding("S1", 17);

        Rebalancing plan = rebalance(council.register());

        assertThat(moved(plan)).hasSize(1).doesNotContain(sibling1.caseId(), sibling2.caseId());
    }

    @Test
    void whenOnlyAFamilyIsLeftItMovesWhole() {
        // S1 holds 20: two siblings and 18 cases no one else could take (protected work, and S2 is newly qualified
        // with no one to co-work it), so the family moves whole, both to S2.
        TestCouncil council = new TestCouncil().team("T1", "North")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("A2", JobRole.ASYE_SOCIAL_WORKER, "T1");
        Case sibling1 = council.held("S1", CaseCategory.CHILD_IN_NEED, "F1");
        Case sibling2 = council.held("S1", CaseCategory.ASSESSMENT, "F1");
        for (int i = 0; i < 18; i++) {
            council.held("S1", CaseCategory.CHILD_PROTECTION, null);
        }

        Rebalancing plan = rebalance(council.register());

        assertThat(moved(plan)).containsExactlyInAnyOrder(sibling1.caseId(), sibling2.caseId());
        assertThat(plan.moves().recommendations()).allSatisfy(r -> {
            assertThat(r.workerId()).isEqualTo("A2");
            assertThat(r.reasons()).contains(Reason.of(Code.FAMILY_MOVES_TOGETHER, count(2)), Reason.of(Code.SIBLINGS_TOGETHER));
        });
    }

    @Test
    void aCaseNobodyCanTakeStaysWithTheReasonAndTheWorkerStaysOverCap() {
        Register register = new TestCouncil().team("T1", "North")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1")
                .holding("S1", 19).holding("S2", 18).register();

        Rebalancing plan = rebalance(register);

        assertThat(plan.moves().recommendations()).isEmpty();
        assertThat(plan.moves().unallocated()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(Reason.of(Code.NO_CAPACITY_IN_TEAM, team("T1"))));
        assertThat(plan.overCap()).singleElement().satisfies(over -> assertThat(over.stillOver()).isTrue());
    }

    @Test
    void aTeamWithNobodyOverCapHasNothingToMove() {
        Register register = new TestCouncil().team("T1", "North").worker("S1", JobRole.SOCIAL_WORKER, "T1")
                .holding("S1", 18).register();

        Rebalancing plan = rebalance(register);

        assertThat(plan.moves()).isEqualTo(new Recommendations(List.of(), List.of()));
        assertThat(plan.overCap()).isEmpty();
        assertThatThrownBy(() -> Recommender.rebalance(register, CaseloadPolicy.DEFAULT, DATE, "T9", LIMIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("team T9");
    }
}
