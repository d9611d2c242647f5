package uk.retain.workforce.bundle;

import java.util.ArrayList;
import java.util.List;

import uk.retain.workforce.Problem;

/** The problems found so far in one bundle. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String file, long line, String column, String message) {
        found.add(new Problem(file, line, column, message));
    }

    void clear() {
        found.clear();
    }

    void addAll(Problems other) {
        found.addAll(other.found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    List<Problem> all() {
        return found;
    }
}
