package uk.retain.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * Holds {@link WorkforceMeasures} to {@link NaiveMeasures}, the definitions of measures.md worked out day by day:
 * every measure, for the authority and for every team, on the demo council's three years of history (census dates
 * and month ends between them) and on small registers made at random to reach the corners ({@link RandomRegister}).
 */
class MeasuresAgainstTheDefinitionsTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2023, 9, 30), LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 9, 30), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 9, 30), LocalDate.of(2026, 6, 30));

    private static Register demo;

    @BeforeAll
    static void generate() {
        demo = DemoCouncil.demo();
    }

    @Test
    void theAuthorityMeasuresFollowTheDefinitions() {
        List<String> differences = new ArrayList<>();
        for (LocalDate date : DATES) {
            Map<String, Object> actual = WorkforceMeasures.of(demo).forAuthority(date).byDfeName();
            differences.addAll(differences("authority on " + date, new NaiveMeasures(demo, date).of(null), actual));
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void everyTeamsMeasuresFollowTheDefinitions() {
        List<String> differences = new ArrayList<>();
        for (LocalDate date : List.of(DATES.get(0), DATES.get(4))) {
            Map<String, Measures> byTeam = WorkforceMeasures.of(demo).byTeam(date);
            NaiveMeasures naive = new NaiveMeasures(demo, date);
            for (Team team : demo.teams()) {
                differences.addAll(differences(team.teamId() + " on " + date, naive.of(team.teamId()),
                        byTeam.get(team.teamId()).byDfeName()));
            }
        }
        assertThat(differences).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomRegistersFollowTheDefinitions(long seed) {
        Register register = RandomRegister.of(seed, EnumSet.allOf(BundleFile.class));
        List<String> differences = new ArrayList<>();
        for (LocalDate date : List.of(LocalDate.of(2024, 9, 30), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31))) {
            NaiveMeasures naive = new NaiveMeasures(register, date);
            WorkforceMeasures measures = WorkforceMeasures.of(register);
            differences.addAll(differences("seed " + seed + ", authority on " + date, naive.of(null),
                    measures.forAuthority(date).byDfeName()));
            measures.byTeam(date).forEach((team, teamMeasures) -> differences.addAll(
                    differences("seed " + seed + ", " + team + " on " + date, naive.of(team), teamMeasures.byDfeName())));
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void withoutPostsAbsencesOrCasesThoseMeasuresAreNullByBothReckonings() {
        Register register = RandomRegister.of(99, EnumSet.of(BundleFile.AUTHORITY, BundleFile.TEAMS, BundleFile.WORKERS,
                BundleFile.EMPLOYMENTS));
        LocalDate date = LocalDate.of(2025, 9, 30);
        Map<String, Object> actual = WorkforceMeasures.of(register).forAuthority(date).byDfeName();

        assertThat(differences("without optional files", new NaiveMeasures(register, date).of(null), actual)).isEmpty();
        assertThat(actual).containsEntry("vacancy_fte", null).containsEntry("cases", null)
                .containsEntry("working_days_lost_fte", null).containsEntry("children_with_3_plus_workers", null);
    }

    @Test
    void theRandomRegistersReachTheCorners() {
        // Two rows at once with equal FTEs in different teams, a change of row on consecutive days, agency cover.
        Register register = RandomRegister.of(1, EnumSet.allOf(BundleFile.class));
        assertThat(register.employments()).anySatisfy(row -> assertThat(register.employments()).anySatisfy(other -> {
            assertThat(other).isNotSameAs(row);
            assertThat(other.workerId()).isEqualTo(row.workerId());
            assertThat(other.startDate()).isEqualTo(row.startDate());
            assertThat(other.fte()).isEqualByComparingTo(row.fte());
            assertThat(other.teamId()).isNotEqualTo(row.teamId());
        }));
        assertThat(register.employments()).anySatisfy(row -> assertThat(register.employments()).anySatisfy(next -> {
            assertThat(next.workerId()).isEqualTo(row.workerId());
            assertThat(row.endDate()).isNotNull();
            assertThat(next.startDate()).isEqualTo(row.endDate().plusDays(1));
        }));
        assertThat((double) new NaiveMeasures(register, LocalDate.of(2025, 9, 30)).of(null).get("agency_cover_fte")).isPositive();
    }

    @Test
    void theDemoExercisesTheMeasures() {
        // A comparison is only worth as much as what it compares: the demo has starts, leavings, agency cover,
        // sickness across the year's start, several cases held per worker and children with three workers.
        Map<String, Object> measures = new NaiveMeasures(demo, DATES.get(4)).of(null);
        assertThat((int) measures.get("starters_headcount")).isPositive();
        assertThat((int) measures.get("leavers_headcount")).isPositive();
        assertThat((double) measures.get("agency_cover_fte")).isPositive();
        assertThat((double) measures.get("working_days_lost_fte")).isPositive();
        assertThat((int) measures.get("cases")).isGreaterThan(1000);
        assertThat((int) measures.get("children_with_3_plus_workers")).isPositive();
    }

    private static List<String> differences(String where, Map<String, Object> expected, Map<String, Object> actual) {
        List<String> differences = new ArrayList<>();
        assertThat(actual.keySet()).as(where).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String name : expected.keySet()) {
            if (!same(expected.get(name), actual.get(name))) {
                differences.add(where + ": " + name + " is " + actual.get(name) + ", the definition gives " + expected.get(name));
            }
        }
        return differences;
    }

    /** Numbers equal to within rounding (sums of doubles in another order), everything else exactly. */
    private static boolean same(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            double x = e.doubleValue();
            double y = a.doubleValue();
            return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
        }
        return Objects.equals(expected, actual);
    }
}
