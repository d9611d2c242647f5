package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import uk.retain.RetainApplication;

/**
 * The demo module stands on the public types of the register (and of people, for its demo users, of caseloads, to
 * choose the team its team manager manages and to weigh caseloads against caps, of the capability modules whose
 * files it writes, and of web for the day the demo is set on) alone, so it can never reach into the bundle reader.
 */
class DemoModuleTest {

    @Test
    void usesOnlyThePublicTypesOfTheRegisterPeopleCaseloadsAndTheCapabilityModules() {
        ApplicationModules modules = ApplicationModules.of(RetainApplication.class);
        ApplicationModule demo = modules.getModuleByName("demo").orElseThrow();

        assertThat(demo.getDisplayName()).isEqualTo("Demo council");
        assertThat(demo.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getDisplayName))
                .containsExactlyInAnyOrder("Workforce register", "People and access", "Caseloads", "People development",
                        "Recruitment", "Agency", "Leaving and staying", "Web");
        demo.verifyDependencies(modules);
    }
}
