package uk.retain.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.agency.AgencyBundle.CAPS;
import static uk.retain.workforce.ProblemAssertions.at;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.retain.workforce.Problem;

/** exchange-format.md, agency_rate_caps.csv: each rule broken once in the valid bundle gives exactly its problem. */
class AgencyRateCapsFileTest {

    @TempDir
    Path dir;

    private List<Problem> withCell(int line, String column, String value) {
        return AgencyBundle.valid().cell(CAPS, line, column, value).problems(dir);
    }

    private List<Problem> withCap(String row) {
        return AgencyBundle.valid().replace(CAPS, "E12000007,team_manager,2025-10-01,,50.00\n", "E12000007,team_manager,2025-10-01,,50.00\n" + row + "\n")
                .problems(dir);
    }

    @Test
    void theValidFileReadsWithoutAProblem() throws Exception {
        assertThat(AgencyBundle.valid().read(dir).rows(AgencyRateCapsFile.class)).containsExactly(
                new RateCap("E12000006", JobType.TEAM_MANAGER, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30),
                        new BigDecimal("45.00")),
                new RateCap("E12000006", JobType.SOCIAL_WORKER, LocalDate.of(2025, 10, 1), null, new BigDecimal("33.00")),
                new RateCap("E12000007", JobType.TEAM_MANAGER, LocalDate.of(2025, 10, 1), null, new BigDecimal("50.00")));
    }

    @Test
    void aRowWrittenBackGivesItsCellsInColumnOrder() {
        AgencyRateCapsFile file = new AgencyRateCapsFile();

        assertThat(file.columns()).containsExactly("region_code", "job_type", "effective_from", "max_hourly_pay", "effective_to");
        assertThat(file.cells(new RateCap("E12000006", JobType.IRO_CP_CHAIR, LocalDate.of(2025, 10, 1), null,
                new BigDecimal("50.5")))).containsExactly("E12000006", "iro_cp_chair", "2025-10-01", "50.5", null);
    }

    @ParameterizedTest(name = "empty {0}")
    @ValueSource(strings = {"region_code", "job_type", "effective_from", "max_hourly_pay"})
    void anEmptyRequiredCellIsAnError(String column) {
        assertThat(withCell(4, column, "")).singleElement().satisfies(at(CAPS, 4, column, "a value is required"));
    }

    @ParameterizedTest(name = "region_code {0}")
    @ValueSource(strings = {"E1200006", "E120000060", "e12000006", "W92000004", "London"})
    void theRegionIsAnOnsRegionCode(String region) {
        assertThat(withCell(4, "region_code", region)).singleElement()
                .satisfies(at(CAPS, 4, "region_code", "'" + region + "'", "ONS region code"));
    }

    @Test
    void theJobTypeIsOneOfTheFive() {
        assertThat(withCell(4, "job_type", "locum")).singleElement().satisfies(at(CAPS, 4, "job_type", "'locum'", "iro_cp_chair"));
    }

    @Test
    void effectiveToIsNotBeforeEffectiveFrom() {
        assertThat(withCell(2, "effective_to", "2025-09-30")).singleElement()
                .satisfies(at(CAPS, 2, "effective_to", "effective_to 2025-09-30 is before effective_from 2025-10-01"));
    }

    @Test
    void theMaximumIsADecimal() {
        assertThat(withCell(4, "max_hourly_pay", "fifty")).singleElement()
                .satisfies(at(CAPS, 4, "max_hourly_pay", "'fifty'", "not a number"));
    }

    @Test
    void capsForOneRegionAndJobTypeNeverOverlap() {
        // Line 5 overlaps line 2 (to 2026-09-30) on its last day.
        assertThat(withCap("E12000006,team_manager,2026-09-30,,47.00")).singleElement()
                .satisfies(at(CAPS, 5, "effective_from", "overlaps the one on line 2", "E12000006", "team_manager"));
    }

    @Test
    void anOpenEndedCapOverlapsEveryLaterOne() {
        assertThat(withCap("E12000006,social_worker,2030-01-01,2030-12-31,40.00")).singleElement()
                .satisfies(at(CAPS, 5, "effective_from", "overlaps the one on line 3"));
    }

    @Test
    void aCapStartingTheDayAfterTheLastEndsIsValid() throws Exception {
        AgencyBundle.valid().replace(CAPS, "E12000007,team_manager,2025-10-01,,50.00\n",
                "E12000007,team_manager,2025-10-01,,50.00\nE12000006,team_manager,2026-10-01,,47.00\n").read(dir);
    }

    @Test
    void capsOfOtherRegionsOrJobTypesMayRunTogether() throws Exception {
        AgencyBundle.valid().replace(CAPS, "E12000007,team_manager,2025-10-01,,50.00\n",
                "E12000007,team_manager,2025-10-01,,50.00\nE12000006,senior_social_worker,2025-10-01,,38.00\n").read(dir);
    }
}
