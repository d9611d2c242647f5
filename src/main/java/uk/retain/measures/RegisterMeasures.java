package uk.retain.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import uk.retain.workforce.Register;

/**
 * Every measure of measures.md for one register, as the JSON the {@code measures} command and the API give: the DfE
 * set and the seed yardsticks ({@link WorkforceMeasures}) and then each capability module's {@link MeasureSet}, with
 * the history rule applied to all. Built once per register; each date is then a pass over its rows.
 */
public final class RegisterMeasures {

    private static final List<MeasureSet> SETS = load();

    private final WorkforceMeasures core;
    private final List<MeasureSet.Prepared> sets;

    private RegisterMeasures(Register register) {
        this.core = WorkforceMeasures.of(register);
        List<MeasureSet.Prepared> prepared = new ArrayList<>(SETS.size());
        for (MeasureSet set : SETS) {
            prepared.add(set.prepare(register));
        }
        this.sets = prepared;
    }

    public static RegisterMeasures of(Register register) {
        return new RegisterMeasures(register);
    }

    private static List<MeasureSet> load() {
        List<MeasureSet> sets = new ArrayList<>();
        ServiceLoader.load(MeasureSet.class, MeasureSet.class.getClassLoader()).forEach(sets::add);
        // A stable order whatever the class path: by the set's class name.
        sets.sort(java.util.Comparator.comparing(set -> set.getClass().getName()));
        return List.copyOf(sets);
    }

    public Register register() {
        return core.register();
    }

    /** The DfE measures and seed yardsticks, typed, as the pages read them. */
    public WorkforceMeasures core() {
        return core;
    }

    /** The authority's measures on the date, by name. */
    public Map<String, Object> forAuthority(LocalDate date) {
        Map<String, Object> json = core.forAuthority(date).byDfeName();
        for (MeasureSet.Prepared set : sets) {
            json.putAll(set.forAuthority(date));
        }
        History.apply(historyFrom(), date, json);
        return json;
    }

    /** Each team's measures on the date, by {@code team_id} in order. */
    public Map<String, Map<String, Object>> byTeam(LocalDate date) {
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        core.byTeam(date).forEach((team, measures) -> json.put(team, measures.byDfeName()));
        for (MeasureSet.Prepared set : sets) {
            set.byTeam(date).forEach((team, measures) -> json.computeIfAbsent(team, t -> new LinkedHashMap<>()).putAll(measures));
        }
        json.values().forEach(measures -> History.apply(historyFrom(), date, measures));
        return json;
    }

    /**
     * The authority's and each team's measures on the date with small numbers suppressed ({@link Suppression}), for
     * a viewer who must not learn a figure about one person. The two are suppressed together, so that an answer for
     * the authority and one by team are consistent and neither undoes the other.
     */
    public Suppression.Figures suppressed(LocalDate date) {
        return suppressed.get(date, this::suppressedOn);
    }

    /**
     * The suppressed figures of the last few dates asked, read only: the regional pages ask for every census day of
     * each council of the region on each view, and the register of these measures never changes.
     */
    private final com.github.benmanes.caffeine.cache.Cache<LocalDate, Suppression.Figures> suppressed =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(32).build();

    private Suppression.Figures suppressedOn(LocalDate date) {
        Suppression.Figures figures = worked(date);
        Map<String, Map<String, Object>> teams = new LinkedHashMap<>();
        figures.teams().forEach((team, measures) -> teams.put(team, java.util.Collections.unmodifiableMap(measures)));
        return new Suppression.Figures(java.util.Collections.unmodifiableMap(figures.authority()), java.util.Collections.unmodifiableMap(teams));
    }

    private Suppression.Figures worked(LocalDate date) {
        Map<String, Integer> authorityBases = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> teamBases = new LinkedHashMap<>();
        for (MeasureSet.Prepared set : sets) {
            authorityBases.putAll(set.bases(date));
            set.basesByTeam(date).forEach((team, bases) -> teamBases.computeIfAbsent(team, t -> new LinkedHashMap<>()).putAll(bases));
        }
        return Suppression.apply(forAuthority(date), byTeam(date), authorityBases, teamBases);
    }

    private LocalDate historyFrom() {
        return core.register().authority().historyFrom();
    }
}
