package uk.retain.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.recruitment.RecruitmentBundle.VACANCIES;
import static uk.retain.workforce.ProblemAssertions.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.retain.workforce.JobRole;
import uk.retain.workforce.Problem;
import uk.retain.workforce.TestBundle;
import uk.retain.workforce.Register;

/** exchange-format.md, vacancies.csv: each rule broken once in the valid bundle gives exactly its problem. */
class VacanciesFileTest {

    @TempDir
    Path dir;

    private List<Problem> withCell(int line, String column, String value) {
        return RecruitmentBundle.valid().cell(VACANCIES, line, column, value).problems(dir);
    }

    @Test
    void theValidFileReadsWithoutAProblem() throws Exception {
        Register register = RecruitmentBundle.valid().read(dir);

        assertThat(register.has(VacanciesFile.class)).isTrue();
        assertThat(register.rows(VacanciesFile.class)).containsExactly(
                new Vacancy("V1", "T1", JobRole.SOCIAL_WORKER, "P1", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 3),
                        ClosedReason.FILLED),
                new Vacancy("V2", "T2", JobRole.TEAM_MANAGER, null, LocalDate.of(2025, 6, 2), null, null),
                new Vacancy("V3", "T1", JobRole.SOCIAL_WORKER, null, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 9, 30),
                        ClosedReason.WITHDRAWN));
    }

    @Test
    void aRowWrittenBackReadsTheSame() {
        VacanciesFile file = new VacanciesFile();
        Vacancy vacancy = new Vacancy("V1", "T1", JobRole.SOCIAL_WORKER, "P1", LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 3, 3), ClosedReason.FILLED);

        assertThat(file.cells(vacancy)).containsExactly("V1", "T1", "social_worker", "2025-01-06", "P1", "2025-03-03", "filled");
        assertThat(file.columns()).containsExactly("vacancy_id", "team_id", "job_role", "opened_on", "post_id", "closed_on",
                "closed_reason");
    }

    @Test
    void everyRowWrittenBackReadsTheSame() throws Exception {
        Register register = RecruitmentBundle.valid().read(dir);
        VacanciesFile vacancies = new VacanciesFile();
        ApplicationsFile applications = new ApplicationsFile();

        Register again = RecruitmentBundle.valid()
                .lines(VACANCIES, TestBundle.written(vacancies, register.rows(VacanciesFile.class)))
                .lines(RecruitmentBundle.APPLICATIONS, TestBundle.written(applications, register.rows(ApplicationsFile.class)))
                .read(dir);

        assertThat(again.rows(VacanciesFile.class)).isEqualTo(register.rows(VacanciesFile.class));
        assertThat(again.rows(ApplicationsFile.class)).isEqualTo(register.rows(ApplicationsFile.class));
    }

    @Test
    void anOpenVacancyWithAClosedReasonThatIsNoCodeIsReportedOnce() {
        assertThat(withCell(3, "closed_reason", "cancelled")).singleElement()
                .satisfies(at(VACANCIES, 3, "closed_reason", "'cancelled'", "is not one of"));
    }

    @Test
    void withoutTheFileThereAreNoVacancies() throws Exception {
        Register register = RecruitmentBundle.valid().without(VACANCIES).without(RecruitmentBundle.APPLICATIONS).read(dir);

        assertThat(register.has(VacanciesFile.class)).isFalse();
        assertThat(register.rows(VacanciesFile.class)).isEmpty();
    }

    @ParameterizedTest(name = "empty {0}")
    @ValueSource(strings = {"vacancy_id", "team_id", "job_role", "opened_on"})
    void anEmptyRequiredCellIsAnError(String column) {
        // Line 4 (V3) has no applications that would then point at nothing.
        assertThat(withCell(4, column, "")).singleElement().satisfies(at(VACANCIES, 4, column, "a value is required"));
    }

    @Test
    void aVacancyIdIsUnique() {
        assertThat(withCell(4, "vacancy_id", "V1")).singleElement()
                .satisfies(at(VACANCIES, 4, "vacancy_id", "'V1'", "already used on line 2"));
    }

    @Test
    void theTeamMustBeInTeamsCsv() {
        assertThat(withCell(3, "team_id", "T9")).singleElement().satisfies(at(VACANCIES, 3, "team_id", "'T9'", "teams.csv"));
    }

    @Test
    void thePostMustBeInPostsCsv() {
        assertThat(withCell(2, "post_id", "P9")).singleElement().satisfies(at(VACANCIES, 2, "post_id", "'P9'", "posts.csv"));
    }

    @Test
    void aPostWithoutPostsCsvIsAnError() {
        List<Problem> problems = RecruitmentBundle.valid().cell("employments.csv", 2, "post_id", "").without("posts.csv")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at(VACANCIES, 2, "post_id", "'P1'", "posts.csv", "has none"));
    }

    @Test
    void theJobRoleIsAJobRole() {
        assertThat(withCell(2, "job_role", "social_worker_2")).singleElement()
                .satisfies(at(VACANCIES, 2, "job_role", "'social_worker_2'", "asye_social_worker"));
    }

    @Test
    void datesAreIsoDates() {
        assertThat(withCell(3, "opened_on", "02/06/2025")).singleElement()
                .satisfies(at(VACANCIES, 3, "opened_on", "'02/06/2025'", "YYYY-MM-DD"));
    }

    @Test
    void closedOnIsNotBeforeOpenedOn() {
        assertThat(withCell(2, "closed_on", "2025-01-05")).singleElement()
                .satisfies(at(VACANCIES, 2, "closed_on", "2025-01-05", "before opened_on 2025-01-06"));
    }

    @Test
    void closedOnTheDayItOpenedIsValid() throws Exception {
        assertThat(RecruitmentBundle.valid().cell(VACANCIES, 2, "closed_on", "2025-01-06").read(dir)
                .rows(VacanciesFile.class).get(0).closedOn()).isEqualTo(LocalDate.of(2025, 1, 6));
    }

    @Test
    void aClosedVacancyNeedsAClosedReason() {
        assertThat(withCell(2, "closed_reason", "")).singleElement()
                .satisfies(at(VACANCIES, 2, "closed_reason", "needs a closed_reason", "filled, withdrawn, readvertised"));
    }

    @Test
    void anOpenVacancyHasNoClosedReason() {
        assertThat(withCell(3, "closed_reason", "withdrawn")).singleElement()
                .satisfies(at(VACANCIES, 3, "closed_reason", "without a closed_on", "must not"));
    }

    @Test
    void theClosedReasonIsACode() {
        assertThat(withCell(2, "closed_reason", "cancelled")).singleElement()
                .satisfies(at(VACANCIES, 2, "closed_reason", "'cancelled'", "filled, withdrawn, readvertised"));
    }

    @Test
    void aBadClosedOnIsReportedOnce() {
        assertThat(withCell(2, "closed_on", "soon")).singleElement().satisfies(at(VACANCIES, 2, "closed_on", "'soon'"));
    }
}
