package uk.retain.workforce.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.BundleLimits;
import uk.retain.workforce.Problem;

/**
 * The problems found so far in one bundle, at most {@code perColumn} of them for each file and column: a million
 * bad rows give the first ones of each kind and, for each file, one line saying how many more there are, not an
 * answer of millions of lines. The bundle is refused whole all the same.
 */
final class Problems {

    private final int perColumn;
    private final List<Problem> found = new ArrayList<>();
    private final Map<String, Integer> listedByColumn = new HashMap<>();
    /** For each file with problems past the limit: how many, and the line of the last one. */
    private final Map<String, long[]> moreByFile = new LinkedHashMap<>();

    Problems() {
        this(BundleLimits.DEFAULT.problemsPerColumn());
    }

    Problems(int perColumn) {
        this.perColumn = perColumn;
    }

    void add(String file, long line, String column, String message) {
        int listed = listedByColumn.merge(file + '\u0000' + column, 1, Integer::sum);
        if (listed > perColumn) {
            more(file, 1, line);
            return;
        }
        found.add(new Problem(file, line, column, message));
    }

    private void more(String file, long count, long line) {
        long[] more = moreByFile.computeIfAbsent(file, f -> new long[2]);
        more[0] += count;
        more[1] = Math.max(more[1], line);
    }

    void clear() {
        found.clear();
        listedByColumn.clear();
        moreByFile.clear();
    }

    void addAll(Problems other) {
        for (Problem problem : other.found) {
            add(problem.file(), problem.line(), problem.column(), problem.message());
        }
        other.moreByFile.forEach((file, more) -> more(file, more[0], more[1]));
    }

    boolean isEmpty() {
        return found.isEmpty() && moreByFile.isEmpty();
    }

    int size() {
        return found.size();
    }

    /** The problems listed, and for each file past the limit the line that counts the rest. */
    List<Problem> all() {
        List<Problem> all = new ArrayList<>(found);
        moreByFile.forEach((file, more) -> all.add(new Problem(file, more[1], "-", String.format(java.util.Locale.UK,
                "and %,d more in %s (only the first %d problems of each column are listed)", more[0], file, perColumn))));
        return all;
    }
}
