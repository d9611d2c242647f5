package uk.retain.workforce.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.InvalidBundleException;

/**
 * Where a bundle file's rows are: the lines of each value of one column, read by the same CSV reader as the import,
 * so that a report about a register read from a bundle (the census checks) can name the file and line to fix.
 */
public final class BundleLines {

    private BundleLines() {
    }

    /** The lines of the rows of {@code file} by their value in {@code column}, in the file's order; empty when absent. */
    public static Map<String, List<Long>> of(Path bundle, BundleFile file, String column) throws InvalidBundleException {
        BundleSource source = BundleSource.of(bundle);
        Map<String, List<Long>> lines = new HashMap<>();
        if (!source.fileNames().contains(file.fileName())) {
            return lines;
        }
        CsvTable.read(file, source.take(file.fileName()), new Problems(),
                row -> lines.computeIfAbsent(row.raw(column), value -> new ArrayList<>(2)).add(row.line()));
        return lines;
    }
}
