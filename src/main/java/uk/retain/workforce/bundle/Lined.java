package uk.retain.workforce.bundle;

import java.util.ArrayList;
import java.util.List;

/** A value read from a bundle, with the line it came from, so that rules across rows can point at it. */
record Lined<T>(long line, T value) {

    /** The values of {@code rows}, in their order, without their lines. */
    static <T> List<T> values(List<Lined<T>> rows) {
        List<T> values = new ArrayList<>(rows.size());
        for (Lined<T> row : rows) {
            values.add(row.value());
        }
        return values;
    }
}
