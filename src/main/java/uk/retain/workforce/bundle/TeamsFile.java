package uk.retain.workforce.bundle;

import java.util.List;

import uk.retain.workforce.Register;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.Team;

/** teams.csv: the authority's teams. */
public final class TeamsFile extends RegisterFile<Team> {

    public static final TeamsFile FILE = new TeamsFile();

    private TeamsFile() {
        super("teams.csv", true, List.of("team_id"),
                required("team_id"), required("name"), required("service"), optional("locality"));
    }

    @Override
    public List<Team> rowsOf(Register register) {
        return register.teams();
    }

    @Override
    public String[] cells(Team t) {
        return new String[] {t.teamId(), t.name(), code(t.service()), t.locality()};
    }

    @Override
    Team type(Row row, RegisterIds ids) {
        return new Team(ids.teams.declare(row, row.id("team_id")), row.text("name"), row.code("service", ServiceArea.class),
                row.raw("locality"));
    }

    @Override
    Declared[] declares(RegisterIds ids) {
        return new Declared[] {ids.teams};
    }
}
