package uk.retain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.retain.allocation.TestCouncil.DATE;
import static uk.retain.allocation.TestCouncil.newCase;
import static uk.retain.allocation.Reason.percent;
import static uk.retain.allocation.Reason.team;
import static uk.retain.allocation.Reason.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.retain.allocation.Reason.Code;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.ProtectedWork;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/** The recommender on small councils built by hand, where the right answer can be worked out on paper. */
class RecommenderTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static Recommendations recommend(Register register, List<CaseRequest> cases) {
        return Recommender.recommend(register, CaseloadPolicy.DEFAULT, DATE, cases, Optional.empty(), LIMIT);
    }

    private static Recommendation placed(Recommendations result, String caseId) {
        return result.forCase(caseId).orElseThrow(() -> new AssertionError(caseId + " was not placed: " + result.unallocated()));
    }

    /** T1: a full senior, a newly qualified worker with room, an advanced practitioner; S2 in T2 has room. */
    private static TestCouncil protectionCouncil() {
        TestCouncil council = new TestCouncil().team("T1", "North").team("T2", "South")
                .worker("S1", JobRole.SENIOR_SOCIAL_WORKER, "T1")
                .worker("A1", JobRole.ASYE_SOCIAL_WORKER, "T1")
                .worker("AP1", JobRole.ADVANCED_PRACTITIONER, "T1")
                .worker("S2", JobRole.SENIOR_SOCIAL_WORKER, "T2");
        return council.holding("S1", 18).holding("A1", 2).holding("AP1", 6).holding("S2", 1);
    }

    @Test
    void aNewlyQualifiedWorkerTakesChildProtectionOnlyWithAnAdvancedPractitionerCoWorking() {
        Register register = protectionCouncil().register();

        Recommendations result = recommend(register, List.of(
                CaseRequest.inTeam(newCase("K1", CaseCategory.CHILD_PROTECTION, null), "T1"),
                CaseRequest.inTeam(TestCouncil.inCourt("K2"), "T1"),
                CaseRequest.inTeam(newCase("K3", CaseCategory.CHILD_IN_NEED, null), "T1")));

        assertThat(result.unallocated()).isEmpty();
        Recommendation cp = placed(result, "K1");
        assertThat(cp.workerId()).isEqualTo("A1");
        assertThat(cp.coWorkerId()).isEqualTo("AP1");
        assertThat(cp.reasons()).contains(Reason.of(Code.CO_WORKED_BY, worker("AP1"), new Reason.Role(JobRole.ADVANCED_PRACTITIONER),
                new Reason.Work(ProtectedWork.CHILD_PROTECTION)));
        assertThat(placed(result, "K2").coWorkerId()).isEqualTo("AP1");
        assertThat(placed(result, "K2").reasons()).contains(Reason.of(Code.CO_WORKED_BY, worker("AP1"),
                new Reason.Role(JobRole.ADVANCED_PRACTITIONER), new Reason.Work(ProtectedWork.COURT_PROCEEDINGS)));
        assertThat(placed(result, "K3").workerId()).isEqualTo("A1");
        assertThat(placed(result, "K3").coWorkerId()).as("a co-worker only where the rule needs one").isNull();
    }

    @Test
    void withoutAnAdvancedPractitionerAtWorkTheChildProtectionCaseWaitsWithItsReason() {
        Register register = protectionCouncil().absent("AP1").register();

        Recommendations result = recommend(register, List.of(
                CaseRequest.inTeam(newCase("K1", CaseCategory.CHILD_PROTECTION, null), "T1"),
                CaseRequest.inTeam(newCase("K2", CaseCategory.ASSESSMENT, null), "T1")));

        assertThat(result.whyUnallocated("K1")).contains(
                Reason.of(Code.NO_PROTECTOR_IN_TEAM, new Reason.Work(ProtectedWork.CHILD_PROTECTION), team("T1")));
        assertThat(placed(result, "K2").workerId()).isEqualTo("A1");
    }

    @Test
    void capsHoldAfterEveryRecommendationAndTheRestWaitForCapacity() {
        Register register = new TestCouncil().team("T1", "North")
                .worker("S1", JobRole.SENIOR_SOCIAL_WORKER, "T1").worker("S2", JobRole.SENIOR_SOCIAL_WORKER, "T1")
                .worker("TM", JobRole.TEAM_MANAGER, "T1")
                .holding("S1", 16).holding("S2", 17).register();
        List<CaseRequest> cases = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            cases.add(CaseRequest.inTeam(newCase("K" + i, CaseCategory.CHILD_IN_NEED, null), "T1"));
        }

        Recommendations result = recommend(register, cases);

        assertThat(result.recommendations()).hasSize(3);
        Map<String, Long> given = result.recommendations().stream()
                .collect(Collectors.groupingBy(Recommendation::workerId, Collectors.counting()));
        assertThat(given).containsEntry("S1", 2L).containsEntry("S2", 1L).doesNotContainKey("TM");
        assertThat(result.recommendations()).allSatisfy(r -> {
            assertThat(r.cap()).isEqualTo(18);
            assertThat(r.loadAfter()).isEqualTo(100.0);
        });
        assertThat(result.unallocated()).hasSize(2)
                .allSatisfy(u -> assertThat(u.reason()).isEqualTo(Reason.of(Code.NO_CAPACITY_IN_TEAM, team("T1"))));
    }

    @Test
    void siblingsGoToOneWorkerAndToTheWorkerWhoAlreadyHoldsASibling() {
        TestCouncil council = new TestCouncil().team("T1", "North")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1")
                .worker("S3", JobRole.SOCIAL_WORKER, "T1")
                .holding("S1", 5).holding("S2", 4).holding("S3", 8);
        council.held("S3", CaseCategory.CHILD_IN_NEED, "F2");
        Register register = council.register();

        Recommendations result = recommend(register, List.of(
                CaseRequest.inTeam(newCase("K1", CaseCategory.CHILD_IN_NEED, "F1"), "T1"),
                CaseRequest.inTeam(newCase("K2", CaseCategory.CHILD_PROTECTION, "F1"), "T1"),
                CaseRequest.inTeam(newCase("K3", CaseCategory.ASSESSMENT, "F1"), "T1"),
                CaseRequest.inTeam(newCase("K4", CaseCategory.CHILD_IN_NEED, "F2"), "T1")));

        String family = placed(result, "K1").workerId();
        assertThat(List.of(placed(result, "K2").workerId(), placed(result, "K3").workerId())).containsOnly(family);
        assertThat(placed(result, "K1").reasons()).as("the card's own worker is never named in its reasons")
                .allSatisfy(reason -> assertThat(reason.args(Reason.WorkerId.class)).doesNotContain(worker(family)));
        assertThat(placed(result, "K1").reasons()).contains(Reason.of(Code.SIBLINGS_TOGETHER));
        assertThat(placed(result, "K4").workerId()).isEqualTo("S3");
        assertThat(placed(result, "K4").reasons()).contains(Reason.of(Code.SIBLINGS_TOGETHER));
    }

    @Test
    void aWorkerWhoHeldTheChildBeforeTakesTheChildAgain() {
        Register register = new TestCouncil().team("T1", "North")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1")
                .holding("S1", 2).holding("S2", 9)
                .heldBefore("S2", "C-77", null).register();

        Recommendations result = recommend(register, List.of(
                CaseRequest.inTeam(newCase("K1", "C-77", CaseCategory.CHILD_IN_NEED, null), "T1")));

        assertThat(placed(result, "K1").workerId()).isEqualTo("S2");
        assertThat(placed(result, "K1").reasons()).contains(Reason.of(Code.HELD_THE_CHILD));
    }

    @Test
    void theLowestLoadInTheTeamTakesACaseAndSaysSo() {
        Register register = new TestCouncil().team("T1", "North")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1")
                .holding("S1", 9).holding("S2", 3).register();

        Recommendation r = placed(recommend(register, List.of(
                CaseRequest.inTeam(newCase("K1", CaseCategory.CHILD_IN_NEED, null), "T1"))), "K1");

        assertThat(r.workerId()).isEqualTo("S2");
        assertThat(r.loadBefore()).isEqualTo(16.7);
        assertThat(r.loadAfter()).isEqualTo(22.2);
        assertThat(r.reasons()).contains(Reason.of(Code.LOWEST_LOAD_IN_TEAM, team("T1"), percent(22.22222222222222)));
    }

    @Test
    void aCaseForAnyTeamPrefersItsLocality() {
        Register register = new TestCouncil().team("T1", "North").team("T2", "South")
                .worker("N1", JobRole.SOCIAL_WORKER, "T1").worker("Z1", JobRole.SOCIAL_WORKER, "T2")
                .holding("N1", 6).holding("Z1", 6).register();

        Recommendation r = placed(recommend(register, List.of(
                new CaseRequest(newCase("K1", CaseCategory.CHILD_IN_NEED, null), null, "South"))), "K1");

        assertThat(r.workerId()).isEqualTo("Z1");
        assertThat(r.reasons()).contains(Reason.of(Code.SAME_LOCALITY, new Reason.Locality("South")));
    }

    @Test
    void aTeamWithNobodyAtWorkSaysSo() {
        Register register = new TestCouncil().team("T1", "North").team("T2", "South")
                .worker("S1", JobRole.SOCIAL_WORKER, "T1").absent("S1")
                .worker("S2", JobRole.SOCIAL_WORKER, "T2").register();

        Recommendations result = recommend(register, List.of(
                CaseRequest.inTeam(newCase("K1", CaseCategory.CHILD_IN_NEED, null), "T1")));

        assertThat(result.recommendations()).isEmpty();
        assertThat(result.whyUnallocated("K1")).contains(Reason.of(Code.NOBODY_AVAILABLE_IN_TEAM, team("T1"), new Reason.Day(DATE)));
    }

    @Test
    void releasingAWorkerPlansTheirWholeCaseloadInTheirTeam() {
        TestCouncil council = new TestCouncil().team("T1", "North").team("T2", "South")
                .worker("LEAVER", JobRole.SOCIAL_WORKER, "T1").worker("S2", JobRole.SOCIAL_WORKER, "T1")
                .worker("S3", JobRole.SOCIAL_WORKER, "T1").worker("AP1", JobRole.ADVANCED_PRACTITIONER, "T1")
                .worker("OTHER", JobRole.SOCIAL_WORKER, "T2")
                .holding("S2", 4).holding("S3", 3).holding("AP1", 2);
        Case sibling1 = council.held("LEAVER", CaseCategory.CHILD_IN_NEED, "F9");
        Case sibling2 = council.held("LEAVER", CaseCategory.CHILD_IN_CARE, "F9");
        Case coWorked = council.held("LEAVER", CaseCategory.CHILD_PROTECTION, null);
        council.coWorking(coWorked, "AP1");
        Register register = council.register();

        Recommendations result = Recommender.recommend(register, CaseloadPolicy.DEFAULT, DATE, List.of(),
                Optional.of("LEAVER"), LIMIT);

        assertThat(result.unallocated()).isEmpty();
        assertThat(result.recommendations()).extracting(Recommendation::caseId)
                .containsExactlyInAnyOrder(sibling1.caseId(), sibling2.caseId(), coWorked.caseId());
        assertThat(result.recommendations()).extracting(Recommendation::workerId).doesNotContain("LEAVER", "OTHER");
        assertThat(placed(result, sibling1.caseId()).workerId()).isEqualTo(placed(result, sibling2.caseId()).workerId());
        Recommendation toCoWorker = placed(result, coWorked.caseId());
        assertThat(toCoWorker.workerId()).as("the co-worker already on the case").isEqualTo("AP1");
        assertThat(toCoWorker.reasons()).contains(Reason.of(Code.CO_WORKS_THE_CASE));
    }

    @Test
    void refusesCasesThatAreNotNewOrUnallocated() {
        TestCouncil council = new TestCouncil().team("T1", "North").worker("S1", JobRole.SOCIAL_WORKER, "T1");
        Case held = council.held("S1", CaseCategory.CHILD_IN_NEED, null);
        Case waiting = council.waiting("K9", CaseCategory.CHILD_IN_NEED, null);
        Register register = council.register();

        assertThatThrownBy(() -> recommend(register, List.of(CaseRequest.of(held))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has a primary worker");
        assertThatThrownBy(() -> recommend(register, List.of(CaseRequest.inTeam(waiting, "T9"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("team T9");
        assertThatThrownBy(() -> recommend(register, List.of(CaseRequest.of(waiting), CaseRequest.of(waiting))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Recommender.recommend(register, CaseloadPolicy.DEFAULT, DATE, List.of(), Optional.of("NOBODY"), LIMIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in employment");
        Case closed = new Case("K8", "C-K8", null, CaseCategory.CHILD_IN_NEED, false, DATE.minusYears(1), DATE.minusDays(1));
        assertThatThrownBy(() -> recommend(register, List.of(CaseRequest.of(closed))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not open on 2025-09-30");
        assertThat(placed(recommend(register, List.of(CaseRequest.of(waiting))), "K9").workerId()).isEqualTo("S1");
        assertThat(recommend(register, List.of())).isEqualTo(new Recommendations(List.of(), List.of()));
    }

    @Test
    void withWeightingOnPointsCapacityHoldsForPrimaryAndCoWorker() {
        CaseloadPolicy weighted = weighted(CaseloadPolicy.DEFAULT);
        // Capacity 100 points (90 for the ASYE worker). A1 holds 10 child in need cases (50 points of 90).
        // AP1 holds 11 child protection and 2 child in need cases: 98 of 100, so co-working (3 points) would go over;
        // AP2 holds 95, so co-working one case fits (98) and a second would not (101).
        TestCouncil council = new TestCouncil().team("T1", "North")
                .worker("A1", JobRole.ASYE_SOCIAL_WORKER, "T1").worker("AP1", JobRole.ADVANCED_PRACTITIONER, "T1")
                .holding("A1", 10).holding("AP1", 2);
        for (int i = 0; i < 11; i++) {
            council.held("AP1", CaseCategory.CHILD_PROTECTION, null);
        }
        Register full = council.register();
        council.worker("AP2", JobRole.ADVANCED_PRACTITIONER, "T1").holding("AP2", 3);
        for (int i = 0; i < 10; i++) {
            council.held("AP2", CaseCategory.CHILD_PROTECTION, null);
        }
        Register roomForOne = council.register();
        List<CaseRequest> twoCases = List.of(CaseRequest.inTeam(newCase("K1", CaseCategory.CHILD_PROTECTION, null), "T1"),
                CaseRequest.inTeam(newCase("K2", CaseCategory.CHILD_PROTECTION, null), "T1"));

        Recommendations none = Recommender.recommend(full, weighted, DATE, twoCases, Optional.empty(), LIMIT);
        Recommendations one = Recommender.recommend(roomForOne, weighted, DATE, twoCases, Optional.empty(), LIMIT);

        assertThat(none.unallocated()).extracting(UnallocatedCase::reason).containsOnly(
                Reason.of(Code.NO_PROTECTOR_IN_TEAM, new Reason.Work(ProtectedWork.CHILD_PROTECTION), team("T1")));
        assertThat(one.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.workerId()).isEqualTo("A1");
            assertThat(r.coWorkerId()).isEqualTo("AP2");
            assertThat(r.loadBefore()).as("10 of 13 cases, above 50 of 90 points").isEqualTo(76.9);
        });
        assertThat(one.unallocated()).hasSize(1);
    }

    @Test
    void theSameRequestAlwaysGetsTheSameAnswer() {
        TestCouncil council = new TestCouncil();
        List<CaseRequest> cases = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            council.team("T" + t, t == 1 ? "North" : "South");
            council.worker("AP" + t, JobRole.ADVANCED_PRACTITIONER, "T" + t).holding("AP" + t, t);
            council.worker("A" + t, JobRole.ASYE_SOCIAL_WORKER, "T" + t).holding("A" + t, 3 + t);
            for (int w = 1; w <= 4; w++) {
                council.worker("S" + t + w, JobRole.SENIOR_SOCIAL_WORKER, "T" + t).holding("S" + t + w, 5 + (w * 3 + t) % 11);
            }
            for (int c = 1; c <= 8; c++) {
                CaseCategory category = CaseCategory.values()[(c + t) % CaseCategory.values().length];
                Case item = newCase("K" + t + c, category, c % 3 == 0 ? null : "F" + t + (c % 3));
                cases.add(c == 8 ? new CaseRequest(item, null, "South") : CaseRequest.inTeam(item, "T" + t));
            }
        }
        Register register = council.register();

        Recommendations first = recommend(register, cases);
        Recommendations second = recommend(register, cases);

        assertThat(second).isEqualTo(first);
        assertThat(first.recommendations().size() + first.unallocated().size()).isEqualTo(cases.size());
        assertThat(first.recommendations()).as("no reason names the recommendation's own worker").allSatisfy(r ->
                assertThat(r.reasons()).allSatisfy(reason -> assertThat(reason.args(Reason.WorkerId.class)).doesNotContain(worker(r.workerId()))));
        assertThat(AllocationFigures.of(register, CaseloadPolicy.DEFAULT, DATE, cases, Optional.empty(), first).hardRulesBroken())
                .isZero();
    }

    static CaseloadPolicy weighted(CaseloadPolicy policy) {
        CaseloadPolicy.Weighting w = policy.weighting();
        return new CaseloadPolicy(policy.caseHoldingRoles(), policy.asyeCap(), policy.earlyCareerCap(), policy.mentoringCap(),
                policy.experiencedCap(), new CaseloadPolicy.Weighting(true, w.categoryPoints(), w.courtProceedingsPoints(),
                        w.coWorkingPoints(), w.pointsPerFte()), policy.unallocatedAlertWorkingDays());
    }
}
