package uk.retain.recruitment;

import java.util.ArrayList;
import java.util.List;

import uk.retain.workforce.BundleFileType;

/** A file's rows written back as CSV lines by its descriptor (the fixtures need no quoting), header first. */
final class RoundTrip {

    private RoundTrip() {
    }

    static <T> String[] lines(BundleFileType<T> type, List<T> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", type.columns()));
        for (T row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : type.cells(row)) {
                cells.add(cell == null ? "" : cell);
            }
            lines.add(String.join(",", cells));
        }
        return lines.toArray(String[]::new);
    }
}
