package uk.retain.workforce.bundle;

import java.util.List;

import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.Register;

/** allocations.csv: which worker holds which case, and when. */
public final class AllocationsFile extends RegisterFile<Allocation> {

    public static final AllocationsFile FILE = new AllocationsFile();

    private AllocationsFile() {
        super("allocations.csv", false, List.of("case_id", "worker_id", "role", "start_date"),
                required("case_id"), required("worker_id"), required("role"), required("start_date"),
                optional("end_date"), optional("change_reason"));
    }

    @Override
    public List<Allocation> rowsOf(Register register) {
        return register.allocations();
    }

    @Override
    public String[] cells(Allocation a) {
        return new String[] {a.caseId(), a.workerId(), code(a.role()), date(a.startDate()), date(a.endDate()),
                code(a.changeReason())};
    }

    @Override
    Allocation type(Row row, RegisterIds ids) {
        Allocation allocation = new Allocation(row.id("case_id"), ids.workers.known(row.id("worker_id")),
                row.code("role", AllocationRole.class), row.date("start_date"), row.optionalDate("end_date"),
                row.optionalCode("change_reason", ChangeReason.class));
        endNotBeforeStart(row, allocation.startDate(), allocation.endDate(), "end_date");
        return allocation;
    }
}
