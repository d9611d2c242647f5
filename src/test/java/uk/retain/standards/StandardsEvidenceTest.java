package uk.retain.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.measures.RegisterMeasures;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

class StandardsEvidenceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 30);

    @Test
    void eachStandardsFiguresAreTheMeasuresOfTheDay() throws Exception {
        Register register = Bundles.read(Path.of("src/test/resources/bundles/small"));
        RegisterMeasures measures = RegisterMeasures.of(register);
        Map<String, Object> json = measures.forAuthority(DAY);

        Map<EmployerStandard, List<StandardsEvidence.Fact>> evidence = StandardsEvidence.of(measures, DAY);

        assertThat(evidence).containsOnlyKeys(EmployerStandard.values());
        for (EmployerStandard standard : EmployerStandard.values()) {
            for (String key : standard.measures()) {
                assertThat(evidence.get(standard)).as("%s %s", standard, key).contains(new StandardsEvidence.Fact(key, json.get(key)));
            }
        }
        assertThat(evidence.get(EmployerStandard.WORKLOADS)).filteredOn(f -> EmployerStandard.WORKLOADS.measures().contains(f.key()))
                .extracting(StandardsEvidence.Fact::value).doesNotContainNull();
        // The small bundle holds no vacancies file: its figure is not held, never 0.
        assertThat(evidence.get(EmployerStandard.WORKFORCE_PLANNING))
                .contains(new StandardsEvidence.Fact("vacancies_open_over_90_days", null));
    }

    @Test
    void theLatestSurveyBegunByTheDayGivesEachStandardsQuestionsSuppressedUnderFive() throws Exception {
        Register small = Bundles.read(Path.of("src/test/resources/bundles/small"));
        List<uk.retain.exits.SurveyResponse> responses = new java.util.ArrayList<>();
        // s1 in March: 6 answered workload_manageable, 3 agreeing (50%); 4 answered supervision_regular (suppressed).
        for (int i = 0; i < 6; i++) {
            responses.add(new uk.retain.exits.SurveyResponse("s1", "R" + i, "T1", LocalDate.of(2025, 3, 1), "workload_manageable", i < 3 ? 4 : 2));
        }
        for (int i = 0; i < 4; i++) {
            responses.add(new uk.retain.exits.SurveyResponse("s1", "R" + i, "T1", LocalDate.of(2025, 3, 1), "supervision_regular", 5));
        }
        // s2 begins after the day: not yet evidence.
        for (int i = 0; i < 6; i++) {
            responses.add(new uk.retain.exits.SurveyResponse("s2", "Q" + i, "T1", LocalDate.of(2025, 10, 5), "workload_manageable", 5));
        }
        Register register = small.withRows(uk.retain.exits.SurveyResponsesFile.class, responses);

        Map<EmployerStandard, List<StandardsEvidence.Fact>> evidence = StandardsEvidence.of(RegisterMeasures.of(register), DAY);

        assertThat(StandardsEvidence.latestSurvey(register, DAY)).hasValueSatisfying(s -> assertThat(s.surveyId()).isEqualTo("s1"));
        assertThat(evidence.get(EmployerStandard.WORKLOADS)).filteredOn(f -> f.key().equals("survey_workload_manageable"))
                .singleElement().satisfies(f -> assertThat(((Number) f.value()).doubleValue()).isEqualTo(50.0));
        assertThat(evidence.get(EmployerStandard.SUPERVISION))
                .contains(new StandardsEvidence.Fact("survey_supervision_regular", "c"))
                .as("not asked: not held").contains(new StandardsEvidence.Fact("survey_supervision_helpful", null));
        // Without a survey every survey figure is not held.
        assertThat(StandardsEvidence.of(RegisterMeasures.of(small), DAY).get(EmployerStandard.WORKLOADS))
                .contains(new StandardsEvidence.Fact("survey_workload_manageable", null));
    }

    @Test
    void registrationCountsTheWorkersInEmploymentWithNoSweNumber() {
        Register register = Register.of(new uk.retain.workforce.Authority("999", "Test", null))
                .workers(List.of(worker("W1", true), worker("W2", false), worker("W3", false)))
                .employments(List.of(row("W1", "2020-01-01", null), row("W2", "2020-01-01", null),
                        // W3 left before the day: not counted.
                        row("W3", "2020-01-01", "2025-06-30")))
                .build();

        assertThat(StandardsEvidence.withoutSweNumber(register, DAY)).isEqualTo(1);
        assertThat(StandardsEvidence.withoutSweNumber(register, LocalDate.of(2025, 6, 30))).isEqualTo(2);
    }

    private static Worker worker(String id, boolean registered) {
        return new Worker(id, registered ? new uk.retain.workforce.SweNumber("SW" + id.substring(1)) : null, "Family", "Given",
                LocalDate.of(2015, 1, 1), null, null, null, null);
    }

    private static Employment row(String worker, String start, String end) {
        return new Employment(worker, Contract.PERMANENT, JobRole.SOCIAL_WORKER, "T1", null, BigDecimal.ONE, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), null, null);
    }
}
