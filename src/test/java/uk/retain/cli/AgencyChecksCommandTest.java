package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import uk.retain.workforce.TestBundle;

/** The agency-checks command as a user runs it: one JSON object on stdout, or exit 2 with the problems on stderr. */
class AgencyChecksCommandTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ENGAGEMENTS = "agency_engagements.csv";
    static final String HEADER = "engagement_id,worker_id,agency,job_type,start_date,end_date,hours_per_week,hourly_pay,"
            + "hourly_charge,notice_weeks,reference_on,project_team,override_approved_by,override_reason";

    @TempDir
    Path temp;

    private final CommandLineRun command = new CommandLineRun();

    /**
     * The minimal bundle (region E12000006; W2 agency from 2024-01-01), W2 qualified in 2015, a team manager cap of
     * £45 from 2025-10-01, and three engagements of W2, not in the order of their ids.
     */
    private static TestBundle bundle() {
        return TestBundle.minimal()
                .cell("workers.csv", 3, "qualified_on", "2015-01-01")
                .lines("agency_rate_caps.csv", "region_code,job_type,effective_from,effective_to,max_hourly_pay",
                        "E12000006,team_manager,2025-10-01,,45")
                .lines(ENGAGEMENTS, HEADER,
                        // Reference after the start, 6 weeks' notice, £46 over the £45 cap; approved.
                        "E2,W2,Acme,team_manager,2025-11-03,,37,46,60,6,2025-11-04,,Director,no one else",
                        // Before 2024-10-31: not checked.
                        "E1,W2,Acme,team_manager,2024-01-01,2024-10-30,37,40,60,12,,,,",
                        // Passes every check.
                        "E3,W2,Acme,team_manager,2025-11-03,,37,45,60,4,2025-11-03,,,");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return JSON.readValue(text, Map.class);
    }

    @Test
    void printsEachEngagementsChecksInTheFilesOrder() {
        int exit = command.run("agency-checks", "--bundle", bundle().writeFolder(temp).toString());

        assertThat(exit).isZero();
        assertThat(command.err()).isEmpty();
        assertThat(command.out().strip().lines()).hasSize(1);
        assertThat(json(command.out())).isEqualTo(Map.of("engagements", List.of(
                Map.of("engagement_id", "E2", "checked", true,
                        "failed", List.of("no_reference", "notice_over_4_weeks", "over_price_cap"), "approved", true),
                Map.of("engagement_id", "E1", "checked", false, "failed", List.of(), "approved", false),
                Map.of("engagement_id", "E3", "checked", true, "failed", List.of(), "approved", false))));
        assertThat(command.out()).startsWith("{\"engagements\":[{\"engagement_id\":\"E2\",\"checked\":true,\"failed\":[");
    }

    @Test
    void theFailedCodesAreSorted() {
        TestBundle bundle = bundle().cell("workers.csv", 3, "qualified_on", "");

        command.run("agency-checks", "--bundle", bundle.writeZip(temp, "bundle.zip").toString());

        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) json(command.out()).get("engagements")).get(0);
        assertThat(first.get("failed")).isEqualTo(
                List.of("no_reference", "notice_over_4_weeks", "over_price_cap", "pqe_under_3_years"));
    }

    @Test
    void aBundleWithoutEngagementsPrintsAnEmptyList() {
        int exit = command.run("agency-checks", "--bundle", TestBundle.minimal().writeFolder(temp).toString());

        assertThat(exit).isZero();
        assertThat(command.out().strip()).isEqualTo("{\"engagements\":[]}");
    }

    @Test
    void anEmptyFilePrintsAnEmptyListToo() {
        int exit = command.run("agency-checks", "--bundle",
                TestBundle.minimal().lines(ENGAGEMENTS, HEADER).writeFolder(temp).toString());

        assertThat(exit).isZero();
        assertThat(json(command.out())).isEqualTo(Map.of("engagements", List.of()));
    }

    @Test
    void invalidBundleExitsWithTwoAndEveryProblemOnStderr() {
        TestBundle broken = bundle().cell(ENGAGEMENTS, 4, "hourly_charge", "30")
                .cell("workers.csv", 2, "swe_number", "SW1002");

        int exit = command.run("agency-checks", "--bundle", broken.writeFolder(temp).toString());

        assertThat(exit).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err().lines()).containsExactly(
                "workers.csv:3: swe_number: 'SW1002' is the same Social Work England number as worker 'W1' on line 2"
                        + " (numbers are compared without leading zeros)",
                "agency_engagements.csv:4: hourly_charge: hourly_charge 30 is less than the hourly_pay 45:"
                        + " the charge to the council includes the worker's pay");
        assertThat(command.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingBundleIsAClearError() {
        assertThat(command.run("agency-checks", "--bundle", temp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(command.err()).contains("nowhere:0: -: no such folder or .zip file");
        assertThat(command.out()).isEmpty();
    }

    @Test
    void theLauncherKnowsTheCommand() {
        assertThat(RetainCommand.isCommand(new String[] {"agency-checks", "--bundle", "x"})).isTrue();
    }
}
