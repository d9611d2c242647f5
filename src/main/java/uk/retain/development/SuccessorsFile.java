package uk.retain.development;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * successors.csv (docs/exchange-format.md): one row per worker named as a successor of a critical role, with their
 * readiness, as the succession page keeps them in {@code successor}. The role is one of critical_roles.csv, the
 * worker one of workers.csv, and a worker is named once for a role.
 */
public final class SuccessorsFile extends BundleFileType<SuccessorsFile.Row> {

    public static final String FILE = "successors.csv";

    /** One row of the file. */
    public record Row(String roleId, String workerId, Readiness readiness) {
    }

    public SuccessorsFile() {
        super(FILE, 226, List.of("role_id", "worker_id", "readiness"), List.of(), null);
    }

    @Override
    public Row type(Cells row) {
        String roleId = row.id("role_id");
        String workerId = row.id("worker_id");
        Readiness readiness = row.code("readiness", Readiness.class);
        if (!row.valid()) {
            return null;
        }
        return new Row(roleId, workerId, readiness);
    }

    @Override
    public List<String> cells(Row r) {
        return Arrays.asList(r.roleId(), r.workerId(), Written.code(r.readiness()));
    }

    @Override
    public void check(List<FileRow<Row>> rows, FileChecks checks) {
        Map<List<String>, Long> named = new HashMap<>();
        for (FileRow<Row> row : rows) {
            Row r = row.value();
            checks.refersTo(row.line(), "role_id", r.roleId(), CriticalRolesFile.FILE);
            checks.refersTo(row.line(), "worker_id", r.workerId(), "workers.csv");
            Long first = named.putIfAbsent(List.of(r.roleId(), r.workerId()), row.line());
            if (first != null) {
                checks.problem(row.line(), "worker_id", "worker " + r.workerId() + " is named for role " + r.roleId()
                        + " already, on line " + first);
            }
        }
    }
}
