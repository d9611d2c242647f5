package uk.retain.workforce.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationConflictException;
import uk.retain.workforce.AllocationProvenance;
import uk.retain.workforce.AllocationRequest;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.ImportPreview;
import uk.retain.workforce.Register;
import uk.retain.workforce.RegisterChangedException;
import uk.retain.workforce.Registers;

/**
 * Allocating a case in the database: history kept, the bundle's rules still hold afterwards, two managers
 * accepting at once never give a case two primary workers, and each allocation made in Retain is recorded as such
 * (by whom, when) until an import replaces it, which is checked against the version it was previewed at.
 * Subclasses run it on H2 and PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
abstract class AllocationsContract {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final LocalDate OCTOBER = LocalDate.of(2025, 10, 1);

    @Autowired
    Registers registers;

    @TempDir
    Path temp;

    @BeforeEach
    void freshRegister() throws Exception {
        registers.replace(Bundles.read(SMALL));
    }

    @Test
    void allocatingAnUnallocatedCaseKeepsTheRegisterValid() throws Exception {
        long before = registers.find("999").orElseThrow().version();

        long after = registers.allocate(new AllocationRequest("999", "K5", "W1", null, OCTOBER, null), "team.manager");

        assertThat(after).isEqualTo(before + 1);
        Register register = registers.find("999").orElseThrow().register();
        assertThat(primaries(register, "K5")).singleElement().satisfies(a -> {
            assertThat(a.workerId()).isEqualTo("W1");
            assertThat(a.startDate()).isEqualTo(OCTOBER);
            assertThat(a.endDate()).isNull();
        });
        BundleWriter.writeFolder(register, temp.resolve("after"));
        assertThat(Bundles.read(temp.resolve("after"))).as("still a valid bundle").isNotNull();
    }

    @Test
    void aSecondAcceptanceOfTheSameCaseIsAConflictAndChangesNothing() {
        registers.allocate(new AllocationRequest("999", "K5", "W1", null, OCTOBER, null), "team.manager");
        long version = registers.find("999").orElseThrow().version();

        assertThatThrownBy(() -> registers.allocate(new AllocationRequest("999", "K5", "W3", null, OCTOBER, null), "team.manager"))
                .isInstanceOf(AllocationConflictException.class).hasMessageContaining("already has a primary worker (W1)");

        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(primaries(registers.find("999").orElseThrow().register(), "K5")).hasSize(1);
    }

    @Test
    void reallocatingEndsThePreviousPrimaryWithItsReason() throws Exception {
        registers.allocate(new AllocationRequest("999", "K1", "W3", "W1", OCTOBER, ChangeReason.WORKLOAD_BALANCE), "team.manager");

        Register register = registers.find("999").orElseThrow().register();
        List<Allocation> k1 = primaries(register, "K1");
        assertThat(k1).extracting(Allocation::workerId, Allocation::endDate, Allocation::changeReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("W4", LocalDate.of(2025, 8, 15), ChangeReason.WORKER_LEFT),
                org.assertj.core.groups.Tuple.tuple("W1", LocalDate.of(2025, 9, 30), ChangeReason.WORKLOAD_BALANCE),
                org.assertj.core.groups.Tuple.tuple("W3", null, null));
        assertThat(register.allocations()).anySatisfy(a -> {
            assertThat(a.caseId()).isEqualTo("K1");
            assertThat(a.workerId()).isEqualTo("W1");
            assertThat(a.isPrimary()).isFalse();
        });
        BundleWriter.writeFolder(register, temp.resolve("after"));
        assertThat(Bundles.read(temp.resolve("after"))).isNotNull();
    }

    @Test
    void aCoWorkerWhoBecomesThePrimaryWorkerStopsCoWorking() throws Exception {
        // W1 co-works K2 from 2025-08-16; W2, its primary, hands it on to W1.
        registers.allocate(new AllocationRequest("999", "K2", "W1", null, OCTOBER, ChangeReason.WORKER_LEFT), "team.manager");

        Register register = registers.find("999").orElseThrow().register();
        List<Allocation> w1OnK2 = register.allocations().stream()
                .filter(a -> a.caseId().equals("K2") && a.workerId().equals("W1")).toList();
        assertThat(w1OnK2).extracting(Allocation::role, Allocation::startDate, Allocation::endDate, Allocation::changeReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AllocationRole.CO_WORKER, LocalDate.of(2025, 8, 16), OCTOBER.minusDays(1), ChangeReason.OTHER),
                        org.assertj.core.groups.Tuple.tuple(AllocationRole.PRIMARY, OCTOBER, null, null));
        BundleWriter.writeFolder(register, temp.resolve("after"));
        assertThat(Bundles.read(temp.resolve("after"))).as("still a valid bundle").isNotNull();
    }

    @Test
    void aWorkerWhoHasLeftOrAClosedCaseIsRefused() {
        assertThatThrownBy(() -> registers.allocate(new AllocationRequest("999", "K5", "W4", null, OCTOBER, null), "team.manager"))
                .isInstanceOf(AllocationConflictException.class).hasMessageContaining("not in open-ended employment");
        assertThatThrownBy(() -> registers.allocate(new AllocationRequest("999", "K3", "W1", null, OCTOBER, null), "team.manager"))
                .isInstanceOf(AllocationConflictException.class).hasMessageContaining("not open");
    }

    @Test
    void twoManagersAcceptingAtOnceGiveTheCaseOnePrimaryWorker() throws Exception {
        for (int round = 0; round < 5; round++) {
            registers.replace(Bundles.read(SMALL));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService managers = Executors.newFixedThreadPool(2);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (String worker : List.of("W1", "W3")) {
                Callable<Boolean> accept = () -> {
                    start.await();
                    try {
                        registers.allocate(new AllocationRequest("999", "K5", worker, null, OCTOBER, null), "team.manager");
                        return true;
                    } catch (AllocationConflictException e) {
                        return false;
                    }
                };
                outcomes.add(managers.submit(accept));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> outcome : outcomes) {
                accepted += outcome.get() ? 1 : 0;
            }
            managers.shutdown();

            assertThat(accepted).as("round %d: exactly one acceptance succeeds", round).isEqualTo(1);
            assertThat(primaries(registers.find("999").orElseThrow().register(), "K5")).hasSize(1);
        }
    }

    @Test
    void anAllocationMadeInRetainRecordsWhoMadeItAndWhen() {
        Instant before = Instant.now();

        registers.allocate(new AllocationRequest("999", "K5", "W2", "W1", OCTOBER, null), "tara.manager");

        Instant after = Instant.now();
        assertThat(registers.changedInRetain("999")).hasSize(2).allSatisfy(made -> {
            assertThat(made.madeInRetain()).isTrue();
            assertThat(made.madeBy()).isEqualTo("tara.manager");
            // A database may keep microseconds only.
            assertThat(made.madeAt()).isBetween(before.minusMillis(1), after.plusMillis(1));
            assertThat(made.endedInRetain()).isFalse();
        }).extracting(made -> made.allocation().workerId(), made -> made.allocation().role()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("W2", AllocationRole.PRIMARY),
                org.assertj.core.groups.Tuple.tuple("W1", AllocationRole.CO_WORKER));
    }

    @Test
    void aReallocationRecordsWhoEndedTheImportedPrimaryAllocation() {
        registers.allocate(new AllocationRequest("999", "K1", "W3", null, OCTOBER, ChangeReason.WORKLOAD_BALANCE), "tara.manager");

        List<AllocationProvenance> changed = registers.changedInRetain("999");
        assertThat(changed).extracting(c -> c.allocation().workerId(), AllocationProvenance::madeBy, AllocationProvenance::endedBy,
                c -> c.allocation().endDate()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("W1", null, "tara.manager", OCTOBER.minusDays(1)),
                org.assertj.core.groups.Tuple.tuple("W3", "tara.manager", null, null));
    }

    @Test
    void everyRowABundleGivesIsImportedSoAReimportClearsTheRetainOrigins() throws Exception {
        assertThat(registers.changedInRetain("999")).as("a bundle's rows are imported").isEmpty();
        registers.allocate(new AllocationRequest("999", "K5", "W1", null, OCTOBER, null), "tara.manager");
        assertThat(registers.changedInRetain("999")).hasSize(1);

        registers.replace(Bundles.read(SMALL));

        assertThat(registers.changedInRetain("999")).isEmpty();
    }

    @Test
    void theChangesSinceAnInstantAreThoseMadeOrEndedAtOrAfterIt() {
        Instant before = Instant.now().minusSeconds(1);
        registers.allocate(new AllocationRequest("999", "K1", "W3", null, OCTOBER, ChangeReason.WORKLOAD_BALANCE), "tara.manager");

        assertThat(registers.changedInRetainSince("999", before)).hasSize(2);
        assertThat(registers.changedInRetainSince("999", Instant.now().plusSeconds(60))).isEmpty();
        assertThat(registers.changedInRetainSince("998", before)).isEmpty();
    }

    @Test
    void thePreviewNamesTheAllocationsMadeInRetainThatTheBundleLacks() throws Exception {
        long version = registers.allocate(new AllocationRequest("999", "K5", "W1", null, OCTOBER, null), "tara.manager");

        ImportPreview lacking = registers.preview(Bundles.read(SMALL));

        assertThat(lacking.version()).isEqualTo(version);
        assertThat(lacking.retainAllocationsEnded()).singleElement().satisfies(made -> {
            assertThat(made.allocation().caseId()).isEqualTo("K5");
            assertThat(lacking.workerName(made.allocation().workerId())).isEqualTo("Ann Smith");
            assertThat(made.madeBy()).isEqualTo("tara.manager");
        });
        assertThat(lacking.changes().file("allocations.csv")).hasValueSatisfying(file -> {
            assertThat(file.ended()).isEqualTo(1);
            assertThat(file.added()).isZero();
        });

        // The case management system caught up: its bundle has the allocation (ended since, even).
        Path caughtUp = copyOfSmall();
        Files.writeString(caughtUp.resolve("allocations.csv"), Files.readString(caughtUp.resolve("allocations.csv"))
                + "K5,W1,primary," + OCTOBER + ",2025-10-20,other\n");
        assertThat(registers.preview(Bundles.read(caughtUp)).retainAllocationsEnded()).isEmpty();
    }

    @Test
    void anImportCheckedBeforeAnAllocationWritesNothing() throws Exception {
        Register bundle = Bundles.read(SMALL);
        ImportPreview checked = registers.preview(bundle);
        assertThat(checked.retainAllocationsEnded()).isEmpty();
        long allocated = registers.allocate(new AllocationRequest("999", "K5", "W1", null, OCTOBER, null), "tara.manager");

        assertThatThrownBy(() -> registers.replace(bundle, checked.version(), version -> {
        })).isInstanceOf(RegisterChangedException.class);

        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(allocated);
        assertThat(primaries(registers.find("999").orElseThrow().register(), "K5")).hasSize(1);
        assertThat(registers.changedInRetain("999")).hasSize(1);
        long imported = registers.replace(bundle, allocated, version -> {
        }).version();
        assertThat(imported).isEqualTo(allocated + 1);
    }

    private Path copyOfSmall() throws java.io.IOException {
        Path copy = Files.createDirectories(temp.resolve("copy-" + System.nanoTime()));
        try (var files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static List<Allocation> primaries(Register register, String caseId) {
        return register.allocations().stream().filter(a -> a.caseId().equals(caseId) && a.isPrimary())
                .sorted(java.util.Comparator.comparing(Allocation::startDate)).toList();
    }
}
