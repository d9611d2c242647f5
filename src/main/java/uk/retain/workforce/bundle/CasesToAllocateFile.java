package uk.retain.workforce.bundle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.retain.workforce.Allocation;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseToAllocate;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * A file of cases to allocate: the columns of cases.csv and an optional {@code team_id}, every cell read by the
 * bundle's rules, and each case checked against the register on the date: its team exists, it is open on the date,
 * and it has no primary worker then (it is new, or waiting in the unallocated queue).
 */
public final class CasesToAllocateFile {

    /** The column added to those of cases.csv: the team the case must go to. */
    private static final String TEAM_ID = "team_id";

    private CasesToAllocateFile() {
    }

    public static List<CaseToAllocate> read(String name, byte[] bytes, Register register, LocalDate date)
            throws InvalidBundleException {
        Problems problems = new Problems();
        List<String> optional = new ArrayList<>(CasesFile.FILE.optionalColumns());
        optional.add(TEAM_ID);
        List<Row> rows = new ArrayList<>();
        boolean read = CsvTable.read(new CsvTable.Layout(name, CasesFile.FILE.requiredColumns(), optional), bytes, problems,
                rows::add);
        Set<String> teams = new HashSet<>();
        register.teams().stream().map(Team::teamId).forEach(teams::add);
        Set<String> heldOnDate = new HashSet<>();
        java.util.Map<String, String> holder = new java.util.HashMap<>();
        for (Allocation allocation : register.allocations()) {
            if (allocation.isPrimary() && allocation.inForceOn(date)) {
                heldOnDate.add(allocation.caseId());
                holder.put(allocation.caseId(), allocation.workerId());
            }
        }
        Declared caseIds = new Declared("case_id");
        Declared childIds = new Declared("child_id");
        List<CaseToAllocate> cases = new ArrayList<>();
        for (Row row : read ? rows : List.<Row>of()) {
            Case item = CasesFile.typeCells(row, caseIds, childIds);
            String teamId = row.optionalId(TEAM_ID);
            if (teamId != null && !teams.contains(teamId)) {
                row.problem(TEAM_ID, "'" + teamId + "' is not a team of the bundle (teams.csv)");
            }
            if (item.openedOn() != null && item.openedOn().isAfter(date)) {
                row.problem("opened_on", "the case opens on " + item.openedOn() + ", after " + date + ": it cannot be allocated on that date");
            }
            if (item.openedOn() != null && item.closedOn() != null && item.closedOn().isBefore(item.openedOn())) {
                row.problem("closed_on", "closed_on " + item.closedOn() + " is before the start " + item.openedOn());
            } else if (item.closedOn() != null && item.closedOn().isBefore(date)) {
                row.problem("closed_on", "the case closed on " + item.closedOn() + ", before " + date + ": it cannot be allocated on that date");
            }
            if (item.caseId() != null && heldOnDate.contains(item.caseId())) {
                row.problem("case_id", "case " + item.caseId() + " already has a primary worker on " + date + " ("
                        + holder.get(item.caseId()) + "): only new or unallocated cases can be allocated");
            }
            if (row.valid()) {
                cases.add(new CaseToAllocate(item, teamId));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidBundleException(problems.all());
        }
        return cases;
    }
}
