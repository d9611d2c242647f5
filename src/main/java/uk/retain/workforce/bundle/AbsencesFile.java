package uk.retain.workforce.bundle;

import java.util.List;

import uk.retain.workforce.Absence;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.Register;

/** absences.csv: the workers' spells of absence. */
public final class AbsencesFile extends RegisterFile<Absence> {

    public static final AbsencesFile FILE = new AbsencesFile();

    private AbsencesFile() {
        super("absences.csv", false, List.of("worker_id", "start_date"),
                required("worker_id"), required("start_date"), required("end_date"), required("reason"),
                optional("working_days"));
    }

    @Override
    public List<Absence> rowsOf(Register register) {
        return register.absences();
    }

    @Override
    public String[] cells(Absence a) {
        return new String[] {a.workerId(), date(a.startDate()), date(a.endDate()), code(a.reason()), decimal(a.workingDays())};
    }

    @Override
    Absence type(Row row, RegisterIds ids) {
        Absence absence = new Absence(ids.workers.known(row.id("worker_id")), row.date("start_date"), row.date("end_date"),
                row.code("reason", AbsenceReason.class), row.optionalNonNegativeDecimal("working_days"));
        endNotBeforeStart(row, absence.startDate(), absence.endDate(), "end_date");
        return absence;
    }
}
