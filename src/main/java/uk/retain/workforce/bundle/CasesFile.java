package uk.retain.workforce.bundle;

import java.util.List;

import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Register;

/** cases.csv: the children's cases, open and closed. */
public final class CasesFile extends RegisterFile<Case> {

    public static final CasesFile FILE = new CasesFile();

    private CasesFile() {
        super("cases.csv", false, List.of("case_id"),
                required("case_id"), required("child_id"), optional("family_id"), required("category"),
                optional("court_proceedings"), required("opened_on"), optional("closed_on"));
    }

    @Override
    public List<Case> rowsOf(Register register) {
        return register.cases();
    }

    @Override
    public String[] cells(Case c) {
        return new String[] {c.caseId(), c.childId(), code(c.category()), date(c.openedOn()), c.familyId(),
                Boolean.toString(c.courtProceedings()), date(c.closedOn())};
    }

    @Override
    Case type(Row row, RegisterIds ids) {
        Case item = typeCells(row, ids.cases, ids.children);
        endNotBeforeStart(row, item.openedOn(), item.closedOn(), "closed_on");
        return item;
    }

    /** The case's cells, its identifiers declared: also what a file of cases to allocate reads. */
    static Case typeCells(Row row, Declared caseIds, Declared childIds) {
        return new Case(caseIds.declare(row, row.id("case_id")), childIds.declare(row, row.id("child_id")),
                row.optionalId("family_id"), row.code("category", CaseCategory.class),
                row.optionalBoolean("court_proceedings"), row.date("opened_on"), row.optionalDate("closed_on"));
    }

    @Override
    Declared[] declares(RegisterIds ids) {
        return new Declared[] {ids.cases, ids.children};
    }
}
