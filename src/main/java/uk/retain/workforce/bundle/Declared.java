package uk.retain.workforce.bundle;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The identifiers one file declares, each unique within its file. */
final class Declared {

    private final String column;
    /** Each identifier's own instance and the line that declared it first. */
    private Map<String, First> declared = new HashMap<>();

    private record First(String id, long line) {
    }

    Declared(String column) {
        this.column = column;
    }

    /** Makes room for {@code ids} identifiers before a large file declares them, so the map is not grown row by row. */
    void expect(int ids) {
        if (declared.isEmpty()) {
            declared = HashMap.newHashMap(ids);
        }
    }

    /** Forgets every identifier: those of a file that could not be read do not count. */
    void forget() {
        declared = new HashMap<>();
    }

    /** Records {@code id} for {@code row}, reporting it when an earlier row declared it already. */
    String declare(Row row, String id) {
        if (id == null) {
            return null;
        }
        First earlier = declared.putIfAbsent(id, new First(id, row.line()));
        if (earlier != null) {
            row.problem(column, "'" + id + "' is already used on line " + earlier.line() + ": " + column + " must be unique");
        }
        return id;
    }

    /**
     * The declared instance of {@code id}, or {@code id} itself when it is not declared. A reference read as the
     * declared instance shares its text and its hash, so a large bundle keeps one copy of each identifier and
     * every later lookup by it is quicker.
     */
    String known(String id) {
        if (id == null) {
            return null;
        }
        First first = declared.get(id);
        return first == null ? id : first.id();
    }

    Set<String> ids() {
        return declared.keySet();
    }
}
