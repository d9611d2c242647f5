package uk.retain.development;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * level_changes.csv (docs/exchange-format.md): one row per level of the career pathway a worker reached, from a day,
 * as the careers page keeps them in {@code career_level_change}. The worker is one of workers.csv; the level code is
 * written as the pathway's codes are (the authority's pathway is set in Retain, not in the bundle, so a code it does
 * not have is read and counts as no level, as {@link LevelHistory} says); a worker reaches one level once on a day.
 */
public final class LevelChangesFile extends BundleFileType<LevelChangesFile.Row> {

    public static final String FILE = "level_changes.csv";

    /** One row of the file. */
    public record Row(String workerId, String levelCode, LocalDate fromDate) {
    }

    public LevelChangesFile() {
        super(FILE, 230, List.of("worker_id", "level_code", "from_date"), List.of(), null);
    }

    @Override
    public Row type(Cells row) {
        String workerId = row.id("worker_id");
        String level = row.text("level_code");
        if (level != null && !CareerPathways.LEVEL_CODE.matcher(level).matches()) {
            row.problem("level_code", "level_code is 1 to 40 lower-case letters, digits and underscores, not " + level);
        }
        LocalDate from = row.date("from_date");
        if (!row.valid()) {
            return null;
        }
        return new Row(workerId, level, from);
    }

    @Override
    public List<String> cells(Row r) {
        return Arrays.asList(r.workerId(), r.levelCode(), Written.date(r.fromDate()));
    }

    @Override
    public void check(List<FileRow<Row>> rows, FileChecks checks) {
        Map<Row, Long> seen = new HashMap<>();
        for (FileRow<Row> row : rows) {
            checks.refersTo(row.line(), "worker_id", row.value().workerId(), "workers.csv");
            Long first = seen.putIfAbsent(row.value(), row.line());
            if (first != null) {
                checks.problem(row.line(), "-", "the same level change as line " + first);
            }
        }
    }
}
