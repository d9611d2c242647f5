package uk.retain.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class StatisticalNeighboursTest {

    private static final StatisticalNeighbours MODEL = StatisticalNeighbours.fromClasspath();

    @Test
    void aCouncilOfTheModelHasItsTenNeighboursClosestFirst() {
        var group = MODEL.of("919").orElseThrow();
        assertThat(group.isStandIn()).isFalse();
        assertThat(group.comparedAsName()).isEqualTo("Hertfordshire");
        assertThat(group.neighbours()).hasSize(10);
        assertThat(group.neighbours()).extracting(StatisticalNeighbours.Neighbour::laCode)
                .containsExactly("931", "825", "873", "867", "938", "305", "850", "358", "916", "869");
        assertThat(group.neighbours().get(0).name()).isEqualTo("Oxfordshire");
        assertThat(group.neighbours().get(0).closeness()).isEqualTo(Closeness.VERY_CLOSE);
    }

    @Test
    void closenessIsReadWithTheSpaceDfeLeavesAfterClose() {
        // Barking and Dagenham's first neighbour is "Close " in DfE's file.
        assertThat(MODEL.of("301").orElseThrow().neighbours().get(0).closeness()).isEqualTo(Closeness.CLOSE);
        assertThat(Closeness.ofLabel("Somewhat close")).contains(Closeness.SOMEWHAT_CLOSE);
        assertThat(Closeness.ofLabel("near")).isEmpty();
    }

    @Test
    void theDemoCouncilIsComparedWithItsStandInsNeighbours() {
        var group = MODEL.of("999").orElseThrow();
        assertThat(group.isStandIn()).isTrue();
        assertThat(group.comparedAs()).isEqualTo("919");
        assertThat(group.neighbours()).isEqualTo(MODEL.of("919").orElseThrow().neighbours());
    }

    @Test
    void aCouncilNeitherInTheModelNorAStandInHasNone() {
        assertThat(MODEL.of("998")).isEmpty();
    }

    @Test
    void everyCouncilOfTheModelHasTenNeighboursThatAreCouncilsOfTheModel() {
        var dfe = PublishedIndicators.fromClasspath();
        for (PublishedRow row : dfe.councils(2025)) {
            for (String code : row.laCodes()) {
                MODEL.of(code).ifPresent(group -> assertThat(group.neighbours()).as(code).hasSize(10)
                        .allSatisfy(neighbour -> assertThat(MODEL.of(neighbour.laCode())).as(neighbour.laCode()).isPresent()));
            }
        }
    }

    @Test
    void anUnknownClosenessIsRefused() {
        String csv = "old_la_code,la_name,SN_1,SN_1P\n100,A,200,Next door\n";
        assertThatThrownBy(() -> new StatisticalNeighbours(
                ShippedCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))), List.of()))
                .hasMessageContaining("Next door");
    }

    @Test
    void ofstedJudgementsAreFoundByTheThreeDigitCode() {
        var ofsted = OfstedJudgements.fromClasspath();
        var hertfordshire = ofsted.of("919").orElseThrow();
        assertThat(hertfordshire.overall()).isEqualTo(OfstedGrade.OUTSTANDING);
        assertThat(hertfordshire.inspected()).isEqualTo(java.time.LocalDate.of(2023, 1, 23));
        assertThat(hertfordshire.published()).isEqualTo(java.time.LocalDate.of(2023, 3, 10));
        // Ofsted keys Barnsley by its old E-code (E08000016), DfE by the new one: the lookup joins them.
        assertThat(ofsted.of("370")).isPresent();
        assertThat(ofsted.of("999")).isEmpty();
        // Every neighbour of every council has a grade, save where Ofsted's file has none.
        long graded = MODEL.of("919").orElseThrow().neighbours().stream().filter(n -> ofsted.of(n.laCode()).isPresent()).count();
        assertThat(graded).isEqualTo(10);
    }

    @Test
    void rankOneIsTheHighestAndTiesShareTheBetterRank() {
        assertThat(Ranking.of(5.0, Arrays.asList(1.0, 2.0, 3.0))).isEqualTo(new Ranking(1, 4, 1));
        assertThat(Ranking.of(0.5, Arrays.asList(1.0, 2.0, 3.0))).isEqualTo(new Ranking(4, 4, 4));
        assertThat(Ranking.of(2.0, Arrays.asList(1.0, 2.0, 3.0))).isEqualTo(new Ranking(2, 4, 2));
        assertThat(Ranking.of(2.0, Arrays.asList(2.0, 2.0))).isEqualTo(new Ranking(1, 3, 2));
    }

    @Test
    void unknownFiguresAreLeftOutOfTheRanking() {
        assertThat(Ranking.of(2.0, Arrays.asList(null, 3.0, null))).isEqualTo(new Ranking(2, 2, 4));
        assertThat(Ranking.of(null, List.of(1.0))).isNull();
        assertThat(Ranking.of(7.0, List.of())).isEqualTo(new Ranking(1, 1, 4));
    }

    @Test
    void quartilesOfElevenFallAtTheQuarterBoundaries() {
        int[] expected = {1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4};
        for (int rank = 1; rank <= 11; rank++) {
            assertThat(Ranking.quartile(rank, 11)).as("rank " + rank).isEqualTo(expected[rank - 1]);
        }
        assertThat(Ranking.quartile(1, 4)).isEqualTo(1);
        assertThat(Ranking.quartile(2, 4)).isEqualTo(2);
        assertThat(Ranking.quartile(4, 4)).isEqualTo(4);
        assertThat(Ranking.quartile(4, 8)).isEqualTo(2);
        assertThat(Ranking.quartile(5, 8)).isEqualTo(3);
    }

    @Test
    void theComparisonRanksTheCouncilOnEveryMeasureAgainstThePublishedFigures() {
        var dfe = PublishedIndicators.fromClasspath();
        Function<Measure, Double> hertfordshire = measure -> dfe.council("919", 2025).orElseThrow().number(measure);
        var comparison = NeighbourComparison.of("919", 2025, hertfordshire, MODEL, dfe, OfstedJudgements.fromClasspath())
                .orElseThrow();
        assertThat(comparison.rows()).hasSize(Measure.values().length);
        var turnover = comparison.rows().get(Measure.TURNOVER_RATE_FTE.ordinal());
        assertThat(turnover.measure()).isEqualTo(Measure.TURNOVER_RATE_FTE);
        assertThat(turnover.neighbours().get(0)).isEqualTo(dfe.council("931", 2025).orElseThrow().number(Measure.TURNOVER_RATE_FTE));
        long higher = turnover.neighbours().stream().filter(v -> v != null && v > turnover.council()).count();
        assertThat(turnover.ranking().rank()).isEqualTo(higher + 1);
        assertThat(comparison.ownJudgement().orElseThrow().overall()).isEqualTo(OfstedGrade.OUTSTANDING);
        assertThat(comparison.neighbours()).allSatisfy(column -> assertThat(column.published()).isPresent());
    }
}
