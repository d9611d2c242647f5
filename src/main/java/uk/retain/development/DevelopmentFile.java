package uk.retain.development;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * development.csv (exchange-format.md): one row per CPD activity. {@code worker_id} is a worker of the bundle;
 * {@code 0 < hours ≤ 100}; {@code kss} is a list of Knowledge and Skills Statements separated by {@code ;}.
 */
public final class DevelopmentFile extends BundleFileType<DevelopmentActivity> {

    public static final String FILE = "development.csv";

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(100);

    public DevelopmentFile() {
        super(FILE, 120, List.of("worker_id", "date", "activity", "hours"), List.of("kss", "title"), null);
    }

    @Override
    public DevelopmentActivity type(Cells row) {
        String workerId = row.id("worker_id");
        var date = row.date("date");
        Activity activity = row.code("activity", Activity.class);
        BigDecimal hours = row.decimal("hours");
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0)) {
            row.problem("hours", "hours must be more than 0 and at most 100, not " + hours.toPlainString());
        }
        List<KssStatement> kss = row.optionalCodes("kss", KssStatement.class);
        return new DevelopmentActivity(workerId, date, activity, hours, kss, row.raw("title"));
    }

    @Override
    public List<String> cells(DevelopmentActivity a) {
        String kss = a.kss().isEmpty() ? null : a.kss().stream().map(KssStatement::code).collect(Collectors.joining(";"));
        return Arrays.asList(a.workerId(), Written.date(a.date()), Written.code(a.activity()),
                a.hours() == null ? null : a.hours().toPlainString(), kss, a.title());
    }

    @Override
    public void check(List<FileRow<DevelopmentActivity>> rows, FileChecks checks) {
        for (FileRow<DevelopmentActivity> row : rows) {
            checks.refersTo(row.line(), "worker_id", row.value().workerId(), "workers.csv");
        }
    }
}
