package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.retain.people.Role;

/** What {@code bench load} asks for: dates in the history, team managers by team, each user only their councils. */
class BenchLoadMixTest {

    @Test
    void theDatesAreEachThirtiethOfSeptemberAfterTheFirstYearAndTheLastTwelveMonthEnds() {
        List<LocalDate> dates = BenchLoadCommand.dates(LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30));

        assertThat(dates).startsWith(LocalDate.of(2021, 9, 30), LocalDate.of(2022, 9, 30), LocalDate.of(2023, 9, 30),
                LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 31)).endsWith(LocalDate.of(2025, 9, 30)).hasSize(16);
        assertThat(BenchLoadCommand.dates(LocalDate.of(2022, 10, 1), LocalDate.of(2026, 10, 15)))
                .as("a history ending mid-month ends on the month end before").endsWith(LocalDate.of(2026, 9, 30));
    }

    @Test
    void eachCallIsForACouncilTheUserSeesAndATeamManagerAlwaysAsksByTeam() {
        var manager = new BenchLoadCommand.User("m", Role.TEAM_MANAGER, "101", null, Set.of("T1"), List.of("101"), 1);
        var analyst = new BenchLoadCommand.User("a", Role.REGIONAL_ANALYST, null, "E12000001", Set.of(), List.of("101", "110"), 1);
        List<LocalDate> dates = List.of(LocalDate.of(2025, 9, 30));

        List<LoadGenerator.Call> calls = BenchLoadCommand.mix(List.of(manager, analyst), dates, 400, new Random(1));

        assertThat(calls).hasSize(400).allSatisfy(call -> assertThat(call.path()).matches(
                "/api/v1/authorities/(101|110)/measures\\?date=2025-09-30(&by=team)?"));
        assertThat(calls).filteredOn(call -> call.path().contains("/110/")).isNotEmpty()
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo(analyst.call("110", dates.get(0), false).authorization()));
        assertThat(calls).filteredOn(call -> call.authorization().equals(manager.call("101", dates.get(0), true).authorization()))
                .isNotEmpty().allSatisfy(call -> assertThat(call.path()).endsWith("&by=team"));
        assertThat(calls).filteredOn(call -> !call.path().endsWith("&by=team")).as("the analyst asks both ways").isNotEmpty();
    }
}
