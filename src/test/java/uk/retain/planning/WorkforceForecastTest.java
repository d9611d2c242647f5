package uk.retain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

class WorkforceForecastTest {

    private static final LocalDate DEMO_END = LocalDate.of(2026, 10, 31);
    private static Calibration demo;

    @BeforeAll
    static void demoCouncil() {
        demo = Calibration.of(DemoCouncil.demo(), DEMO_END, PublishedIndicators.fromClasspath());
    }

    @Test
    void everyFigureOfEveryMonthHasItsPercentilesInOrderAndTheSameSeedGivesTheSameForecast() {
        var forecast = WorkforceForecast.run(demo, Levers.AS_NOW, 200, 60, 5);
        assertThat(forecast.byMonth()).hasSize(60);
        assertThat(forecast.byYear()).hasSize(5);
        assertThat(forecast.byMonth().getFirst().monthEnd()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(forecast.byMonth().getFirst().figures()).containsOnlyKeys(Figure.values());
        forecast.byMonth().forEach(month -> month.figures().forEach((figure, q) -> {
            assertThat(q.p10()).as("%s in month %s", figure, month.month()).isLessThanOrEqualTo(q.p50());
            assertThat(q.p50()).as("%s in month %s", figure, month.month()).isLessThanOrEqualTo(q.p90());
        }));
        assertThat(WorkforceForecast.run(demo, Levers.AS_NOW, 200, 60, 5)).isEqualTo(forecast);
        assertThat(WorkforceForecast.run(demo, Levers.AS_NOW, 200, 60, 6).byMonth())
                .isNotEqualTo(forecast.byMonth());
    }

    @Test
    void theFiguresAddUp() {
        var month = WorkforceForecast.run(demo, Levers.AS_NOW, 100, 12, 5).byMonth().get(11).figures();
        // Medians do not add exactly, but the bands and contracts of the median run are near the whole.
        double bands = month.get(Figure.ASYE_FTE).p50() + month.get(Figure.UNDER_TWO_FTE).p50()
                + month.get(Figure.TWO_TO_FIVE_FTE).p50() + month.get(Figure.FIVE_PLUS_FTE).p50();
        assertThat(bands).isEqualTo(month.get(Figure.FTE_PROJECTED).p50(), within(8.0));
        assertThat(month.get(Figure.FTE_NEEDED).p50()).isEqualTo(month.get(Figure.CASES).p50() / 18, within(0.5));
    }

    @Test
    void eachLeverMovesItsFigureTheWayItShould() {
        var asNow = WorkforceForecast.run(demo, Levers.AS_NOW, 200, 24, 5).byMonth().get(23).figures();
        var somerset = new Levers(18, 14.0, 24, 40.0, null, 1, 0, 0.2, -0.5, 0.5, 10, Levers.GUIDE_SALARIES, 0.3,
                95_000, 12_000_000.0);
        var forecast = WorkforceForecast.run(demo, somerset, 200, 24, 5);
        var planned = forecast.byMonth().get(23).figures();
        assertThat(forecast.byMonth().get(23).caseloadTarget()).isEqualTo(14.0);
        assertThat(forecast.byMonth().get(11).caseloadTarget()).isEqualTo(16.0);
        assertThat(planned.get(Figure.FTE_NEEDED).p50()).isGreaterThan(asNow.get(Figure.FTE_NEEDED).p50() * 1.3);
        assertThat(planned.get(Figure.ASYE_FTE).p50()).isGreaterThan(asNow.get(Figure.ASYE_FTE).p50());
        assertThat(planned.get(Figure.AGENCY_FTE).p50()).isLessThan(asNow.get(Figure.AGENCY_FTE).p50());
        assertThat(planned.get(Figure.TURNOVER_RATE).p50()).isLessThan(asNow.get(Figure.TURNOVER_RATE).p50());
        assertThat(forecast.byYear().getFirst().budget()).isEqualTo(12_000_000.0);
    }

    @Test
    void runsAndMonthsOutOfBoundsAreRefused() {
        assertThatThrownBy(() -> WorkforceForecast.run(demo, Levers.AS_NOW, 0, 60, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkforceForecast.run(demo, Levers.AS_NOW, 10, 121, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCalibrationCountsLeaversOverPersonMonthsAndShrinksThemTowardTheNationalRate() {
        var rows = new ArrayList<Employment>();
        var workers = new ArrayList<Worker>();
        for (int i = 0; i < 10; i++) {
            String id = "W" + i;
            workers.add(new Worker(id, new SweNumber("SW" + (100 + i)), id, "Given", LocalDate.of(2010, 1, 1), null,
                    null, null, null));
            // Two of the ten leave on the last day of April 2026; the rest stay. All started in 2020.
            LocalDate end = i < 2 ? LocalDate.of(2026, 4, 30) : null;
            rows.add(new Employment(id, Contract.PERMANENT, JobRole.SOCIAL_WORKER, "T1", null, BigDecimal.ONE,
                    LocalDate.of(2020, 1, 1), end, end == null ? null : 1, null));
        }
        var cases = List.of(new Case("C1", "K1", null, CaseCategory.CHILD_IN_NEED, false, LocalDate.of(2020, 1, 1),
                null));
        var register = Register.of(new Authority("999", "Test", null, null))
                .teams(List.of(new Team("T1", "Team", ServiceArea.CHILD_PROTECTION, null))).workers(workers)
                .employments(rows).cases(cases).build();
        double national = 0.01;
        Calibration calibration = Calibration.of(register, DEMO_END, national);
        assertThat(calibration.permanent().get(Band.FIVE_PLUS)).isEqualTo(new Calibration.Stock(8, 8.0));
        Calibration.Hazard hazard = calibration.hazards().get(Band.FIVE_PLUS);
        // 24 month ends from 31 Oct 2026 back to 30 Nov 2024: ten workers at the 18 up to 30 April 2026, eight at the 6 after.
        assertThat(hazard.events()).isEqualTo(2);
        assertThat(hazard.personMonths()).isEqualTo(10 * 18 + 8 * 6);
        assertThat(hazard.monthly()).isEqualTo((2 + 120 * national) / (228 + 120), within(1e-12));
        assertThat(hazard.own()).isEqualTo(2.0 / 228, within(1e-12));
        assertThat(calibration.hazards().get(Band.ASYE).monthly()).isEqualTo(national, within(1e-12));
        assertThat(calibration.establishmentFte()).isNull();
        assertThat(calibration.openCasesByMonth().get(CaseCategory.CHILD_IN_NEED)).hasSize(36).containsOnly(1);
        assertThat(calibration.experiencedHiresPerMonth()).isZero();
    }

    @Test
    void aScenarioIsReadFromJsonWithEveryProblemNamed() {
        Levers levers = ScenarioJson.levers(Map.of("name", "Somerset plan", "caseload_target", 20,
                "caseload_target_later", 17, "target_by_month", 24, "nqsw_per_year", 40, "agency_change_per_month", -2,
                "salaries", Map.of("asye", 36_000)));
        assertThat(levers.caseloadTargetIn(24)).isEqualTo(17.0);
        assertThat(levers.caseloadTargetIn(12)).isEqualTo(18.5);
        assertThat(levers.nqswPerYear()).isEqualTo(40.0);
        assertThat(levers.experiencedOffersPerMonth()).isNull();
        assertThat(levers.salaries().get(Band.ASYE)).isEqualTo(36_000.0);
        assertThat(levers.salaries().get(Band.FIVE_PLUS)).isEqualTo(46_000.0);
        assertThat(ScenarioJson.levers(ScenarioJson.json(levers))).isEqualTo(levers);
        assertThatThrownBy(() -> ScenarioJson.levers(Map.of("caseload_target", 0, "offer_acceptance", "most",
                "bonus", 1, "salaries", Map.of("senior", 1))))
                .isInstanceOfSatisfying(ScenarioJson.InvalidScenarioException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder("bonus: not a lever", "caseload_target: a number from 1 to 100",
                                "offer_acceptance: a number from 0 to 1",
                                "salaries.senior: not a band (asye, under_2_years, 2_to_5_years, 5_plus_years)"));
    }
}
