package uk.retain.workforce.bundle;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The identifiers one file declares, each unique within its file. */
final class Declared {

    private final String column;
    private final Map<String, Long> firstLine = new HashMap<>();

    Declared(String column) {
        this.column = column;
    }

    /** Records {@code id} for {@code row}, reporting it when an earlier row declared it already. */
    String declare(Row row, String id) {
        if (id == null) {
            return null;
        }
        Long earlier = firstLine.putIfAbsent(id, row.line());
        if (earlier != null) {
            row.problem(column, "'" + id + "' is already used on line " + earlier + ": " + column + " must be unique");
        }
        return id;
    }

    Set<String> ids() {
        return firstLine.keySet();
    }
}
