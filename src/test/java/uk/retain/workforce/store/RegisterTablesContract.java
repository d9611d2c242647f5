package uk.retain.workforce.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * A whole register through the database and back, read from its tables rather than from the cache: the demo
 * council's four years of workers, rows, posts, absences, cases, allocations and supervisions come back as they
 * went in, to the last decimal and empty cell. Subclasses run it on H2 and PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
abstract class RegisterTablesContract {

    @Autowired
    Registers registers;

    @Autowired
    RegisterTables tables;

    @Test
    void theDemoCouncilComesBackFromItsTablesAsItWentIn() {
        Register demo = DemoCouncil.demo();
        long version = registers.replace(demo).version();

        VersionedRegister stored = tables.load(DemoCouncil.LA_CODE).orElseThrow();

        assertThat(stored.version()).isEqualTo(version);
        Register back = stored.register();
        assertThat(back.authority()).isEqualTo(demo.authority());
        assertThat(back.files()).isEqualTo(demo.files());
        assertThat(back.teams()).containsExactlyInAnyOrderElementsOf(demo.teams());
        assertThat(back.workers()).containsExactlyInAnyOrderElementsOf(demo.workers());
        assertThat(back.employments()).usingRecursiveFieldByFieldElementComparator(decimalsByValue())
                .containsExactlyInAnyOrderElementsOf(demo.employments());
        assertThat(back.posts()).usingRecursiveFieldByFieldElementComparator(decimalsByValue())
                .containsExactlyInAnyOrderElementsOf(demo.posts());
        assertThat(back.absences()).usingRecursiveFieldByFieldElementComparator(decimalsByValue())
                .containsExactlyInAnyOrderElementsOf(demo.absences());
        assertThat(back.cases()).containsExactlyInAnyOrderElementsOf(demo.cases());
        assertThat(back.allocations()).containsExactlyInAnyOrderElementsOf(demo.allocations());
        assertThat(back.supervisions()).containsExactlyInAnyOrderElementsOf(demo.supervisions());
    }

    @Autowired
    java.util.List<uk.retain.workforce.RowsKeptBeside> kept;

    /** The small bundle with a row or two of every capability file stored as its CSV, and history_from. */
    static final java.nio.file.Path PEOPLE = java.nio.file.Path.of("src/test/resources/bundles/people");

    @Test
    @SuppressWarnings("unchecked")
    void everyCapabilityFileComesBackFromTheDatabaseAsItWentIn() throws Exception {
        Register bundle = uk.retain.workforce.Bundles.read(PEOPLE);
        // Every file stored as its CSV: all but those kept in their module's tables (their own contract tests).
        long keptBeside = kept.stream().mapToLong(capability -> capability.files().size()).sum();
        assertThat(bundle.capabilityFiles()).hasSize(uk.retain.workforce.BundleFileTypes.all().size() - (int) keptBeside);
        registers.replace(bundle);

        Register back = tables.load(bundle.authority().laCode()).orElseThrow().register();

        assertThat(back.authority()).isEqualTo(bundle.authority());
        assertThat(back.authority().historyFrom()).isEqualTo(java.time.LocalDate.of(2023, 10, 1));
        assertThat(back.capabilityFiles().keySet()).containsExactlyInAnyOrderElementsOf(bundle.capabilityFiles().keySet());
        bundle.capabilityFiles().forEach((file, rows) -> assertThat((java.util.List<Object>) back.capabilityFiles().get(file))
                .as(file).usingRecursiveFieldByFieldElementComparator(decimalsByValue())
                .containsExactlyElementsOf((java.util.List<Object>) rows));
    }

    @Test
    void aReimportWithoutACapabilityFileRemovesItsRows() throws Exception {
        registers.replace(uk.retain.workforce.Bundles.read(PEOPLE));
        Register without = uk.retain.workforce.Bundles.read(java.nio.file.Path.of("src/test/resources/bundles/small"));
        registers.replace(without);

        Register back = tables.load(without.authority().laCode()).orElseThrow().register();

        assertThat(back.capabilityFiles()).isEmpty();
        assertThat(back.authority().historyFrom()).isNull();
    }

    /** 0.5 and 0.50 are the same FTE; a database may hand back either scale. */
    private static org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration decimalsByValue() {
        return org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class).build();
    }
}
