package uk.retain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scenarios store against a real database (V16): a saved scenario comes back with every lever as it went in,
 * the levers left to history as such; saving under a name replaces; removing the last brings the examples back.
 * Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
abstract class ScenariosStoreContract {

    static final Instant AT = Instant.parse("2026-11-30T10:15:30Z");

    @Autowired
    Scenarios scenarios;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    uk.retain.workforce.Registers registers;

    @BeforeEach
    void none() throws Exception {
        registers.replace(uk.retain.workforce.Bundles.read(java.nio.file.Path.of("src/test/resources/bundles/small")));
        jdbc.update("delete from planning_scenario");
    }

    @Test
    void aSavedScenarioComesBackWithEveryLeverAsItWentIn() {
        Scenarios.Scenario somerset = Scenarios.EXAMPLES.get(1);
        Scenarios.Scenario retention = Scenarios.EXAMPLES.get(2);
        assertThat(scenarios.of("999")).as("none saved: the examples").isEqualTo(Scenarios.EXAMPLES);

        String name = "Plan 2027 – Somerset’s way, “caseload 17”";
        scenarios.save("999", name, somerset.levers(), "lead", AT);
        scenarios.save("999", "Retention first", retention.levers(), "lead", AT.plusSeconds(60));

        List<Scenarios.Scenario> saved = scenarios.saved("999");
        assertThat(saved).extracting(Scenarios.Scenario::name).containsExactly(name, "Retention first");
        assertThat(saved.get(0).levers()).isEqualTo(somerset.levers());
        assertThat(saved.get(0).changedBy()).isEqualTo("lead");
        assertThat(saved.get(0).changedAt()).isEqualTo(AT);
        assertThat(saved.get(1).levers()).as("levers left to history stay so").isEqualTo(retention.levers());
        assertThat(scenarios.of("999")).as("saved ones replace the examples").isEqualTo(saved);
        assertThat(scenarios.find("999", "As now")).isEmpty();
    }

    @Test
    void savingUnderANameReplacesAndRemovingTheLastBringsTheExamplesBack() {
        scenarios.save("999", "Mine", Levers.AS_NOW, "lead", AT);
        Levers changed = Scenarios.EXAMPLES.get(1).levers();
        scenarios.save("999", "Mine", changed, "director", AT.plusSeconds(5));
        assertThat(scenarios.saved("999")).singleElement().satisfies(s -> {
            assertThat(s.levers()).isEqualTo(changed);
            assertThat(s.changedBy()).isEqualTo("director");
        });
        assertThat(scenarios.remove("999", "Mine")).isTrue();
        assertThat(scenarios.remove("999", "Mine")).isFalse();
        assertThat(scenarios.of("999")).isEqualTo(Scenarios.EXAMPLES);
    }
}
