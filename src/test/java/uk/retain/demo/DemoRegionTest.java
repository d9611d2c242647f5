package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.region.CrossBorder;
import uk.retain.region.SweHashes;
import uk.retain.region.WorkerEvent;
import uk.retain.region.WorkerEvents;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/** Exampleshire's neighbours in the demo region: two more councils, one worker between them, and valid bundles. */
class DemoRegionTest {

    static Register exampleshire;
    static List<Register> neighbours;

    @BeforeAll
    static void generate() {
        exampleshire = DemoCouncil.demo();
        neighbours = DemoRegion.neighbours(exampleshire);
    }

    @Test
    void twoMoreCouncilsOfTheRegionOfDifferentSizes() {
        assertThat(neighbours).extracting(r -> r.authority().laCode()).containsExactly(DemoRegion.FENMOOR, DemoRegion.BROADWATER);
        assertThat(neighbours).allSatisfy(r -> assertThat(r.authority().regionCode()).isEqualTo(DemoCouncil.REGION_EAST_OF_ENGLAND));
        assertThat(neighbours.get(0).workers().size()).isGreaterThan(neighbours.get(1).workers().size() * 3 / 2);
        assertThat(neighbours.get(1).workers()).isNotEqualTo(exampleshire.workers());
    }

    @Test
    void onlyTheMoverHasAnSweNumberInTwoCouncils() {
        Map<String, List<String>> councilsByNumber = new HashMap<>();
        for (Register register : List.of(exampleshire, neighbours.get(0), neighbours.get(1))) {
            for (Worker worker : register.workers()) {
                if (worker.sweNumber() != null) {
                    councilsByNumber.computeIfAbsent(worker.sweNumber().key(), k -> new ArrayList<>()).add(register.authority().laCode());
                }
            }
        }
        List<String> movers = DemoRegion.movers(exampleshire).stream().map(m -> m.getKey().sweNumber().key()).toList();
        assertThat(movers).hasSize(DemoRegion.MOVERS);
        assertThat(councilsByNumber.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey))
                .containsExactlyInAnyOrderElementsOf(movers);
        movers.forEach(key -> assertThat(councilsByNumber.get(key)).containsExactlyInAnyOrder("999", DemoRegion.FENMOOR));
    }

    @Test
    void theRegionsChecksFindTheMoversAgencyStartInsideTheCoolingOffAndTheirFlow() {
        SweHashes hashes = SweHashes.ofKey(new byte[32]);
        java.time.LocalDate end = CouncilSize.DEMO.historyEnd();
        List<WorkerEvent> events = new ArrayList<>();
        for (Register register : List.of(exampleshire, neighbours.get(0), neighbours.get(1))) {
            events.addAll(WorkerEvents.of(register, hashes, end));
        }
        CrossBorder.Result result = CrossBorder.of(events, DemoCouncil.REGION_EAST_OF_ENGLAND, List.of());
        List<java.time.LocalDate> starts = DemoRegion.movers(exampleshire).stream()
                .map(m -> m.getValue().plusDays(DemoRegion.MOVER_GAP_DAYS)).toList();
        List<CrossBorder.Breach> across = result.breaches().stream()
                .filter(b -> b.check() == CrossBorder.Check.COOLING_OFF_ACROSS_BORDERS).toList();
        assertThat(across).as("only the movers cross a border").extracting(CrossBorder.Breach::start)
                .containsExactlyInAnyOrderElementsOf(starts);
        assertThat(across).allSatisfy(breach -> assertThat(breach.laCode()).isEqualTo(DemoRegion.FENMOOR));
        assertThat(result.flows()).anySatisfy(flow -> {
            assertThat(flow.from()).isEqualTo("999");
            assertThat(flow.to()).isEqualTo(DemoRegion.FENMOOR);
            assertThat(flow.moves()).isGreaterThanOrEqualTo(DemoRegion.MOVERS);
        });
        // Five: shown, not suppressed, in the regional counts.
        assertThat(CrossBorder.breachCounts(across).get(DemoRegion.FENMOOR).values()).singleElement()
                .satisfies(checks -> assertThat(checks).containsEntry("cooling_off_across_borders", DemoRegion.MOVERS));
    }

    @Test
    void eachCouncilsRegionalReturnReadsBack() throws Exception {
        SweHashes hashes = SweHashes.ofKey(new byte[32]);
        for (Register register : List.of(exampleshire, neighbours.get(0), neighbours.get(1))) {
            var made = uk.retain.region.RegionalReturn.of(register, CouncilSize.DEMO.historyEnd(), hashes);
            // Refused returns throw: a council's real return, object measures and all, is never refused.
            var read = uk.retain.region.RegionalReturnFile.read(register.authority().laCode() + ".json",
                    made.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(read.events()).hasSameSizeAs(made.events());
            assertThat(read.measures().keySet()).isEqualTo(made.measures().keySet());
        }
    }

    @Test
    void eachNeighbourIsAValidBundle(@TempDir Path dir) throws Exception {
        for (Register register : neighbours) {
            Path folder = dir.resolve(register.authority().laCode());
            BundleWriter.writeFolder(register, folder);
            Register read = Bundles.read(folder);
            assertThat(read.workers()).hasSameSizeAs(register.workers());
            assertThat(read.capabilityFiles().keySet()).isEqualTo(register.capabilityFiles().keySet());
        }
        assertThat(Set.of(DemoRegion.FENMOOR, DemoRegion.BROADWATER)).doesNotContain(DemoCouncil.LA_CODE);
    }
}
