package uk.retain.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.agency.AgencyBundle.ENGAGEMENTS;
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
import uk.retain.workforce.TestBundle;
import uk.retain.workforce.Register;

/** exchange-format.md, agency_engagements.csv: each rule broken once in the valid bundle gives exactly its problem. */
class AgencyEngagementsFileTest {

    @TempDir
    Path dir;

    private List<Problem> withCell(int line, String column, String value) {
        return AgencyBundle.valid().cell(ENGAGEMENTS, line, column, value).problems(dir);
    }

    private AgencyEngagement readWithCell(int line, String column, String value) throws Exception {
        return AgencyBundle.valid().cell(ENGAGEMENTS, line, column, value).read(dir).rows(AgencyEngagementsFile.class)
                .get(line - 2);
    }

    static final AgencyEngagement E1 = new AgencyEngagement("E1", "W2", "Acme Locums", JobType.TEAM_MANAGER,
            LocalDate.of(2024, 1, 1), null, new BigDecimal("37.5"), new BigDecimal("45.00"), new BigDecimal("58.50"), 4,
            LocalDate.of(2023, 12, 20), false, null, null);

    @Test
    void theValidFileReadsWithoutAProblem() throws Exception {
        Register register = AgencyBundle.valid().read(dir);

        assertThat(register.rows(AgencyEngagementsFile.class)).containsExactly(E1,
                new AgencyEngagement("E2", "W2", "Acme Locums", JobType.TEAM_MANAGER, LocalDate.of(2025, 11, 3),
                        LocalDate.of(2026, 3, 31), new BigDecimal("37"), new BigDecimal("40"), new BigDecimal("52"), 2,
                        LocalDate.of(2025, 10, 20), null, "Director of Children's Services", "urgent cover"));
    }

    @Test
    void aRowWrittenBackGivesItsCellsInColumnOrder() {
        AgencyEngagementsFile file = new AgencyEngagementsFile();

        assertThat(file.columns()).containsExactly("engagement_id", "worker_id", "agency", "job_type", "start_date",
                "hours_per_week", "hourly_pay", "hourly_charge", "notice_weeks", "end_date", "reference_on", "project_team",
                "override_approved_by", "override_reason");
        assertThat(file.cells(E1)).containsExactly("E1", "W2", "Acme Locums", "team_manager", "2024-01-01", "37.5", "45.00",
                "58.50", "4", null, "2023-12-20", "false", null, null);
    }

    @Test
    void everyRowWrittenBackReadsTheSame() throws Exception {
        Register register = AgencyBundle.valid().read(dir);

        Register again = AgencyBundle.valid()
                .lines(ENGAGEMENTS, TestBundle.written(new AgencyEngagementsFile(), register.rows(AgencyEngagementsFile.class)))
                .lines(AgencyBundle.CAPS, TestBundle.written(new AgencyRateCapsFile(), register.rows(AgencyRateCapsFile.class)))
                .read(dir);

        assertThat(again.rows(AgencyEngagementsFile.class)).isEqualTo(register.rows(AgencyEngagementsFile.class));
        assertThat(again.rows(AgencyRateCapsFile.class)).isEqualTo(register.rows(AgencyRateCapsFile.class));
    }

    @ParameterizedTest(name = "empty {0}")
    @ValueSource(strings = {"engagement_id", "worker_id", "agency", "job_type", "start_date", "hours_per_week", "hourly_pay",
            "hourly_charge", "notice_weeks"})
    void anEmptyRequiredCellIsAnError(String column) {
        assertThat(withCell(3, column, "")).singleElement().satisfies(at(ENGAGEMENTS, 3, column, "a value is required"));
    }

    @Test
    void anEngagementIdIsUnique() {
        assertThat(withCell(3, "engagement_id", "E1")).singleElement()
                .satisfies(at(ENGAGEMENTS, 3, "engagement_id", "'E1'", "already used on line 2"));
    }

    @Test
    void theWorkerMustBeInWorkersCsv() {
        assertThat(withCell(3, "worker_id", "W9")).singleElement()
                .satisfies(at(ENGAGEMENTS, 3, "worker_id", "'W9'", "is not in workers.csv"));
    }

    @Test
    void theWorkerMustHaveAgencyRows() {
        // W1 is permanent only.
        assertThat(withCell(3, "worker_id", "W1")).singleElement()
                .satisfies(at(ENGAGEMENTS, 3, "worker_id", "worker 'W1' has no agency row in employments.csv"));
    }

    @Test
    void theJobTypeIsOneOfTheFive() {
        assertThat(withCell(3, "job_type", "service_manager")).singleElement().satisfies(at(ENGAGEMENTS, 3, "job_type",
                "'service_manager'", "social_worker, senior_social_worker, advanced_practitioner, team_manager, iro_cp_chair"));
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        assertThat(withCell(3, "end_date", "2025-11-02")).singleElement()
                .satisfies(at(ENGAGEMENTS, 3, "end_date", "end_date 2025-11-02 is before the start 2025-11-03"));
    }

    @Test
    void anEngagementMayEndOnTheDayItStarts() throws Exception {
        assertThat(readWithCell(3, "end_date", "2025-11-03").endDate()).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @ParameterizedTest(name = "hours_per_week {0}")
    @ValueSource(strings = {"0", "0.0", "60.01", "61"})
    void hoursPerWeekAreMoreThan0AndAtMost60(String hours) {
        assertThat(withCell(3, "hours_per_week", hours)).singleElement()
                .satisfies(at(ENGAGEMENTS, 3, "hours_per_week", "more than 0 and at most 60"));
    }

    @ParameterizedTest(name = "hours_per_week {0}")
    @ValueSource(strings = {"0.5", "60", "60.00"})
    void hoursPerWeekUpTo60AreValid(String hours) throws Exception {
        assertThat(readWithCell(3, "hours_per_week", hours).hoursPerWeek()).isEqualByComparingTo(hours);
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @org.junit.jupiter.params.provider.CsvSource({"hours_per_week, -1", "hourly_pay, £40", "hourly_charge, 52.0.0",
            "hourly_pay, '\"40,50\"'"})
    void moneyAndHoursArePlainDecimals(String column, String value) {
        assertThat(withCell(3, column, value)).singleElement().satisfies(at(ENGAGEMENTS, 3, column, "is not a number"));
    }

    @Test
    void theChargeIsNotBelowThePay() {
        assertThat(withCell(3, "hourly_charge", "39.99")).singleElement()
                .satisfies(at(ENGAGEMENTS, 3, "hourly_charge", "39.99", "less than the hourly_pay 40"));
    }

    @Test
    void theChargeMayEqualThePay() throws Exception {
        assertThat(readWithCell(3, "hourly_charge", "40.00").hourlyCharge()).isEqualByComparingTo("40");
    }

    @ParameterizedTest(name = "notice_weeks {0}")
    @ValueSource(strings = {"53", "4.5", "-1", "four"})
    void noticeIsAWholeNumberOfWeeksFrom0To52(String weeks) {
        assertThat(withCell(3, "notice_weeks", weeks)).singleElement().satisfies(at(ENGAGEMENTS, 3, "notice_weeks", weeks));
    }

    @ParameterizedTest(name = "notice_weeks {0}")
    @ValueSource(ints = {0, 52})
    void noticeOf0To52WeeksIsValid(int weeks) throws Exception {
        assertThat(readWithCell(3, "notice_weeks", Integer.toString(weeks)).noticeWeeks()).isEqualTo(weeks);
    }

    @Test
    void theReferenceDateIsADate() {
        assertThat(withCell(3, "reference_on", "20/10/2025")).singleElement()
                .satisfies(at(ENGAGEMENTS, 3, "reference_on", "'20/10/2025'", "YYYY-MM-DD"));
    }

    @Test
    void projectTeamIsTrueOrFalse() {
        assertThat(withCell(3, "project_team", "yes")).singleElement()
                .satisfies(at(ENGAGEMENTS, 3, "project_team", "'yes'", "true or false"));
    }

    @Test
    void projectTeamTrueIsRead() throws Exception {
        assertThat(readWithCell(3, "project_team", "true").projectTeam()).isTrue();
    }

    @Test
    void anOverrideNeedsItsReason() {
        assertThat(withCell(3, "override_reason", "")).singleElement()
                .satisfies(at(ENGAGEMENTS, 3, "override_reason", "override_approved_by needs the override_reason"));
    }

    @Test
    void aReasonWithoutAnApproverIsNotAnOverride() throws Exception {
        AgencyEngagement engagement = readWithCell(3, "override_approved_by", "");

        assertThat(engagement.overrideReason()).isEqualTo("urgent cover");
        assertThat(engagement.approved()).isFalse();
    }

    @Test
    void withoutTheFileThereAreNoEngagements() throws Exception {
        Register register = AgencyBundle.valid().without(ENGAGEMENTS).read(dir);

        assertThat(register.has(AgencyEngagementsFile.class)).isFalse();
        assertThat(register.has(AgencyRateCapsFile.class)).isTrue();
    }
}
