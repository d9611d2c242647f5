package uk.retain.workforce.bundle;

import java.util.List;
import java.util.Set;

import uk.retain.workforce.CensusCode;
import uk.retain.workforce.GenderCurrent;
import uk.retain.workforce.Register;
import uk.retain.workforce.StartOrigin;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Worker;

/** workers.csv: the social workers, one row each. */
public final class WorkersFile extends RegisterFile<Worker> {

    public static final WorkersFile FILE = new WorkersFile();

    /** The census (CBDS) ethnicity codes, as the 2022 census schema lists them. */
    static final Set<String> ETHNICITY_CODES = Set.of("WBRI", "WIRI", "WOTH", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
            "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    private static final Set<Integer> GENDER_CODES = CensusCode.codesOf(GenderCurrent.class);
    private static final Set<Integer> START_ORIGINS = CensusCode.codesOf(StartOrigin.class);

    private WorkersFile() {
        super("workers.csv", true, List.of("worker_id"),
                required("worker_id"), required("swe_number"), required("family_name"), required("given_name"),
                optional("qualified_on"), optional("date_of_birth"), optional("gender"), optional("ethnicity"),
                optional("start_origin"));
    }

    @Override
    public List<Worker> rowsOf(Register register) {
        return register.workers();
    }

    @Override
    public String[] cells(Worker w) {
        return new String[] {w.workerId(), w.sweNumber() == null ? null : w.sweNumber().text(), w.familyName(),
                w.givenName(), date(w.qualifiedOn()), date(w.dateOfBirth()), number(w.gender()), w.ethnicity(),
                number(w.startOrigin())};
    }

    @Override
    Worker type(Row row, RegisterIds ids) {
        String workerId = ids.workers.declare(row, row.id("worker_id"));
        String swe = row.text("swe_number");
        SweNumber sweNumber = swe == null ? null : SweNumber.parse(swe).orElse(null);
        if (swe != null && sweNumber == null) {
            row.problem("swe_number", "'" + swe + "' is not a Social Work England number: SW then 1 to 10 digits, e.g. SW123456");
        }
        String ethnicity = row.raw("ethnicity");
        if (ethnicity != null && !ETHNICITY_CODES.contains(ethnicity)) {
            row.problem("ethnicity", "'" + ethnicity + "' is not a census ethnicity code (such as WBRI, MWBC, AIND, NOBT)");
        }
        return new Worker(workerId, sweNumber, row.text("family_name"), row.text("given_name"),
                row.optionalDate("qualified_on"), row.optionalDate("date_of_birth"),
                row.optionalCensusCode("gender", GENDER_CODES, "0, 1, 2 or 9"), ethnicity,
                row.optionalCensusCode("start_origin", START_ORIGINS, "from 1 to 10"));
    }

    @Override
    Declared[] declares(RegisterIds ids) {
        return new Declared[] {ids.workers};
    }
}
