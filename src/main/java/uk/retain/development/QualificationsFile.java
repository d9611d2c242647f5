package uk.retain.development;

import java.util.Arrays;
import java.util.List;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * qualifications.csv (exchange-format.md): one row per post-qualifying award held. {@code worker_id} is a worker of
 * the bundle; {@code expires_on} is on or after {@code awarded_on}.
 */
public final class QualificationsFile extends BundleFileType<Qualification> {

    public static final String FILE = "qualifications.csv";

    public QualificationsFile() {
        super(FILE, 130, List.of("worker_id", "qualification", "awarded_on"), List.of("expires_on"), null);
    }

    @Override
    public Qualification type(Cells row) {
        Qualification qualification = new Qualification(row.id("worker_id"),
                row.code("qualification", QualificationKind.class), row.date("awarded_on"), row.optionalDate("expires_on"));
        if (qualification.awardedOn() != null && qualification.expiresOn() != null
                && qualification.expiresOn().isBefore(qualification.awardedOn())) {
            row.problem("expires_on", "expires_on " + qualification.expiresOn() + " is before awarded_on "
                    + qualification.awardedOn());
        }
        return qualification;
    }

    @Override
    public List<String> cells(Qualification q) {
        return Arrays.asList(q.workerId(), Written.code(q.qualification()), Written.date(q.awardedOn()),
                Written.date(q.expiresOn()));
    }

    @Override
    public void check(List<FileRow<Qualification>> rows, FileChecks checks) {
        for (FileRow<Qualification> row : rows) {
            checks.refersTo(row.line(), "worker_id", row.value().workerId(), "workers.csv");
        }
    }
}
