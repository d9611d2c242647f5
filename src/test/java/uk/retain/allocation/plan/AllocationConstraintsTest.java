package uk.retain.allocation.plan;

import static uk.retain.allocation.plan.Facts.placement;
import static uk.retain.allocation.plan.Facts.socialWorker;
import static uk.retain.allocation.plan.Facts.worker;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import uk.retain.workforce.JobRole;

/** Each constraint on its own: it penalises a plan that breaks its rule, and leaves one that keeps it alone. */
class AllocationConstraintsTest {

    private final ConstraintVerifier<AllocationConstraints, AllocationPlan> verifier =
            ConstraintVerifier.build(new AllocationConstraints(), AllocationPlan.class, Placement.class);

    private final Candidate asye = worker("ASYE").role(JobRole.ASYE_SOCIAL_WORKER).load(0, 13).build();
    private final Candidate ap = worker("AP").role(JobRole.ADVANCED_PRACTITIONER).load(0, 12).build();

    // worker in employment and not absent

    @Test
    void workerInEmploymentAndNotAbsentPenalisesAnAbsentPrimaryAndAWorkerNoLongerEmployed() {
        Candidate away = worker("W1").absent().build();
        Candidate gone = worker("AP2").role(JobRole.ADVANCED_PRACTITIONER).notInEmployment().build();
        verifier.verifyThat(AllocationConstraints::workerInEmploymentAndNotAbsent)
                .given(placement("K1").to(away).build(), placement("K2").childProtection().to(asye).coWorkedBy(gone).build())
                .penalizesBy(2);
    }

    @Test
    void workerInEmploymentAndNotAbsentLeavesWorkersAtWorkAlone() {
        verifier.verifyThat(AllocationConstraints::workerInEmploymentAndNotAbsent)
                .given(placement("K1").to(socialWorker("W1")).build(), placement("K2").childProtection().to(asye).coWorkedBy(ap).build(),
                        placement("K3").build())
                .hasNoImpact();
    }

    // case holding role

    @Test
    void caseHoldingRolePenalisesAPrimaryWhoseRoleHoldsNoCases() {
        Candidate manager = worker("TM").role(JobRole.TEAM_MANAGER).holdsNoCases().build();
        verifier.verifyThat(AllocationConstraints::caseHoldingRole).given(placement("K1").to(manager).build()).penalizesBy(1);
    }

    @Test
    void caseHoldingRoleLeavesCaseHoldersAlone() {
        verifier.verifyThat(AllocationConstraints::caseHoldingRole)
                .given(placement("K1").to(socialWorker("W1")).build(), placement("K2").to(asye).build())
                .hasNoImpact();
    }

    // within the case team

    private final Candidate south = worker("W2").team("T2", "South").build();
    private final Candidate southAp = worker("AP2").team("T2", "South").role(JobRole.ADVANCED_PRACTITIONER).build();

    @Test
    void withinTheCaseTeamPenalisesAPrimaryOrCoWorkerFromAnotherTeam() {
        verifier.verifyThat(AllocationConstraints::withinTheCaseTeam)
                .given(placement("K1").team("T1").to(south).build(),
                        placement("K2").team("T1").childProtection().to(asye).coWorkedBy(southAp).build())
                .penalizesBy(2);
    }

    @Test
    void withinTheCaseTeamLeavesWorkersOfTheTeamAndCasesForAnyTeamAlone() {
        verifier.verifyThat(AllocationConstraints::withinTheCaseTeam)
                .given(placement("K1").team("T1").to(socialWorker("W1")).build(), placement("K2").to(south).build())
                .hasNoImpact();
    }

    // cases within cap

    @Test
    void casesWithinCapPenalisesEachCaseOverTheCapCountingOnlyPrimaries() {
        Candidate nearlyFull = worker("W1").load(17, 18).build();
        verifier.verifyThat(AllocationConstraints::casesWithinCap)
                .given(placement("K1").to(nearlyFull).build(), placement("K2").to(nearlyFull).build(),
                        placement("K3").to(nearlyFull).build())
                .penalizesBy(2);
    }

    @Test
    void casesWithinCapPenalisesOnlyTheCasesAddedToAWorkerAlreadyOver() {
        Candidate over = worker("W1").load(20, 18).build();
        verifier.verifyThat(AllocationConstraints::casesWithinCap).given(placement("K1").to(over).build()).penalizesBy(1);
    }

    @Test
    void casesWithinCapLeavesCasesUpToTheCapAndCoWorkingAlone() {
        Candidate nearlyFull = worker("W1").load(17, 18).build();
        Candidate fullAp = worker("AP").role(JobRole.ADVANCED_PRACTITIONER).load(12, 12).build();
        verifier.verifyThat(AllocationConstraints::casesWithinCap)
                .given(placement("K1").to(nearlyFull).build(), placement("K2").childProtection().to(asye).coWorkedBy(fullAp).build())
                .hasNoImpact();
    }

    // points within capacity

    @Test
    void pointsWithinCapacityPenalisesEachPointOverCapacityFromPrimaryAndCoWorkedCases() {
        Candidate primary = worker("W1").points(95, 100).build();
        Candidate coWorker = worker("AP").role(JobRole.ADVANCED_PRACTITIONER).points(98, 100).build();
        verifier.verifyThat(AllocationConstraints::pointsWithinCapacity)
                .given(placement("K1").points(8).to(primary).build(),
                        placement("K2").childProtection().to(asye).coWorkedBy(coWorker).build())
                .penalizesBy(3 + 1);
    }

    @Test
    void pointsWithinCapacityLeavesPointsWithinCapacityAndUnweightedWorkersAlone() {
        Candidate roomy = worker("W1").points(50, 100).build();
        Candidate unweighted = worker("W2").build();
        verifier.verifyThat(AllocationConstraints::pointsWithinCapacity)
                .given(placement("K1").points(8).to(roomy).build(), placement("K2").points(500).to(unweighted).build())
                .hasNoImpact();
    }

    // newly qualified never alone

    @Test
    void newlyQualifiedNeverAlonePenalisesAnAsyeWorkerAloneOrWithoutAnExperiencedCoWorkerOnProtectedWork() {
        verifier.verifyThat(AllocationConstraints::newlyQualifiedNeverAlone)
                .given(placement("K1").childProtection().to(asye).build(),
                        placement("K2").inCourt().to(asye).build(),
                        placement("K3").childProtection().to(asye).coWorkedBy(socialWorker("W1")).build())
                .penalizesBy(3);
    }

    @Test
    void newlyQualifiedNeverAloneLeavesProtectedWorkCoWorkedByAnAdvancedPractitionerOrConsultantAlone() {
        Candidate consultant = worker("CSW").role(JobRole.CONSULTANT_SOCIAL_WORKER).build();
        verifier.verifyThat(AllocationConstraints::newlyQualifiedNeverAlone)
                .given(placement("K1").childProtection().to(asye).coWorkedBy(ap).build(),
                        placement("K2").inCourt().to(asye).coWorkedBy(consultant).build(),
                        placement("K3").childProtection().to(asye).coWorkedNowBy(ap).build(),
                        placement("K4").to(asye).build(),
                        placement("K5").childProtection().to(socialWorker("W1")).build())
                .hasNoImpact();
    }

    // co worker only where needed

    @Test
    void coWorkerOnlyWhereNeededPenalisesACoWorkerTheProtectionRuleDoesNotNeed() {
        verifier.verifyThat(AllocationConstraints::coWorkerOnlyWhereNeeded)
                .given(placement("K1").childProtection().to(socialWorker("W1")).coWorkedBy(ap).build(),
                        placement("K2").to(asye).coWorkedBy(ap).build(),
                        placement("K3").childProtection().to(asye).coWorkedNowBy(ap).coWorkedBy(ap).build(),
                        placement("K4").childProtection().coWorkedBy(ap).build())
                .penalizesBy(4);
    }

    @Test
    void coWorkerOnlyWhereNeededLeavesTheCoWorkerOfANewlyQualifiedPrimaryOnProtectedWorkAlone() {
        verifier.verifyThat(AllocationConstraints::coWorkerOnlyWhereNeeded)
                .given(placement("K1").childProtection().to(asye).coWorkedBy(ap).build(),
                        placement("K2").to(socialWorker("W1")).build())
                .hasNoImpact();
    }

    // co worker not the primary

    @Test
    void coWorkerNotThePrimaryPenalisesAWorkerCoWorkingTheirOwnCase() {
        verifier.verifyThat(AllocationConstraints::coWorkerNotThePrimary)
                .given(placement("K1").childProtection().to(ap).coWorkedBy(ap).build())
                .penalizesBy(1);
    }

    @Test
    void coWorkerNotThePrimaryLeavesTwoWorkersAlone() {
        verifier.verifyThat(AllocationConstraints::coWorkerNotThePrimary)
                .given(placement("K1").childProtection().to(asye).coWorkedBy(ap).build())
                .hasNoImpact();
    }

    // case left unallocated

    @Test
    void caseLeftUnallocatedCostsOneForEachCaseWithoutAPrimary() {
        verifier.verifyThat(AllocationConstraints::caseLeftUnallocated)
                .given(placement("K1").build(), placement("K2").build(), placement("K3").to(socialWorker("W1")).build())
                .penalizesBy(2);
    }

    @Test
    void caseLeftUnallocatedLeavesPlacedCasesAlone() {
        verifier.verifyThat(AllocationConstraints::caseLeftUnallocated)
                .given(placement("K1").to(socialWorker("W1")).build())
                .hasNoImpact();
    }

    // siblings with one worker

    private final Candidate w1 = socialWorker("W1");
    private final Candidate w2 = socialWorker("W2");

    @Test
    void siblingsWithOneWorkerPenalisesEachPairOfNewSiblingsApartAndEachSiblingHeldBySomeoneElse() {
        verifier.verifyThat(AllocationConstraints::siblingsWithOneWorker)
                .given(placement("K1").family("F1").to(w1).build(), placement("K2").family("F1").to(w1).build(),
                        placement("K3").family("F1").to(w2).build(),
                        placement("K4").family("F2").siblingHeldBy("W1").siblingHeldBy("W1").to(w2).build())
                .penalizesBy(2 + 2);
    }

    @Test
    void siblingsWithOneWorkerLeavesSiblingsWithOneWorkerAndUnrelatedCasesAlone() {
        verifier.verifyThat(AllocationConstraints::siblingsWithOneWorker)
                .given(placement("K1").family("F1").to(w1).build(), placement("K2").family("F1").to(w1).build(),
                        placement("K3").family("F2").siblingHeldBy("W2").to(w2).build(),
                        placement("K4").to(w1).build(), placement("K5").to(w2).build(),
                        placement("K6").family("F1").build())
                .hasNoImpact();
    }

    // worker who knows the child

    @Test
    void workerWhoKnowsTheChildPenalisesAWorkerOtherThanOneWhoKnowsTheChild() {
        verifier.verifyThat(AllocationConstraints::workerWhoKnowsTheChild)
                .given(placement("K1").knownBy("W1", Placement.Familiarity.HELD_THE_CHILD).to(socialWorker("W2")).build())
                .penalizesBy(1);
    }

    @Test
    void workerWhoKnowsTheChildLeavesAWorkerWhoKnowsTheChildAndChildrenNobodyKnowsAlone() {
        verifier.verifyThat(AllocationConstraints::workerWhoKnowsTheChild)
                .given(placement("K1").knownBy("W1", Placement.Familiarity.CO_WORKS_THE_CASE).to(socialWorker("W1")).build(),
                        placement("K2").to(socialWorker("W2")).build())
                .hasNoImpact();
    }

    // load balanced across the team

    // Two workers of one team with a cap of 10: one case is 10% of either's load.
    private final Candidate a = worker("A").load(0, 10).build();
    private final Candidate b = worker("B").load(0, 10).build();
    private final Candidate busy = worker("C").load(5, 10).build();

    @Test
    void loadBalancedAcrossTheTeamPenalisesTheSpreadOfLoadInTheTeamAndTheCouncil() {
        // Loads 10% and 0%: squared differences from the mean 5% are 25 + 25 = 50, in the team and in the council.
        verifier.verifyThat(AllocationConstraints::loadBalancedAcrossTheTeam)
                .given(a, b, placement("K1").to(a).build())
                .penalizesBy(100);
    }

    @Test
    void loadBalancedAcrossTheTeamPenalisesACaseOnTheBusierWorkerMoreThanOnTheQuieterOne() {
        // A at 0%, C at 50%. Case to A: 10 and 50, 800 each; case to C: 0 and 60, 1800 each.
        verifier.verifyThat(AllocationConstraints::loadBalancedAcrossTheTeam)
                .given(a, busy, placement("K1").to(a).build()).penalizesBy(1600);
        verifier.verifyThat(AllocationConstraints::loadBalancedAcrossTheTeam)
                .given(a, busy, placement("K1").to(busy).build()).penalizesBy(3600);
    }

    @Test
    void loadBalancedAcrossTheTeamLeavesAnEvenlyLoadedTeamAlone() {
        verifier.verifyThat(AllocationConstraints::loadBalancedAcrossTheTeam)
                .given(a, b, placement("K1").to(a).build(), placement("K2").to(b).build())
                .penalizesBy(0);
    }

    // same locality

    @Test
    void sameLocalityPenalisesAWorkerFromAnotherLocality() {
        Candidate south = worker("W2").team("T2", "South").build();
        verifier.verifyThat(AllocationConstraints::sameLocality)
                .given(placement("K1").locality("North").to(south).build())
                .penalizesBy(1);
    }

    @Test
    void sameLocalityLeavesTheSameLocalityAndCasesWithoutOneAlone() {
        verifier.verifyThat(AllocationConstraints::sameLocality)
                .given(placement("K1").locality("North").to(socialWorker("W1")).build(),
                        placement("K2").to(worker("W2").team("T2", "South").build()).build())
                .hasNoImpact();
    }
}
