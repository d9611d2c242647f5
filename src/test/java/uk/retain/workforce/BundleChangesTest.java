package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.workforce.BundleChanges.FileChange;

/**
 * What an import would change, file by file: a row known again by its id or natural key is changed when any other
 * cell differs; a row the bundle no longer has is ended; a new one is added. The people bundle has every file.
 */
class BundleChangesTest {

    static final Path PEOPLE = Path.of("src/test/resources/bundles/people");

    @TempDir
    Path temp;

    @Test
    void theSameBundleChangesNothing() throws Exception {
        Register held = Bundles.read(PEOPLE);

        BundleChanges changes = BundleChanges.between(held, Bundles.read(PEOPLE));

        assertThat(changes.none()).isTrue();
        assertThat(changes.files()).extracting(FileChange::file).containsExactlyElementsOf(filesOf(held));
        assertThat(changes.files()).allSatisfy(file -> {
            assertThat(file.inBundle()).isTrue();
            assertThat(file.before()).isEqualTo(file.after()).isPositive();
        });
    }

    @Test
    void theFirstImportAddsEveryRow() throws Exception {
        Register bundle = Bundles.read(PEOPLE);

        BundleChanges changes = BundleChanges.between(null, bundle);

        assertThat(changes.file("workers.csv")).hasValue(new FileChange("workers.csv", true, 0, bundle.workers().size(),
                bundle.workers().size(), 0, 0));
        assertThat(changes.files()).allSatisfy(file -> assertThat(file.added()).isEqualTo(file.after()));
    }

    @Test
    void aRowKnownAgainWithAnotherCellIsChangedAndNewAndMissingRowsAreAddedAndEnded() throws Exception {
        Path bundle = changed(Map.of(
                "teams.csv", text -> text.replace("T1,North CP,", "T1,North Child Protection,"),
                "absences.csv", text -> text
                        .replace("W1,2024-09-23,2024-10-04,SIC,\n", "W1,2024-11-04,2024-11-05,SIC,\n")
                        .replace("W1,2025-01-06,2025-01-10,SIC,4", "W1,2025-01-06,2025-01-10,SIC,3")));

        BundleChanges changes = BundleChanges.between(Bundles.read(PEOPLE), Bundles.read(bundle));

        assertThat(changes.none()).isFalse();
        assertThat(changes.file("teams.csv")).hasValueSatisfying(file -> assertThat(counts(file)).containsExactly(0, 0, 1));
        assertThat(changes.file("absences.csv")).hasValueSatisfying(file -> assertThat(counts(file)).containsExactly(1, 1, 1));
        assertThat(changes.file("workers.csv")).hasValueSatisfying(file -> assertThat(file.changesAnything()).isFalse());
    }

    @Test
    void anEmploymentIsKnownByItsWorkerStartDateAndContractAndAnFteByItsValue() throws Exception {
        Path bundle = changed(Map.of("employments.csv", text -> text
                // W1's first row gets another job role: the same row, changed.
                .replace("W1,permanent,social_worker,T1,P1,1,2020-01-01,", "W1,permanent,senior_social_worker,T1,P1,1,2020-01-01,")
                // 1 and 1.000 are the same FTE.
                .replace("TM1,permanent,team_manager,T1,P4,1,", "TM1,permanent,team_manager,T1,P4,1.000,")));
        assertThat(Files.readString(bundle.resolve("employments.csv"))).contains("senior_social_worker,T1,P1,1,2020-01-01", "1.000");

        FileChange employments = BundleChanges.between(Bundles.read(PEOPLE), Bundles.read(bundle)).file("employments.csv").orElseThrow();

        assertThat(counts(employments)).containsExactly(0, 0, 1);
        assertThat(BundleChanges.keyOf("employments.csv")).containsExactly("worker_id", "start_date", "contract");
    }

    @Test
    void anAllocationEndedSinceIsChangedAndAnOptionalFileLeftOutEndsEveryRow() throws Exception {
        Path bundle = changed(Map.of("allocations.csv", text -> text.replace("K1,W1,primary,2025-08-16,,", "K1,W1,primary,2025-08-16,2025-09-30,other")));
        Files.delete(bundle.resolve("absences.csv"));
        Register held = Bundles.read(PEOPLE);

        BundleChanges changes = BundleChanges.between(held, Bundles.read(bundle));

        assertThat(changes.file("allocations.csv")).hasValueSatisfying(file -> assertThat(counts(file)).containsExactly(0, 0, 1));
        assertThat(changes.file("absences.csv")).hasValue(new FileChange("absences.csv", false, held.absences().size(), 0,
                0, held.absences().size(), 0));
    }

    @Test
    void aCapabilityFileIsKnownByItsIdColumnOrByItsWholeRows() throws Exception {
        Path bundle = changed(Map.of(
                "programmes.csv", text -> text.replace("PR1,W2,asye,2024-09,2024-09-01,W4,2025-03-01,2025-06-30,passed",
                        "PR1,W2,asye,2024-09,2024-09-01,W4,2025-03-01,,"),
                "agency_rate_caps.csv", text -> text.replace("38.50", "39.00")));
        assertThat(BundleFileTypes.named("agency_rate_caps.csv").orElseThrow().idColumn()).as("a file without an id").isNull();

        BundleChanges changes = BundleChanges.between(Bundles.read(PEOPLE), Bundles.read(bundle));

        assertThat(changes.file("programmes.csv")).hasValueSatisfying(file -> assertThat(counts(file)).containsExactly(0, 0, 1));
        assertThat(BundleChanges.keyOf("programmes.csv")).containsExactly("programme_id");
        assertThat(changes.file("agency_rate_caps.csv")).hasValueSatisfying(file -> assertThat(counts(file)).containsExactly(1, 1, 0));
        assertThat(BundleChanges.keyOf("agency_rate_caps.csv"))
                .containsExactlyElementsOf(BundleFileTypes.named("agency_rate_caps.csv").orElseThrow().columns());
    }

    @Test
    void theBundleHoldsAnAllocationOfTheSameCaseWorkerRoleAndStartWhateverItsEnd() throws Exception {
        Register register = Bundles.read(PEOPLE);
        Allocation k1 = register.allocations().stream().filter(a -> a.caseId().equals("K1") && a.workerId().equals("W1")).findFirst().orElseThrow();

        assertThat(BundleChanges.holds(register, new Allocation("K1", "W1", k1.role(), k1.startDate(), k1.startDate().plusDays(3), ChangeReason.OTHER))).isTrue();
        assertThat(BundleChanges.holds(register, new Allocation("K1", "W1", k1.role(), k1.startDate().plusDays(1), null, null))).isFalse();
        assertThat(BundleChanges.holds(register, new Allocation("K1", "W2", k1.role(), k1.startDate(), null, null))).isFalse();
    }

    /** Added, ended, changed. */
    private static List<Integer> counts(FileChange file) {
        return List.of(file.added(), file.ended(), file.changed());
    }

    private static List<String> filesOf(Register register) {
        List<String> files = new java.util.ArrayList<>();
        for (BundleFile file : BundleFile.values()) {
            if (register.has(file)) {
                files.add(file.fileName());
            }
        }
        BundleWriter.capabilityFilesOf(register).forEach(type -> files.add(type.fileName()));
        return files;
    }

    private Path changed(Map<String, UnaryOperator<String>> changes) throws IOException {
        Path copy = Files.createDirectories(temp.resolve("bundle-" + System.nanoTime()));
        try (var files = Files.list(PEOPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        for (Map.Entry<String, UnaryOperator<String>> change : changes.entrySet()) {
            Path file = copy.resolve(change.getKey());
            String before = Files.readString(file);
            String after = change.getValue().apply(before);
            assertThat(after).as("the change of %s applies", change.getKey()).isNotEqualTo(before);
            Files.writeString(file, after);
        }
        return copy;
    }
}
