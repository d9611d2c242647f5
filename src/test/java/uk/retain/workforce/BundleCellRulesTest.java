package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.workforce.ProblemAssertions.at;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * exchange-format.md, the rules of one cell or one row: empty cells, dates, booleans, decimals, identifiers,
 * codes, FTEs and date ranges. Each test makes one change to the valid minimal bundle and expects exactly the
 * one problem it causes, and no register.
 */
class BundleCellRulesTest {

    @TempDir
    Path dir;

    private List<Problem> problemsWithCell(String file, int line, String column, String value) {
        return TestBundle.minimal().cell(file, line, column, value).problems(dir);
    }

    /**
     * The minimal bundle with a spare row that nothing refers to in each file that declares identifiers, so
     * that blanking or breaking a spare identifier causes no second problem in the rows that refer to it:
     * teams.csv line 4 (T3), workers.csv line 5 (W4), posts.csv line 3 (P2), cases.csv line 3 (C2).
     */
    private static TestBundle withSpareRows() {
        return TestBundle.minimal()
                .row("teams.csv", "T3,Court,court,")
                .worker("W4")
                .post("P2,T1,social_worker,0.5,2021-01-01,")
                .caseRow("C2,CH2,F2,other,,2024-01-01,");
    }

    // ---- empty cells -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}:{1}: {2}")
    @CsvSource({
            "authority.csv, 2, la_code",
            "authority.csv, 2, name",
            "teams.csv, 4, team_id",
            "teams.csv, 4, name",
            "teams.csv, 4, service",
            "workers.csv, 5, worker_id",
            "workers.csv, 5, swe_number",
            "workers.csv, 5, family_name",
            "workers.csv, 5, given_name",
            "posts.csv, 3, post_id",
            "posts.csv, 3, team_id",
            "posts.csv, 3, job_role",
            "posts.csv, 3, fte",
            "posts.csv, 3, funded_from",
            "employments.csv, 3, worker_id",
            "employments.csv, 3, contract",
            "employments.csv, 3, job_role",
            "employments.csv, 3, fte",
            "employments.csv, 3, team_id",
            "employments.csv, 3, start_date",
            "absences.csv, 2, worker_id",
            "absences.csv, 2, start_date",
            "absences.csv, 2, end_date",
            "absences.csv, 2, reason",
            "cases.csv, 3, case_id",
            "cases.csv, 3, child_id",
            "cases.csv, 3, category",
            "cases.csv, 3, opened_on",
            "allocations.csv, 2, case_id",
            "allocations.csv, 2, worker_id",
            "allocations.csv, 2, role",
            "allocations.csv, 2, start_date",
            "supervisions.csv, 2, worker_id",
            "supervisions.csv, 2, supervisor_id",
            "supervisions.csv, 2, date",
            "supervisions.csv, 2, kind",
            "supervisions.csv, 2, minutes",
    })
    void anEmptyRequiredCellIsAnError(String file, int line, String column) {
        assertThat(withSpareRows().cell(file, line, column, "").problems(dir)).singleElement()
                .satisfies(at(file, line, column, "a value is required"));
    }

    @Test
    void aCellOfSpacesIsEmpty() {
        assertThat(problemsWithCell("teams.csv", 3, "name", "   ")).singleElement()
                .satisfies(at("teams.csv", 3, "name", "a value is required"));
    }

    @Test
    void theSpareRowsAreValid() throws Exception {
        assertThat(withSpareRows().problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void emptyOptionalCellsHaveNoValue() throws Exception {
        Register register = TestBundle.minimal()
                .cell("workers.csv", 2, "qualified_on", "").cell("workers.csv", 2, "date_of_birth", "")
                .cell("workers.csv", 2, "gender", "").cell("workers.csv", 2, "ethnicity", "")
                .cell("workers.csv", 2, "start_origin", "").cell("cases.csv", 2, "court_proceedings", "")
                .cell("cases.csv", 2, "family_id", "")
                .read(dir);

        assertThat(register.workers()).filteredOn(w -> w.workerId().equals("W1")).singleElement().satisfies(w -> {
            assertThat(w.qualifiedOn()).isNull();
            assertThat(w.dateOfBirth()).isNull();
            assertThat(w.gender()).isNull();
            assertThat(w.ethnicity()).isNull();
            assertThat(w.startOrigin()).isNull();
        });
        assertThat(register.cases().get(0).familyId()).isNull();
        assertThat(register.cases().get(0).courtProceedings()).isFalse();
    }

    // ---- dates -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "date ''{0}''")
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024/01/01", "01/02/2024", "2024-1-1", "20240101",
            "2024-01-01T09:00", "yesterday"})
    void aDateNotInTheIsoFormIsAnError(String value) {
        assertThat(problemsWithCell("supervisions.csv", 2, "date", value)).singleElement()
                .satisfies(at("supervisions.csv", 2, "date", "'" + value + "'", "YYYY-MM-DD"));
    }

    @Test
    void aLeapDayIsADate() throws Exception {
        Register register = TestBundle.minimal().cell("supervisions.csv", 2, "date", "2024-02-29").read(dir);

        assertThat(register.supervisions().get(0).date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest(name = "{0}:{1}: {2}")
    @CsvSource({
            "workers.csv, 2, qualified_on",
            "workers.csv, 2, date_of_birth",
            "posts.csv, 2, funded_from",
            "posts.csv, 2, funded_to",
            "employments.csv, 3, start_date",
            "employments.csv, 3, end_date",
            "absences.csv, 2, start_date",
            "absences.csv, 2, end_date",
            "cases.csv, 2, opened_on",
            "cases.csv, 2, closed_on",
            "allocations.csv, 2, end_date",
    })
    void everyDateColumnIsChecked(String file, int line, String column) {
        assertThat(problemsWithCell(file, line, column, "2024/01/01")).singleElement()
                .satisfies(at(file, line, column, "'2024/01/01'"));
    }

    // ---- booleans and decimals ---------------------------------------------------------------------------

    @ParameterizedTest(name = "boolean ''{0}''")
    @ValueSource(strings = {"yes", "TRUE", "False", "1", "0", "t"})
    void aBooleanOtherThanTrueOrFalseIsAnError(String value) {
        assertThat(problemsWithCell("cases.csv", 2, "court_proceedings", value)).singleElement()
                .satisfies(at("cases.csv", 2, "court_proceedings", "'" + value + "'", "true or false"));
    }

    @Test
    void trueIsTrue() throws Exception {
        assertThat(TestBundle.minimal().cell("cases.csv", 2, "court_proceedings", "true").read(dir).cases().get(0)
                .courtProceedings()).isTrue();
    }

    @Test
    void aDecimalCommaIsAnError() {
        // Quoted, so the CSV reads one cell "0,5" rather than two.
        assertThat(problemsWithCell("employments.csv", 3, "fte", "\"0,5\"")).singleElement()
                .satisfies(at("employments.csv", 3, "fte", "'0,5'", "'.'"));
    }

    @Test
    void aDecimalCommaInWorkingDaysIsAnError() {
        assertThat(problemsWithCell("absences.csv", 2, "working_days", "\"2,5\"")).singleElement()
                .satisfies(at("absences.csv", 2, "working_days", "'2,5'"));
    }

    @ParameterizedTest(name = "working_days ''{0}''")
    @ValueSource(strings = {"-1", "two", "1e2"})
    void workingDaysMustBeANumber(String value) {
        assertThat(problemsWithCell("absences.csv", 2, "working_days", value)).singleElement()
                .satisfies(at("absences.csv", 2, "working_days", "'" + value + "'"));
    }

    @Test
    void decimalsUseAPoint() throws Exception {
        Register register = TestBundle.minimal().cell("employments.csv", 3, "fte", "0.25")
                .cell("absences.csv", 2, "working_days", "2.5").read(dir);

        assertThat(register.employments()).filteredOn(e -> e.workerId().equals("W2")).singleElement()
                .satisfies(e -> assertThat(e.fte()).isEqualByComparingTo("0.25"));
        assertThat(register.absences().get(0).workingDays()).isEqualByComparingTo("2.5");
    }

    // ---- FTE ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "employment fte {0}")
    @ValueSource(strings = {"0", "0.0", "1.5", "1.01", "-0.5", "half"})
    void anEmploymentFteOutsideZeroToOneIsAnError(String value) {
        assertThat(problemsWithCell("employments.csv", 3, "fte", value)).singleElement()
                .satisfies(at("employments.csv", 3, "fte", value));
    }

    @ParameterizedTest(name = "post fte {0}")
    @ValueSource(strings = {"0", "1.5", "-0.5"})
    void aPostFteOutsideZeroToOneIsAnError(String value) {
        assertThat(problemsWithCell("posts.csv", 2, "fte", value)).singleElement()
                .satisfies(at("posts.csv", 2, "fte", value));
    }

    @ParameterizedTest(name = "fte {0}")
    @ValueSource(strings = {"1", "1.0", "1.00", "0.01", "0.5"})
    void anFteAboveZeroAndAtMostOneIsValid(String value) throws Exception {
        Register register = TestBundle.minimal().cell("employments.csv", 3, "fte", value).read(dir);

        assertThat(register.employments()).filteredOn(e -> e.workerId().equals("W2")).singleElement()
                .satisfies(e -> assertThat(e.fte()).isEqualByComparingTo(value));
    }

    // ---- identifiers -------------------------------------------------------------------------------------

    @Test
    void anIdentifierOf64CharactersIsValid() throws Exception {
        String id = "T".repeat(64);
        Register register = TestBundle.minimal().row("teams.csv", id + ",Long,other,").read(dir);

        assertThat(register.teams()).extracting(Team::teamId).contains(id);
    }

    @ParameterizedTest(name = "{0}:{1}: {2}")
    @CsvSource({
            "teams.csv, 4, team_id",
            "workers.csv, 5, worker_id",
            "posts.csv, 3, post_id",
            "cases.csv, 3, case_id",
            "cases.csv, 3, child_id",
            "cases.csv, 3, family_id",
    })
    void anIdentifierOver64CharactersIsAnError(String file, int line, String column) {
        List<Problem> problems = withSpareRows().cell(file, line, column, "X".repeat(65)).problems(dir);

        assertThat(problems).singleElement().satisfies(at(file, line, column, "64", "65"));
    }

    @ParameterizedTest(name = "duplicate {2}")
    @CsvSource(delimiter = '|', value = {
            "teams.csv       | 4 | team_id   | T1,Another team,other,",
            "workers.csv     | 5 | worker_id | W1,SW9999,Other,Person,,,,,",
            "posts.csv       | 3 | post_id   | P1,T2,team_manager,1,2021-01-01,",
            "cases.csv       | 3 | case_id   | C1,CH2,,child_in_need,,2024-02-01,",
            "cases.csv       | 3 | child_id  | C2,CH1,,child_in_need,,2024-02-01,",
    })
    void aDuplicateIdentifierIsAnError(String file, int line, String column, String row) {
        List<Problem> problems = TestBundle.minimal().row(file, row).problems(dir);

        assertThat(problems).singleElement().satisfies(at(file, line, column, "already used on line 2", "unique"));
    }

    @Test
    void siblingsShareAFamilyId() throws Exception {
        // family_id is shared by the children of one household: it is not an identifier of its own file's rows.
        Register register = TestBundle.minimal().caseRow("C2,CH2,F1,child_in_need,false,2024-01-01,").read(dir);

        assertThat(register.cases()).extracting(Case::familyId).containsExactly("F1", "F1");
    }

    @Test
    void identifiersAreTheCouncilsOwnStrings() throws Exception {
        Register register = TestBundle.minimal().row("teams.csv", "team-3 (north) #7,Odd id,other,").read(dir);

        assertThat(register.teams()).extracting(Team::teamId).contains("team-3 (north) #7");
    }

    // ---- authority.csv -----------------------------------------------------------------------------------

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\u0000", "\u0007", "\u001b", "\u007f", "\u0085"})
    void aControlCharacterInAnyTextCellIsAnError(String control) {
        List<Problem> problems = TestBundle.minimal().cell("workers.csv", 2, "family_name", "Smi" + control + "th")
                .cell("teams.csv", 3, "locality", "So" + control + "uth").problems(dir);

        assertThat(problems).satisfiesExactly(
                problem -> assertThat(problem).satisfies(at("teams.csv", 3, "locality", "control character")),
                problem -> assertThat(problem).satisfies(at("workers.csv", 2, "family_name", "control character")));
    }

    @Test
    void tabsAndLineBreaksInAQuotedCellAreText() throws Exception {
        Register register = TestBundle.minimal().cell("teams.csv", 2, "name", "\"Assessment\tNorth\nand East\"").read(dir);

        assertThat(register.teams().get(0).name()).isEqualTo("Assessment\tNorth\nand East");
    }

    @Test
    void historyFromIsReadWhenGiven() throws Exception {
        Register register = TestBundle.minimal().lines("authority.csv", "la_code,name,region_code,history_from",
                "999,Test Council,E12000006,2022-10-01").read(dir);

        assertThat(register.authority().historyFrom()).isEqualTo(java.time.LocalDate.of(2022, 10, 1));
        assertThat(TestBundle.minimal().read(dir).authority().historyFrom()).isNull();
    }

    @Test
    void historyFromThatIsNotADateIsAnError() {
        List<Problem> problems = TestBundle.minimal().lines("authority.csv", "la_code,name,region_code,history_from",
                "999,Test Council,E12000006,1 October 2022").problems(dir);

        assertThat(problems).singleElement().satisfies(at("authority.csv", 2, "history_from", "not a date in the form YYYY-MM-DD"));
    }

    @Test
    void anAuthorityFileWithoutARowIsAnError() {
        List<Problem> problems = TestBundle.minimal().lines("authority.csv", "la_code,name,region_code").problems(dir);

        assertThat(problems).singleElement().satisfies(at("authority.csv", 1, "-", "exactly one row"));
    }

    @Test
    void anAuthorityFileWithTwoRowsIsAnError() {
        List<Problem> problems = TestBundle.minimal().row("authority.csv", "998,Other Council,").problems(dir);

        assertThat(problems).singleElement().satisfies(at("authority.csv", 3, "-", "one authority", "exactly one row"));
    }

    @ParameterizedTest(name = "la_code ''{0}''")
    @ValueSource(strings = {"12", "1234", "A12", "E09", "9 9"})
    void anLaCodeThatIsNotThreeDigitsIsAnError(String value) {
        assertThat(problemsWithCell("authority.csv", 2, "la_code", value)).singleElement()
                .satisfies(at("authority.csv", 2, "la_code", "'" + value + "'", "3-digit"));
    }

    @Test
    void anLaCodeWithLeadingZerosIsThreeDigits() throws Exception {
        assertThat(TestBundle.minimal().cell("authority.csv", 2, "la_code", "001").read(dir).authority().laCode())
                .isEqualTo("001");
    }

    // ---- codes -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}:{1}: {2} ''{3}''")
    @CsvSource({
            "teams.csv, 2, service, children_social_care",
            "teams.csv, 2, service, Assessment",
            "posts.csv, 2, job_role, manager",
            "employments.csv, 3, contract, locum",
            "employments.csv, 3, contract, Permanent",
            "employments.csv, 3, job_role, social worker",
            "employments.csv, 3, job_role, iro",
            "absences.csv, 2, reason, SICK",
            "absences.csv, 2, reason, sic",
            "cases.csv, 2, category, cin",
            "allocations.csv, 2, role, lead",
            "allocations.csv, 2, change_reason, left",
            "supervisions.csv, 2, kind, 1:1",
    })
    void aValueOutsideItsListIsAnError(String file, int line, String column, String value) {
        assertThat(problemsWithCell(file, line, column, value)).singleElement()
                .satisfies(at(file, line, column, "'" + value + "'"));
    }

    @Test
    void theMessageOfABadCodeListsTheValidOnes() {
        assertThat(problemsWithCell("employments.csv", 3, "contract", "locum")).singleElement()
                .satisfies(at("employments.csv", 3, "contract", "permanent", "fixed_term", "agency"));
    }

    @ParameterizedTest(name = "service {0}")
    @ValueSource(strings = {"front_door", "assessment", "child_in_need", "child_protection", "children_in_care",
            "care_leavers", "disabled_children", "court", "fostering", "adoption", "other"})
    void everyServiceIsValid(String service) throws Exception {
        assertThat(TestBundle.minimal().cell("teams.csv", 2, "service", service).read(dir).teams())
                .extracting(team -> team.service().code()).contains(service);
    }

    @ParameterizedTest(name = "job_role {0}")
    @ValueSource(strings = {"asye_social_worker", "social_worker", "senior_social_worker", "advanced_practitioner",
            "consultant_social_worker", "practice_educator", "team_manager", "service_manager",
            "principal_social_worker", "senior_manager", "independent_reviewing_officer", "qualified_without_cases"})
    void everyJobRoleIsValid(String jobRole) throws Exception {
        Register register = TestBundle.minimal().cell("employments.csv", 3, "job_role", jobRole)
                .cell("posts.csv", 2, "job_role", jobRole).read(dir);

        assertThat(register.posts().get(0).jobRole().code()).isEqualTo(jobRole);
    }

    @Test
    void jobRolesMapToTheCensusOrgRole() {
        assertThat(JobRole.ASYE_SOCIAL_WORKER.orgRole()).isEqualTo(5);
        assertThat(JobRole.SOCIAL_WORKER.orgRole()).isEqualTo(5);
        assertThat(JobRole.SENIOR_SOCIAL_WORKER.orgRole()).isEqualTo(5);
        assertThat(JobRole.ADVANCED_PRACTITIONER.orgRole()).isEqualTo(4);
        assertThat(JobRole.CONSULTANT_SOCIAL_WORKER.orgRole()).isEqualTo(4);
        assertThat(JobRole.PRACTICE_EDUCATOR.orgRole()).isEqualTo(4);
        assertThat(JobRole.TEAM_MANAGER.orgRole()).isEqualTo(3);
        assertThat(JobRole.SERVICE_MANAGER.orgRole()).isEqualTo(2);
        assertThat(JobRole.PRINCIPAL_SOCIAL_WORKER.orgRole()).isEqualTo(2);
        assertThat(JobRole.SENIOR_MANAGER.orgRole()).isEqualTo(1);
        assertThat(JobRole.INDEPENDENT_REVIEWING_OFFICER.orgRole()).isEqualTo(6);
        assertThat(JobRole.QUALIFIED_WITHOUT_CASES.orgRole()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}:{1}: {2} {3}")
    @CsvSource({
            "cases.csv, 2, category, assessment",
            "cases.csv, 2, category, child_protection",
            "cases.csv, 2, category, child_in_care",
            "cases.csv, 2, category, care_leaver",
            "cases.csv, 2, category, other",
            "allocations.csv, 2, role, co_worker",
            "allocations.csv, 2, change_reason, worker_left",
            "allocations.csv, 2, change_reason, worker_moved",
            "allocations.csv, 2, change_reason, case_transferred",
            "allocations.csv, 2, change_reason, workload_balance",
            "allocations.csv, 2, change_reason, case_closed",
            "allocations.csv, 2, change_reason, other",
            "supervisions.csv, 2, kind, group",
            "supervisions.csv, 2, kind, reflective",
            "absences.csv, 2, reason, MAT",
            "absences.csv, 2, reason, OTH",
            "absences.csv, 2, reason, PUB",
            "absences.csv, 2, reason, TRN",
            "absences.csv, 2, reason, UNA",
            "absences.csv, 2, reason, UNP",
            "employments.csv, 2, contract, fixed_term",
    })
    void everyListedValueIsValid(String file, int line, String column, String value) throws Exception {
        assertThat(TestBundle.minimal().cell(file, line, column, value).problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    // ---- workers.csv -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "swe_number ''{0}''")
    @ValueSource(strings = {"SW", "sw1001", "SW 1001", "SW12345678901", "SW12A", "1001", "HCPC1001", "SW-1001"})
    void aSweNumberNotOfTheFormSwThenOneToTenDigitsIsAnError(String value) {
        assertThat(problemsWithCell("workers.csv", 3, "swe_number", value)).singleElement()
                .satisfies(at("workers.csv", 3, "swe_number", "'" + value + "'", "Social Work England"));
    }

    @ParameterizedTest(name = "swe_number {0}")
    @ValueSource(strings = {"SW1", "SW1234567890", "SW0000123456"})
    void aSweNumberOfOneToTenDigitsIsValid(String value) throws Exception {
        assertThat(TestBundle.minimal().cell("workers.csv", 3, "swe_number", value).problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @Test
    void aSweNumberIsUnique() {
        List<Problem> problems = TestBundle.minimal().cell("workers.csv", 4, "swe_number", "SW1001").problems(dir);

        assertThat(problems).singleElement().satisfies(at("workers.csv", 4, "swe_number", "SW1001", "W1", "line 2"));
    }

    @Test
    void sweNumbersAreComparedWithoutLeadingZeros() {
        List<Problem> problems = TestBundle.minimal()
                .cell("workers.csv", 2, "swe_number", "SW12")
                .cell("workers.csv", 3, "swe_number", "SW0012")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("workers.csv", 3, "swe_number", "SW0012", "line 2"));
    }

    @Test
    void sweNumbersThatDifferOnlyInZerosInsideAreDifferent() throws Exception {
        assertThat(TestBundle.minimal().cell("workers.csv", 2, "swe_number", "SW102").cell("workers.csv", 3, "swe_number", "SW12")
                .problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource({
            "gender, 3",
            "gender, M",
            "gender, -1",
            "ethnicity, WHITE",
            "ethnicity, wbri",
            "ethnicity, XXXX",
            "start_origin, 0",
            "start_origin, 11",
            "start_origin, one",
    })
    void aWorkerCensusCodeOutsideItsListIsAnError(String column, String value) {
        assertThat(problemsWithCell("workers.csv", 2, column, value)).singleElement()
                .satisfies(at("workers.csv", 2, column, "'" + value + "'"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "gender, 0", "gender, 1", "gender, 2", "gender, 9",
            "start_origin, 1", "start_origin, 10",
            "ethnicity, WBRI", "ethnicity, MWBC", "ethnicity, NOBT", "ethnicity, REFU",
    })
    void aWorkerCensusCodeInItsListIsValid(String column, String value) throws Exception {
        assertThat(TestBundle.minimal().cell("workers.csv", 2, column, value).problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    // ---- employments.csv codes ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource({
            "end_reason, 0",
            "end_reason, 11",
            "end_reason, resigned",
            "leaver_destination, 0",
            "leaver_destination, 10",
            "leaver_destination, abroad",
    })
    void anEmploymentCensusCodeOutsideItsListIsAnError(String column, String value) {
        // Line 4 is W3's leaving row, which carries end_reason 3 and leaver_destination 1.
        assertThat(problemsWithCell("employments.csv", 4, column, value)).singleElement()
                .satisfies(at("employments.csv", 4, column, "'" + value + "'"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"end_reason, 1", "end_reason, 10", "leaver_destination, 1", "leaver_destination, 9", "leaver_destination, ''"})
    void anEmploymentCensusCodeInItsListIsValid(String column, String value) throws Exception {
        assertThat(TestBundle.minimal().cell("employments.csv", 4, column, value).problemsIfAny(dir)).as("problems reported").isEmpty();
    }

    // ---- dates in order ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}:{1}: {3} {4} before {2}")
    @CsvSource({
            "posts.csv, 2, funded_from, funded_to, 2019-12-31",
            "employments.csv, 3, start_date, end_date, 2023-12-31",
            "absences.csv, 2, start_date, end_date, 2024-03-03",
            "cases.csv, 2, opened_on, closed_on, 2023-12-31",
            "allocations.csv, 2, start_date, end_date, 2023-12-31",
    })
    void anEndBeforeTheStartIsAnError(String file, int line, String startColumn, String endColumn, String end) {
        assertThat(problemsWithCell(file, line, endColumn, end)).singleElement()
                .satisfies(at(file, line, endColumn, end, "before"));
    }

    @Test
    void aRangeOfOneDayIsValid() throws Exception {
        // Ranges are inclusive: an absence, a post, and a leaving row of one day each.
        Register register = TestBundle.minimal()
                .cell("absences.csv", 2, "end_date", "2024-03-04")
                .cell("posts.csv", 2, "funded_to", "2020-01-01")
                .cell("employments.csv", 2, "post_id", "")
                .cell("employments.csv", 4, "end_date", "2023-01-01")
                .read(dir);

        assertThat(register.absences().get(0).endDate()).isEqualTo(register.absences().get(0).startDate());
    }

    // ---- supervisions.csv --------------------------------------------------------------------------------

    @ParameterizedTest(name = "minutes ''{0}''")
    @ValueSource(strings = {"0", "-5", "1.5", "60.0", "sixty", "1e2"})
    void minutesThatAreNotAPositiveWholeNumberAreAnError(String value) {
        assertThat(problemsWithCell("supervisions.csv", 2, "minutes", value)).singleElement()
                .satisfies(at("supervisions.csv", 2, "minutes", "'" + value + "'"));
    }

    @Test
    void minutesArePositiveWholeNumbers() throws Exception {
        assertThat(TestBundle.minimal().cell("supervisions.csv", 2, "minutes", "1").read(dir).supervisions().get(0).minutes())
                .isEqualTo(1);
    }

    @Test
    void theValuesOfAValidRowAreRead() throws Exception {
        Register register = TestBundle.minimal().cell("absences.csv", 2, "working_days", "4").read(dir);

        assertThat(register.absences().get(0)).isEqualTo(new Absence("W1", LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 3, 8), AbsenceReason.SIC, new BigDecimal("4")));
    }
}
