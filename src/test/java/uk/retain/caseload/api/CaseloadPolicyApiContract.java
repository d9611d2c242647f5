package uk.retain.caseload.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The caseload policy API against a real database: who reads it, the workforce lead replacing it, and a document
 * with problems answered with every problem. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class CaseloadPolicyApiContract {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final String URL = "/api/v1/authorities/999/caseload-policy";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);

    /** The default policy as the API writes it (docs/caseload-policy.md). */
    static final String DEFAULT = """
            {
              "case_holding_roles": ["advanced_practitioner", "asye_social_worker", "consultant_social_worker",
                                     "senior_social_worker", "social_worker"],
              "caps": {"asye": 13, "early_career": 15, "advanced_or_consultant": 12, "experienced": 18},
              "unallocated_alert_working_days": 5,
              "weighting": {
                "enabled": false,
                "category_points": {"assessment": 4, "child_in_need": 5, "child_protection": 8,
                                    "child_in_care": 6, "care_leaver": 3, "other": 3},
                "court_proceedings_points": 3,
                "co_working_points": 3,
                "points_per_fte": 100
              }
            }""";

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    CaseloadPolicies policies;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void smallBundleWithTheDefaultPolicy() throws Exception {
        registers.replace(Bundles.read(SMALL));
        jdbc.update("delete from caseload_policy");
        jdbc.update("delete from audit_event where subject_type = 'caseload_policy'");
    }

    private static ObjectNode defaults() {
        return (ObjectNode) JSON.readTree(DEFAULT);
    }

    private MvcResult replace(String body, RequestPostProcessor viewer) throws Exception {
        return mvc.perform(put(URL).with(viewer).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(names = {"TEAM_MANAGER", "WORKFORCE_LEAD", "HR", "SENIOR_LEADER"})
    void managersAndLeadersReadTheDefaultPolicy(Role role) throws Exception {
        MvcResult result = mvc.perform(get(URL).with(SignedInAs.role(role, Set.of("T1"), null))).andExpect(status().isOk()).andReturn();

        assertThat(json(result)).isEqualTo(JSON.readTree(DEFAULT));
    }

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "ADMINISTRATOR", "REGIONAL_ANALYST"})
    void othersAreRefused(Role role) throws Exception {
        // A regional analyst knows the authority (it is in their region) but not its policy.
        MvcResult result = mvc.perform(get(URL).with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isForbidden()).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherAuthorityOrOneNotHeldIsUnknown() throws Exception {
        Register other = Bundles.read(SMALL);
        registers.replace(other.toBuilder().authority(new Authority("998", "Otherham", "E12000006")).build());

        mvc.perform(get("/api/v1/authorities/998/caseload-policy").with(LEAD)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/authorities/998/caseload-policy").with(LEAD).contentType(MediaType.APPLICATION_JSON).content(DEFAULT))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/authorities/997/caseload-policy").with(LEAD)).andExpect(status().isNotFound());
        assertThat(policies.of("998")).isEqualTo(CaseloadPolicy.DEFAULT);
    }

    @Test
    void aPolicyInForceFromADayLeavesTheDaysBeforeUnderThePolicyOfTheirDay() throws Exception {
        ObjectNode tighter = defaults();
        ((ObjectNode) tighter.get("caps")).put("experienced", 15);
        mvc.perform(put(URL + "?in_force_from=2025-10-01").with(LEAD).contentType(MediaType.APPLICATION_JSON)
                .content(tighter.toString())).andExpect(status().isOk());

        assertThat(json(mvc.perform(get(URL + "?date=2025-09-30").with(LEAD)).andExpect(status().isOk()).andReturn()))
                .isEqualTo(JSON.readTree(DEFAULT));
        assertThat(json(mvc.perform(get(URL + "?date=2025-10-01").with(LEAD)).andExpect(status().isOk()).andReturn()))
                .isEqualTo(tighter);
        assertThat(policies.history("999")).extracting(CaseloadPolicies.InForce::from).containsExactly(LocalDate.parse("2025-10-01"));
    }

    @Test
    void aDayOutOfRangeIsRefusedAndNothingIsSaved() throws Exception {
        MvcResult result = mvc.perform(put(URL + "?in_force_from=1999-12-31").with(LEAD).contentType(MediaType.APPLICATION_JSON)
                .content(DEFAULT)).andExpect(status().isBadRequest()).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(policies.history("999")).isEmpty();
    }

    @Test
    void theWorkforceLeadReplacesThePolicyAndItIsStoredAndAudited() throws Exception {
        ObjectNode changed = defaults();
        ((ObjectNode) changed.get("caps")).put("experienced", 16);
        changed.put("unallocated_alert_working_days", 3);
        ObjectNode weighting = (ObjectNode) changed.get("weighting");
        weighting.put("enabled", true);
        ((ObjectNode) weighting.get("category_points")).put("child_protection", 10);
        changed.putArray("case_holding_roles").add("social_worker").add("senior_social_worker");

        MvcResult result = replace(changed.toString(), LEAD);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        // The roles come back in code order, whatever order they were sent in.
        changed.putArray("case_holding_roles").add("senior_social_worker").add("social_worker");
        assertThat(json(result)).isEqualTo(changed);
        assertThat(json(mvc.perform(get(URL).with(SignedInAs.role(Role.HR))).andReturn())).isEqualTo(changed);
        CaseloadPolicy stored = policies.of("999");
        assertThat(stored.experiencedCap()).isEqualTo(16);
        assertThat(stored.unallocatedAlertWorkingDays()).isEqualTo(3);
        assertThat(stored.weighting().enabled()).isTrue();
        assertThat(stored.weighting().categoryPoints()).containsEntry(CaseCategory.CHILD_PROTECTION, 10);
        assertThat(stored.caseHoldingRoles()).containsExactlyInAnyOrder(JobRole.SOCIAL_WORKER, JobRole.SENIOR_SOCIAL_WORKER);
        assertThat(jdbc.queryForList("select username, action, subject_type, subject_id, detail from audit_event where subject_type = 'caseload_policy'"))
                .singleElement().satisfies(event -> assertThat(event)
                        .containsEntry("username", "workforce_lead").containsEntry("action", "CHANGE").containsEntry("subject_id", "999")
                        .containsEntry("detail", "in force from " + LocalDate.now(clock) + ": case_holding_roles [advanced_practitioner, asye_social_worker, consultant_social_worker, "
                                + "senior_social_worker, social_worker] -> [senior_social_worker, social_worker]; caps.experienced 18 -> 16; "
                                + "unallocated_alert_working_days 5 -> 3; weighting.category_points.child_protection 8 -> 10; "
                                + "weighting.enabled false -> true"));
    }

    @Test
    void aReimportKeepsThePolicy() throws Exception {
        ObjectNode changed = defaults();
        ((ObjectNode) changed.get("caps")).put("experienced", 16);
        assertThat(replace(changed.toString(), LEAD).getResponse().getStatus()).isEqualTo(200);

        registers.replace(Bundles.read(SMALL));

        assertThat(policies.of("999").experiencedCap()).isEqualTo(16);
    }

    @ParameterizedTest
    @EnumSource(names = {"TEAM_MANAGER", "HR", "SENIOR_LEADER", "SOCIAL_WORKER", "ADMINISTRATOR", "REGIONAL_ANALYST"})
    void onlyTheWorkforceLeadReplacesIt(Role role) throws Exception {
        ObjectNode changed = defaults();
        ((ObjectNode) changed.get("caps")).put("experienced", 10);

        assertThat(replace(changed.toString(), SignedInAs.role(role, Set.of("T1"), "W1")).getResponse().getStatus()).isEqualTo(403);

        assertThat(policies.of("999")).isEqualTo(CaseloadPolicy.DEFAULT);
    }

    @Test
    void aDocumentWithProblemsIsAnsweredWithEveryProblemAndChangesNothing() throws Exception {
        ObjectNode wrong = defaults();
        wrong.putArray("case_holding_roles").add("social_worker").add("wizard");
        ObjectNode caps = (ObjectNode) wrong.get("caps");
        caps.put("asye", "13");
        caps.remove("early_career");
        caps.put("experienced", 12.5);
        wrong.remove("unallocated_alert_working_days");
        wrong.put("colour", "blue");
        ObjectNode weighting = (ObjectNode) wrong.get("weighting");
        weighting.put("enabled", "yes");
        weighting.put("points_per_fte", 0);
        ((ObjectNode) weighting.get("category_points")).put("child_protection", -1).put("court", 3);

        MvcResult result = replace(wrong.toString(), LEAD);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json(result);
        assertThat(problem.get("type").asString()).isEqualTo("https://retain.invalid/problems/invalid-caseload-policy");
        assertThat(problem.get("detail").asString()).isEqualTo("10 problem(s) in the caseload policy; nothing was changed.");
        List<String> found = problem.get("problems").valueStream()
                .map(p -> p.get("pointer").asString() + ": " + p.get("message").asString()).toList();
        assertThat(found).containsExactly(
                "/colour: This is not a setting of the caseload policy",
                "/weighting/category_points/court: This is not a setting of the caseload policy",
                "/case_holding_roles: There is no job role 'wizard'; the job roles are " + String.join(", ",
                        java.util.Arrays.stream(JobRole.values()).map(JobRole::code).toList()),
                "/caps/asye: Enter the cap for social workers in their ASYE year as a whole number",
                "/caps/early_career: Enter the cap for other case holders qualified less than 2 years",
                "/caps/experienced: Enter the cap for everyone else who holds cases as a whole number",
                "/unallocated_alert_working_days: Enter the working days a case may wait before an alert",
                "/weighting/enabled: Give whether cases are weighted as true or false",
                "/weighting/category_points/child_protection: Enter the points for a child protection case as a whole number from 0 to 100",
                "/weighting/points_per_fte: Enter the capacity in points per full-time worker as a whole number from 1 to 1,000");
        assertThat(policies.of("999")).isEqualTo(CaseloadPolicy.DEFAULT);
    }

    @Test
    void aCapAbove20IsRefusedWhateverTheSettings() throws Exception {
        ObjectNode above = defaults();
        ((ObjectNode) above.get("caps")).put("experienced", 25).put("asye", 21);
        ((ObjectNode) above.get("caps")).put("early_career", 20);

        MvcResult result = replace(above.toString(), LEAD);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(result).get("problems").valueStream().map(p -> Map.entry(p.get("pointer").asString(), p.get("message").asString())).toList())
                .containsExactly(
                        Map.entry("/caps/asye", "Enter the cap for social workers in their ASYE year as a whole number from 0 to 20: "
                                + "nobody is capped above 20 cases, whatever the settings"),
                        Map.entry("/caps/experienced", "Enter the cap for everyone else who holds cases as a whole number from 0 to 20: "
                                + "nobody is capped above 20 cases, whatever the settings"));
        assertThat(policies.of("999")).isEqualTo(CaseloadPolicy.DEFAULT);
    }

    @Test
    void aCapOf20IsTheMostAndIsAccepted() throws Exception {
        ObjectNode most = defaults();
        ((ObjectNode) most.get("caps")).put("experienced", 20);

        assertThat(replace(most.toString(), LEAD).getResponse().getStatus()).isEqualTo(200);
        assertThat(policies.of("999").experiencedCap()).isEqualTo(20);
    }

    @Test
    void theOpenApiDescriptionHasBothOperations() throws Exception {
        JsonNode paths = json(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn()).get("paths");

        assertThat(paths.get("/api/v1/authorities/{laCode}/caseload-policy").propertyNames()).contains("get", "put");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefused() throws Exception {
        assertThat(replace("[1, 2]", LEAD).getResponse().getStatus()).isEqualTo(422);
        assertThat(replace("{not json", LEAD).getResponse().getStatus()).isEqualTo(400);
        assertThat(policies.of("999")).isEqualTo(CaseloadPolicy.DEFAULT);
    }
}
