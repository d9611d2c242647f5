package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The small rules other modules share, each in one place: newly qualified, who protects them, experienced. */
class RulesOfTheRegisterTest {

    @Test
    void onlyTheAsyeRoleIsNewlyQualified() {
        assertThat(Arrays.stream(JobRole.values()).filter(JobRole::newlyQualified)).containsExactly(JobRole.ASYE_SOCIAL_WORKER);
    }

    @Test
    void advancedPractitionersAndConsultantsProtectTheNewlyQualified() {
        assertThat(Arrays.stream(JobRole.values()).filter(JobRole::protectsNewlyQualified))
                .containsExactlyInAnyOrder(JobRole.ADVANCED_PRACTITIONER, JobRole.CONSULTANT_SOCIAL_WORKER);
    }

    @Test
    void experiencedIsQualifiedOnOrBeforeTwoCalendarYearsAgo() {
        LocalDate census = LocalDate.of(2025, 9, 30);
        assertThat(Worker.experienced(LocalDate.of(2023, 9, 30), census)).isTrue();
        assertThat(Worker.experienced(LocalDate.of(2023, 10, 1), census)).isFalse();
        assertThat(Worker.experienced(null, census)).isFalse();
        // 2026-02-28 minus two years is 2024-02-28: a worker qualified on the leap day is not yet experienced.
        assertThat(Worker.experienced(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(Worker.experienced(LocalDate.of(2024, 2, 28), LocalDate.of(2026, 2, 28))).isTrue();
    }
}
