package uk.retain.workforce.bundle;

import java.util.List;
import java.util.Set;

import uk.retain.workforce.CensusCode;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.LeaverDestination;
import uk.retain.workforce.ReasonLeave;
import uk.retain.workforce.Register;

/** employments.csv: each worker's spells in a team and role. */
public final class EmploymentsFile extends RegisterFile<Employment> {

    public static final EmploymentsFile FILE = new EmploymentsFile();

    private static final Set<Integer> REASONS_LEAVE = CensusCode.codesOf(ReasonLeave.class);
    private static final Set<Integer> LEAVER_DESTINATIONS = CensusCode.codesOf(LeaverDestination.class);

    private EmploymentsFile() {
        super("employments.csv", true, List.of("worker_id", "start_date", "contract"),
                required("worker_id"), required("contract"), required("job_role"), required("team_id"),
                optional("post_id"), required("fte"), required("start_date"), optional("end_date"),
                optional("end_reason"), optional("leaver_destination"));
    }

    @Override
    public List<Employment> rowsOf(Register register) {
        return register.employments();
    }

    @Override
    public String[] cells(Employment e) {
        return new String[] {e.workerId(), code(e.contract()), code(e.jobRole()), e.teamId(), decimal(e.fte()),
                date(e.startDate()), e.postId(), date(e.endDate()), number(e.endReason()), number(e.leaverDestination())};
    }

    @Override
    Employment type(Row row, RegisterIds ids) {
        Employment employment = new Employment(ids.workers.known(row.id("worker_id")), row.code("contract", Contract.class),
                row.code("job_role", JobRole.class), ids.teams.known(row.id("team_id")), row.optionalId("post_id"),
                row.fte("fte"), row.date("start_date"), row.optionalDate("end_date"),
                row.optionalCensusCode("end_reason", REASONS_LEAVE, "from 1 to 10 (census ReasonLeave)"),
                row.optionalCensusCode("leaver_destination", LEAVER_DESTINATIONS, "from 1 to 9 (census LeaverDestination)"));
        endNotBeforeStart(row, employment.startDate(), employment.endDate(), "end_date");
        return employment;
    }
}
