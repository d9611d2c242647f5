package uk.retain.benchmarking;

import java.util.List;
import java.util.Objects;

/**
 * Where a council's figure stands among its own and its neighbours' known figures: rank 1 is the highest figure
 * (ties share the better rank), quartile 1 the highest quarter. Whether high is good depends on the measure (a high
 * turnover is not), so the words say "highest", never "best".
 *
 * @param rank     1 to {@code of}
 * @param of       how many figures were ranked: the council's and those of its neighbours that are known
 * @param quartile 1 to 4: {@code ceil(4 × rank / of)}
 */
public record Ranking(int rank, int of, int quartile) {

    /**
     * The council's ranking, or null when its own figure is not known.
     *
     * @param value      the council's figure
     * @param neighbours the neighbours' figures, null where not known (left out)
     */
    public static Ranking of(Double value, List<Double> neighbours) {
        if (value == null) {
            return null;
        }
        List<Double> known = neighbours.stream().filter(Objects::nonNull).toList();
        int higher = (int) known.stream().filter(other -> other > value).count();
        int rank = higher + 1;
        int of = known.size() + 1;
        return new Ranking(rank, of, quartile(rank, of));
    }

    /** The quarter a rank falls in: {@code ceil(4 × rank / of)}, so of 11, ranks 1–2 are 1, 3–5 are 2, 6–8 are 3. */
    static int quartile(int rank, int of) {
        return (4 * rank + of - 1) / of;
    }
}
