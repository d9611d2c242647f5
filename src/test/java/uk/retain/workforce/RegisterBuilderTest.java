package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegisterBuilderTest {

    private static final Authority AUTHORITY = new Authority("999", "Test", null);

    @Test
    void aNewRegisterHoldsItsRequiredFilesAndNothingElse() {
        Register register = Register.of(AUTHORITY).build();
        assertThat(register.files()).isEqualTo(EnumSet.of(BundleFile.AUTHORITY, BundleFile.TEAMS, BundleFile.WORKERS,
                BundleFile.EMPLOYMENTS));
        assertThat(register.teams()).isEmpty();
        assertThat(register.capabilityFiles()).isEmpty();
    }

    @Test
    void givingTheRowsOfAnOptionalFileHoldsItEvenEmpty() {
        Register register = Register.of(AUTHORITY).absences(List.of()).build();
        assertThat(register.has(BundleFile.ABSENCES)).isTrue();
        assertThat(register.has(BundleFile.CASES)).isFalse();
    }

    @Test
    void toBuilderChangesOnlyWhatItIsGivenAndKeepsTheCapabilityFiles() {
        Register demoLike = Register.of(AUTHORITY).teams(List.of(new Team("T1", "Team", ServiceArea.COURT, null)))
                .cases(List.of()).build();
        Register withCapability = new Register(demoLike.authority(), demoLike.teams(), demoLike.workers(),
                demoLike.employments(), demoLike.posts(), demoLike.absences(), demoLike.cases(), demoLike.allocations(),
                demoLike.supervisions(), demoLike.files(), java.util.Map.of("vacancies.csv", List.of()));

        Register renamed = withCapability.toBuilder().authority(new Authority("998", "Other", null)).build();

        assertThat(renamed.authority().laCode()).isEqualTo("998");
        assertThat(renamed.teams()).isEqualTo(withCapability.teams());
        assertThat(renamed.files()).isEqualTo(withCapability.files());
        assertThat(renamed.capabilityFiles()).isEqualTo(withCapability.capabilityFiles());
        assertThat(withCapability.toBuilder().build()).isEqualTo(withCapability);
    }

    @Test
    void withoutDropsAnOptionalFileAndRefusesARequiredOne() {
        Register register = Register.of(AUTHORITY).cases(List.of()).build().toBuilder().without(BundleFile.CASES).build();
        assertThat(register.has(BundleFile.CASES)).isFalse();
        assertThatThrownBy(() -> Register.of(AUTHORITY).without(BundleFile.TEAMS)).isInstanceOf(IllegalArgumentException.class);
    }
}
