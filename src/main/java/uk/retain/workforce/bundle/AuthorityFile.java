package uk.retain.workforce.bundle;

import java.util.List;
import java.util.regex.Pattern;

import uk.retain.workforce.Authority;
import uk.retain.workforce.Register;

/** authority.csv: the one authority the bundle describes. */
public final class AuthorityFile extends RegisterFile<Authority> {

    public static final AuthorityFile FILE = new AuthorityFile();

    private static final Pattern LA_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern REGION_CODE = Pattern.compile("E12[0-9]{6}");

    private AuthorityFile() {
        super("authority.csv", true, List.of("la_code"),
                required("la_code"), required("name"), optional("region_code"), optional("history_from"));
    }

    @Override
    public List<Authority> rowsOf(Register register) {
        return register.authority() == null ? List.of() : List.of(register.authority());
    }

    @Override
    public String[] cells(Authority a) {
        return new String[] {a.laCode(), a.name(), a.regionCode(), date(a.historyFrom())};
    }

    @Override
    Authority type(Row row, RegisterIds ids) {
        String laCode = row.text("la_code");
        if (laCode != null && !LA_CODE.matcher(laCode).matches()) {
            row.problem("la_code", "'" + laCode + "' is not a DfE 3-digit local authority number");
        }
        String name = row.text("name");
        String region = row.raw("region_code");
        if (region != null && !REGION_CODE.matcher(region).matches()) {
            row.problem("region_code", "'" + region + "' is not an ONS region code such as E12000006");
        }
        return new Authority(laCode, name, region, row.optionalDate("history_from"));
    }
}
