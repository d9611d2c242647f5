package uk.retain.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
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
import uk.retain.people.Role;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionPolicies.Source;
import uk.retain.supervision.SupervisionRule;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;
import uk.retain.workforce.SupervisionKind;

/**
 * The supervision policy store and API against a real database: an authority's policy and a worker's variations
 * stored and read back, which applies on which day (variation, then the authority's, then the contract's), and the
 * API's reading, replacing and refusing. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class SupervisionPolicyContract {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final String URL = "/api/v1/authorities/999/supervision-policy";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);

    /** The contract's defaults as the API writes them. */
    static final String CONTRACT = """
            {"counting_kinds": ["one_to_one"], "minimum_minutes": 90,
             "asye_phases": [{"until": "P42D", "interval": "P7D"}, {"until": "P6M", "interval": "P14D"}],
             "asye_after_phases": "P1M", "interval": "P1M"}""";

    /** A council's own: group sessions count too, 60 minutes, one ASYE phase of 3 months weekly, then fortnightly. */
    static final SupervisionRule OWN = new SupervisionRule(EnumSet.of(SupervisionKind.ONE_TO_ONE, SupervisionKind.GROUP), 60,
            List.of(new SupervisionRule.AsyePhase(Period.ofMonths(3), Period.ofDays(7))), Period.ofDays(14), Period.ofDays(28));

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    SupervisionPolicies policies;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void smallBundleUnderTheContract() throws Exception {
        registers.replace(Bundles.read(SMALL));
        jdbc.update("delete from supervision_variation");
        jdbc.update("delete from supervision_policy");
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult replace(String body, RequestPostProcessor viewer) throws Exception {
        return mvc.perform(put(URL).with(viewer).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    // ------------------------------------------------------------------------------------------------ the store

    @Test
    void anAuthorityThatNeverSetOneIsUnderTheContract() {
        assertThat(policies.stored("999")).isEmpty();
        assertThat(policies.ruleFor("999", "W1", LocalDate.of(2025, 9, 30))).isEqualTo(SupervisionRule.CONTRACT);
        assertThat(policies.applied("999", "W1", LocalDate.of(2025, 9, 30)).source()).isEqualTo(Source.CONTRACT);
    }

    @Test
    void theAuthoritysOwnPolicyIsStoredWholeWithWhoAndWhen() {
        policies.save("999", OWN, "workforce_lead");

        SupervisionPolicies.Stored stored = policies.stored("999").orElseThrow();
        assertThat(stored.rule()).isEqualTo(OWN);
        assertThat(stored.changedBy()).isEqualTo("workforce_lead");
        assertThat(stored.changedAt()).isNotNull();
        assertThat(policies.ruleFor("999", "W1", LocalDate.of(2025, 9, 30))).isEqualTo(OWN);
        assertThat(policies.applied("999", "W1", LocalDate.of(2025, 9, 30)).source()).isEqualTo(Source.AUTHORITY);
        // Saved again, it replaces the one before.
        policies.save("999", SupervisionRule.CONTRACT, "someone.else");
        assertThat(policies.stored("999").orElseThrow().rule()).isEqualTo(SupervisionRule.CONTRACT);
        assertThat(policies.stored("999").orElseThrow().changedBy()).isEqualTo("someone.else");
    }

    @Test
    void aVariationAppliesOnTheDaysItCoversOnlyAndThenTheAuthoritysPolicyAgain() {
        policies.save("999", OWN, "workforce_lead");
        policies.vary("999", "W1", Period.ofDays(14), "back from long absence", LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 12, 31), "team_manager");

        SupervisionRule varied = policies.ruleFor("999", "W1", LocalDate.of(2025, 10, 1));
        assertThat(varied.interval()).isEqualTo(Period.ofDays(14));
        assertThat(varied.asyeAfterPhases()).isEqualTo(Period.ofDays(14));
        assertThat(varied.asyePhases()).isEmpty();
        // Which sessions count stays the authority's.
        assertThat(varied.countingKinds()).isEqualTo(OWN.countingKinds());
        assertThat(varied.minimumMinutes()).isEqualTo(60);
        assertThat(policies.applied("999", "W1", LocalDate.of(2025, 12, 31)).source()).isEqualTo(Source.VARIATION);
        assertThat(policies.applied("999", "W1", LocalDate.of(2025, 12, 31)).variation().reason()).isEqualTo("back from long absence");
        // The day before it starts and the day after its end date, the authority's policy.
        assertThat(policies.ruleFor("999", "W1", LocalDate.of(2025, 9, 30))).isEqualTo(OWN);
        assertThat(policies.ruleFor("999", "W1", LocalDate.of(2026, 1, 1))).isEqualTo(OWN);
        // Another worker is not varied.
        assertThat(policies.ruleFor("999", "W2", LocalDate.of(2025, 11, 1))).isEqualTo(OWN);
    }

    @Test
    void withoutTheAuthoritysOwnPolicyAVariationEndsBackOnTheContract() {
        policies.vary("999", "W1", Period.ofDays(14), "reason", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), "team_manager");

        assertThat(policies.applied("999", "W1", LocalDate.of(2025, 10, 31)).source()).isEqualTo(Source.VARIATION);
        assertThat(policies.applied("999", "W1", LocalDate.of(2025, 11, 1)).source()).isEqualTo(Source.CONTRACT);
        assertThat(policies.ruleFor("999", "W1", LocalDate.of(2025, 11, 1))).isEqualTo(SupervisionRule.CONTRACT);
    }

    @Test
    void whereVariationsOverlapTheLatestMadeApplies() {
        policies.vary("999", "W1", Period.ofDays(14), "first", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), "team_manager");
        policies.vary("999", "W1", Period.ofDays(7), "second", LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), "workforce_lead");

        assertThat(policies.ruleFor("999", "W1", LocalDate.of(2025, 10, 15)).interval()).isEqualTo(Period.ofDays(14));
        assertThat(policies.ruleFor("999", "W1", LocalDate.of(2025, 11, 15)).interval()).isEqualTo(Period.ofDays(7));
        assertThat(policies.ruleFor("999", "W1", LocalDate.of(2025, 12, 15)).interval()).isEqualTo(Period.ofDays(14));
        // The snapshot the pages read answers the same.
        SupervisionPolicies.AuthorityPolicy snapshot = policies.of("999");
        assertThat(snapshot.applied("W1", LocalDate.of(2025, 11, 15)).rule().interval()).isEqualTo(Period.ofDays(7));
        assertThat(snapshot.applied("W1", LocalDate.of(2026, 1, 1)).source()).isEqualTo(Source.CONTRACT);
        assertThat(policies.variationsOf("999", "W1")).extracting(SupervisionPolicies.Variation::reason).containsExactly("second", "first");
    }

    @Test
    void aReimportKeepsThePolicyAndTheVariations() throws Exception {
        policies.save("999", OWN, "workforce_lead");
        policies.vary("999", "W1", Period.ofDays(14), "reason", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), "team_manager");

        registers.replace(Bundles.read(SMALL));

        assertThat(policies.authorityRule("999")).isEqualTo(OWN);
        assertThat(policies.variationsOf("999", "W1")).hasSize(1);
    }

    // ------------------------------------------------------------------------------------------------ the API

    @ParameterizedTest
    @EnumSource(names = {"TEAM_MANAGER", "WORKFORCE_LEAD", "HR", "SENIOR_LEADER"})
    void managersAndLeadersReadTheContractsDefaults(Role role) throws Exception {
        JsonNode answer = json(mvc.perform(get(URL).with(SignedInAs.role(role, Set.of("T1"), null))).andExpect(status().isOk()).andReturn());

        ObjectNode expected = (ObjectNode) JSON.readTree(CONTRACT);
        expected.put("source", "contract");
        assertThat(answer).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "ADMINISTRATOR", "REGIONAL_ANALYST"})
    void othersAreRefused(Role role) throws Exception {
        MvcResult result = mvc.perform(get(URL).with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isForbidden()).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesIt() throws Exception {
        JsonNode paths = JSON.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("paths");

        JsonNode path = paths.get("/api/v1/authorities/{laCode}/supervision-policy");
        assertThat(path).isNotNull();
        assertThat(path.has("get")).isTrue();
        assertThat(path.has("put")).isTrue();
    }

    @Test
    void anAuthorityNotHeldIsUnknown() throws Exception {
        mvc.perform(get("/api/v1/authorities/997/supervision-policy").with(LEAD)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/authorities/997/supervision-policy").with(LEAD).contentType(MediaType.APPLICATION_JSON).content(CONTRACT))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWorkforceLeadReplacesItAndItIsStoredAndAudited() throws Exception {
        String own = """
                {"counting_kinds": ["group", "one_to_one"], "minimum_minutes": 60,
                 "asye_phases": [{"until": "P3M", "interval": "P1W"}],
                 "asye_after_phases": "P2W", "interval": "P28D"}""";

        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        MvcResult result = replace(own, LEAD);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode answer = json(result);
        assertThat(answer.get("source").stringValue()).isEqualTo("authority");
        assertThat(answer.get("changed_by").stringValue()).isEqualTo("workforce_lead");
        assertThat(answer.get("asye_phases").get(0).get("interval").stringValue()).isEqualTo("P7D");
        assertThat(policies.authorityRule("999")).isEqualTo(OWN);
        // What was read can be put back as it is.
        assertThat(replace(answer.toString(), LEAD).getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForList("select username, action, subject_id, detail from audit_event where subject_type = 'supervision_policy'"
                + " and id > ? order by id", mark)).first().satisfies(event -> assertThat(event).containsEntry("username", "workforce_lead")
                        .containsEntry("action", "CHANGE").containsEntry("subject_id", "999")
                        .containsEntry("detail", "counting_kinds [one_to_one] -> [group, one_to_one]; minimum_minutes 90 -> 60; "
                                + "asye_phases [{until=P42D, interval=P7D}, {until=P6M, interval=P14D}] -> [{until=P3M, interval=P7D}]; "
                                + "asye_after_phases P1M -> P14D; interval P1M -> P28D"));
    }

    @ParameterizedTest
    @EnumSource(names = {"TEAM_MANAGER", "HR", "SENIOR_LEADER", "SOCIAL_WORKER", "ADMINISTRATOR", "REGIONAL_ANALYST"})
    void onlyTheWorkforceLeadReplacesIt(Role role) throws Exception {
        String changed = CONTRACT.replace("\"minimum_minutes\": 90", "\"minimum_minutes\": 30");

        assertThat(replace(changed, SignedInAs.role(role, Set.of("T1"), "W1")).getResponse().getStatus()).isEqualTo(403);

        assertThat(policies.stored("999")).isEmpty();
    }

    @Test
    void aDocumentWithProblemsIsAnsweredWithEveryProblemAndChangesNothing() throws Exception {
        String wrong = """
                {"counting_kinds": [], "minimum_minutes": 481,
                 "asye_phases": [{"until": "P6M", "interval": "P0D"}, {"until": "P42D", "interval": "P1Y"}, {"until": "P9M"}],
                 "asye_after_phases": "monthly", "interval": "P1M2D", "colour": "blue"}""";

        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        MvcResult result = replace(wrong, LEAD);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problems = json(result).get("problems");
        assertThat(problems.valueStream().map(p -> p.get("pointer").stringValue()).toList()).containsExactly(
                "/colour", "/counting_kinds", "/minimum_minutes", "/asye_phases/0/interval", "/asye_phases/1/until",
                "/asye_phases/1/interval", "/asye_phases/2/interval", "/asye_after_phases", "/interval");
        assertThat(problems.get(2).get("message").stringValue())
                .isEqualTo("Enter the shortest session that counts as a whole number of minutes from 0 to 480");
        assertThat(problems.get(4).get("message").stringValue())
                .isEqualTo("Enter when ASYE phase 2 ends as later than the end of the phase before it");
        assertThat(policies.stored("999")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'supervision_policy' and id > ?", Integer.class,
                mark)).isZero();
    }
}
