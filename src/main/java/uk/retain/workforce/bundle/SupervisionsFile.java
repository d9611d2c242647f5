package uk.retain.workforce.bundle;

import java.time.LocalDate;
import java.util.List;

import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;

/** supervisions.csv: the supervision sessions held. */
public final class SupervisionsFile extends RegisterFile<Supervision> {

    public static final SupervisionsFile FILE = new SupervisionsFile();

    private SupervisionsFile() {
        super("supervisions.csv", false, List.of("worker_id", "supervisor_id", "date", "kind"),
                required("worker_id"), required("supervisor_id"), required("date"), required("kind"), required("minutes"));
    }

    @Override
    public List<Supervision> rowsOf(Register register) {
        return register.supervisions();
    }

    @Override
    public String[] cells(Supervision s) {
        return new String[] {s.workerId(), s.supervisorId(), date(s.date()), code(s.kind()), Integer.toString(s.minutes())};
    }

    /** Null when a cell is wrong: the session is built only from a clean row (its minutes may be missing). */
    @Override
    Supervision type(Row row, RegisterIds ids) {
        String workerId = ids.workers.known(row.id("worker_id"));
        String supervisorId = ids.workers.known(row.id("supervisor_id"));
        LocalDate date = row.date("date");
        SupervisionKind kind = row.code("kind", SupervisionKind.class);
        Integer minutes = row.positiveWholeNumber("minutes");
        return row.valid() ? new Supervision(workerId, supervisorId, date, kind, minutes) : null;
    }
}
