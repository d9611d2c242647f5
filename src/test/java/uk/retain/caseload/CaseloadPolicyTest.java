package uk.retain.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.JobRole;

/** The default caps of the caseload policy, one rule each. */
class CaseloadPolicyTest {

    static final LocalDate DATE = LocalDate.of(2025, 9, 30);
    static final LocalDate EXPERIENCED = LocalDate.of(2015, 6, 1);
    static final CaseloadPolicy POLICY = CaseloadPolicy.DEFAULT;

    @Test
    void asyeWorkersAreCappedAt13() {
        assertThat(POLICY.cap(JobRole.ASYE_SOCIAL_WORKER, LocalDate.of(2025, 6, 1), BigDecimal.ONE, DATE)).isEqualTo(13);
    }

    @Test
    void underTwoYearsOrNoQualificationDateIs15() {
        assertThat(POLICY.cap(JobRole.SOCIAL_WORKER, LocalDate.of(2024, 1, 1), BigDecimal.ONE, DATE)).isEqualTo(15);
        assertThat(POLICY.cap(JobRole.SENIOR_SOCIAL_WORKER, null, BigDecimal.ONE, DATE)).isEqualTo(15);
        assertThat(POLICY.cap(JobRole.SOCIAL_WORKER, LocalDate.of(2023, 10, 1), BigDecimal.ONE, DATE)).as("a day short of 2 years").isEqualTo(15);
        assertThat(POLICY.cap(JobRole.SOCIAL_WORKER, LocalDate.of(2023, 9, 30), BigDecimal.ONE, DATE)).as("exactly 2 years").isEqualTo(18);
    }

    @Test
    void advancedAndConsultantPractitionersAre12() {
        assertThat(POLICY.cap(JobRole.ADVANCED_PRACTITIONER, EXPERIENCED, BigDecimal.ONE, DATE)).isEqualTo(12);
        assertThat(POLICY.cap(JobRole.CONSULTANT_SOCIAL_WORKER, EXPERIENCED, BigDecimal.ONE, DATE)).isEqualTo(12);
    }

    @Test
    void everyoneElseWhoHoldsCasesIs18AndOtherRolesTakeNone() {
        assertThat(POLICY.cap(JobRole.SOCIAL_WORKER, EXPERIENCED, BigDecimal.ONE, DATE)).isEqualTo(18);
        assertThat(POLICY.cap(JobRole.SENIOR_SOCIAL_WORKER, EXPERIENCED, BigDecimal.ONE, DATE)).isEqualTo(18);
        for (JobRole role : EnumSet.complementOf(EnumSet.copyOf(POLICY.caseHoldingRoles()))) {
            assertThat(POLICY.cap(role, EXPERIENCED, BigDecimal.ONE, DATE)).as(role.code()).isZero();
        }
    }

    @Test
    void theCapScalesWithFteRoundedDown() {
        assertThat(POLICY.cap(JobRole.SOCIAL_WORKER, EXPERIENCED, new BigDecimal("0.6"), DATE)).as("18 x 0.6 = 10.8").isEqualTo(10);
        assertThat(POLICY.cap(JobRole.ASYE_SOCIAL_WORKER, DATE, new BigDecimal("0.5"), DATE)).as("13 x 0.5 = 6.5").isEqualTo(6);
    }

    @Test
    void nobodyIsCappedAbove20WhateverTheSettings() {
        CaseloadPolicy generous = new CaseloadPolicy(POLICY.caseHoldingRoles(), 25, 25, 25, 30, POLICY.weighting(), 5);
        assertThat(generous.cap(JobRole.SOCIAL_WORKER, EXPERIENCED, BigDecimal.ONE, DATE)).isEqualTo(20);
        assertThat(generous.cap(JobRole.ASYE_SOCIAL_WORKER, DATE, BigDecimal.ONE, DATE)).isEqualTo(20);
    }

    @Test
    void weightingGivesPointsAndCapacity() {
        CaseloadPolicy.Weighting weighting = POLICY.weighting();
        assertThat(weighting.enabled()).as("off by default").isFalse();
        assertThat(weighting.primaryPoints(CaseCategory.CHILD_PROTECTION, true)).isEqualTo(8 + 3);
        assertThat(POLICY.capacityPoints(JobRole.SOCIAL_WORKER, BigDecimal.ONE)).isEqualTo(100);
        assertThat(POLICY.capacityPoints(JobRole.ASYE_SOCIAL_WORKER, BigDecimal.ONE)).as("10% lighter").isEqualTo(90);
        assertThat(POLICY.capacityPoints(JobRole.TEAM_MANAGER, BigDecimal.ONE)).isZero();
        assertThat(new CaseloadPolicy.Weighting(true, Map.of(CaseCategory.OTHER, 2), 0, 0, 50).categoryPoints())
                .as("missing categories weigh 0").containsEntry(CaseCategory.ASSESSMENT, 0).containsEntry(CaseCategory.OTHER, 2);
    }
}
