package uk.retain.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Each authority's named scenarios, stored as their levers' JSON ({@link ScenarioJson}); with none saved, an
 * authority is offered {@link #EXAMPLES}, which are never stored.
 */
@Service
public class Scenarios {

    /** The longest name a scenario may have. */
    public static final int NAME_LENGTH = 80;

    /** A saved scenario, with who saved it and when (null for an example). */
    public record Scenario(String name, Levers levers, String changedBy, Instant changedAt) {
    }

    /**
     * Three scenarios for an authority that has saved none: carrying on as now; a plan on the lines of Somerset's
     * (caseload target 17 by month 24, 40 newly qualified a year, agency down 2 FTE a month); and retention first
     * (a fifth fewer leavers, two agency workers converted a month).
     */
    public static final List<Scenario> EXAMPLES = List.of(
            new Scenario("As now", Levers.AS_NOW, null, null),
            new Scenario("Caseload 17 by month 24", new Levers(18, 17.0, 24, 40.0, null, 0.8, 3, 0, -2, 0, 0,
                    Levers.GUIDE_SALARIES, 0.3, 95_000, 13_000_000.0), null, null),
            new Scenario("Retention first", new Levers(18, null, 12, null, null, 1, 0, 0.2, 0, 2, 0,
                    Levers.GUIDE_SALARIES, 0.3, 95_000, 13_000_000.0), null, null));

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Scenarios(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The authority's saved scenarios by name, or the examples when it has saved none. */
    @Transactional(readOnly = true)
    public List<Scenario> of(String laCode) {
        List<Scenario> saved = saved(laCode);
        return saved.isEmpty() ? EXAMPLES : saved;
    }

    /** The authority's saved scenarios, by name. */
    @Transactional(readOnly = true)
    public List<Scenario> saved(String laCode) {
        return jdbc.query("select name, levers, changed_by, changed_at from planning_scenario where la_code = ? "
                + "order by name", (rs, n) -> new Scenario(rs.getString("name"), read(rs.getString("levers")),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()), laCode);
    }

    /** A scenario of the authority by name: saved, or an example while none is saved. */
    public Optional<Scenario> find(String laCode, String name) {
        return of(laCode).stream().filter(scenario -> scenario.name().equals(name)).findFirst();
    }

    /** Saves a scenario under its name, replacing one of the same name. */
    @Transactional
    public void save(String laCode, String name, Levers levers, String changedBy, Instant at) {
        String text = json.writeValueAsString(ScenarioJson.json(levers));
        jdbc.update("delete from planning_scenario where la_code = ? and name = ?", laCode, name);
        jdbc.update("insert into planning_scenario (la_code, name, levers, changed_by, changed_at) values (?, ?, ?, ?, ?)",
                laCode, name, text, changedBy, Timestamp.from(at));
    }

    /** Removes a saved scenario; whether there was one. */
    @Transactional
    public boolean remove(String laCode, String name) {
        return jdbc.update("delete from planning_scenario where la_code = ? and name = ?", laCode, name) > 0;
    }

    private Levers read(String text) {
        Map<String, Object> levers = new LinkedHashMap<>();
        json.readValue(text, Map.class).forEach((key, value) -> levers.put(String.valueOf(key), value));
        // Written by this class, so null fields are the levers left to history.
        new ArrayList<>(levers.keySet()).stream().filter(key -> levers.get(key) == null).forEach(levers::remove);
        return ScenarioJson.levers(levers);
    }
}
