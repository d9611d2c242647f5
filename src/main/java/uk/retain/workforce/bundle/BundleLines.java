package uk.retain.workforce.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
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

    /**
     * For each of {@code files}, the lines of its rows by their value in {@code column}, in the file's order; a file
     * the bundle does not hold maps to an empty map. The bundle is read once for all of them.
     */
    public static Map<BundleFile, Map<String, List<Long>>> of(Path bundle, String column, BundleFile... files)
            throws InvalidBundleException {
        BundleSource source = BundleSource.of(bundle);
        Map<BundleFile, Map<String, List<Long>>> byFile = new EnumMap<>(BundleFile.class);
        for (BundleFile file : files) {
            Map<String, List<Long>> lines = new HashMap<>();
            if (source.fileNames().contains(file.fileName())) {
                CsvTable.read(file, source.take(file.fileName()), new Problems(),
                        row -> lines.computeIfAbsent(row.raw(column), value -> new ArrayList<>(2)).add(row.line()));
            }
            byFile.put(file, lines);
        }
        return byFile;
    }
}
