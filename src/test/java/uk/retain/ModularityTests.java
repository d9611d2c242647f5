package uk.retain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;


/**
 * Each capability is a module that others reach only through its public API, in the directions its
 * {@code package-info.java} declares, and no two depend on each other. The module diagrams are written to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RetainApplication.class);

    @Test
    void modulesKeepToTheirPublicApisAndDeclaredDirections() {
        modules.verify();
    }

    @Test
    void aDependencyAgainstTheDeclaredDirectionFails(@TempDir Path copy) throws Exception {
        // Modulith leaves out classes compiled from the tests (by their location), so the deliberately wrong fixture is
        // read from a copy of its class files in another folder.
        Path compiled = Path.of("target/test-classes/uk/retain/fixtures");
        try (var files = Files.walk(compiled)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve("uk/retain/fixtures").resolve(compiled.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader fixture = new URLClassLoader(new URL[] {copy.toUri().toURL()}, original)) {
            thread.setContextClassLoader(fixture);
            ApplicationModules wrong = ApplicationModules.of("uk.retain.fixtures.wrongdirection");

            assertThatThrownBy(wrong::verify).isInstanceOf(Violations.class)
                    .hasMessageContaining("lower").hasMessageContaining("upper");
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    /** The modules publish {@code people.Audited}; the audit trail listens, so it depends on them and none on it. */
    @Test
    void theAuditTrailDependsOnTheModulesAndNoneOnIt() {
        ApplicationModule audit = modules.getModuleByName("audit").orElseThrow();

        assertThat(modules.stream().filter(module -> module.getDirectDependencies(modules).contains(audit))
                .map(ApplicationModule::getDisplayName)).isEmpty();
        assertThat(audit.getDirectDependencies(modules).containsModuleNamed("people")).isTrue();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeDocumentation();
    }
}
