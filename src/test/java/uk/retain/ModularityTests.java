package uk.retain;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each capability is a module that others reach only through its public API, and no two depend on each other. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RetainApplication.class);

    @Test
    void modulesKeepToTheirPublicApis() {
        modules.verify();
    }
}
