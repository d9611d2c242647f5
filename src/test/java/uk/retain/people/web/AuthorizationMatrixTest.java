package uk.retain.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.support.Zip;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/**
 * Every endpoint × every role → allowed or denied, in one table. The table is checked against the endpoints the
 * application actually maps, so a new endpoint without a decision here fails this test.
 *
 * <p>The users: a social worker who is worker W1, a team manager of T1 (W1's team), the three whole-authority
 * roles, a regional analyst of the East of England and an administrator, all of authority 999. Allowed means an
 * answer below 400; denied means 403, or 404 where a record outside the viewer's scope must not be revealed.
 */
@SpringBootTest(properties = {"retain.demo.load=never",
    "spring.datasource.url=jdbc:h2:mem:authorization;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    static final boolean Y = true;
    static final boolean N = false;
    static final List<Role> ROLES = List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR,
            Role.SENIOR_LEADER, Role.REGIONAL_ANALYST, Role.ADMINISTRATOR);
    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    /** The decisions. Columns: social worker, team manager, workforce lead, HR, senior leader, regional analyst, administrator. */
    static final Map<String, boolean[]> MATRIX = new LinkedHashMap<>();

    static {
        //                                                           SW TM PSW HR SL RA ADM
        decide("GET /",                                              Y, Y, Y, Y, Y, Y, Y);
        decide("GET /sign-in",                                       Y, Y, Y, Y, Y, Y, Y);
        decide("GET /dashboard",                                     N, N, Y, Y, Y, Y, N);
        decide("GET /dashboard/headline.csv",                        N, N, Y, Y, Y, Y, N);
        decide("GET /teams/{teamId}/recommendations",                N, Y, N, N, N, N, N);
        decide("POST /teams/{teamId}/recommendations",               N, Y, N, N, N, N, N);
        decide("POST /teams/{teamId}/recommendations/accept",        N, Y, N, N, N, N, N);
        decide("POST /teams/{teamId}/recommendations/change",        N, Y, N, N, N, N, N);
        decide("POST /teams/{teamId}/recommendations/accept-selected", N, Y, N, N, N, N, N);
        decide("POST /teams/{teamId}/recommendations/accept-all",    N, Y, N, N, N, N, N);
        decide("POST /teams/{teamId}/reallocation",                  N, Y, N, N, N, N, N);
        decide("POST /teams/{teamId}/rebalancing",                   N, Y, N, N, N, N, N);
        decide("GET /teams",                                         N, Y, Y, Y, Y, N, N);
        decide("GET /teams.csv",                                     N, Y, Y, Y, Y, N, N);
        decide("GET /teams/{teamId}",                                N, Y, Y, Y, Y, N, N);
        decide("GET /teams/{teamId}/workers.csv",                    N, Y, Y, Y, Y, N, N);
        decide("GET /workers",                                       N, N, Y, Y, N, N, N);
        decide("GET /workers.csv",                                   N, N, Y, Y, N, N, N);
        decide("GET /workers/{workerId}",                            Y, Y, Y, Y, Y, N, N);
        decide("GET /workers/{workerId}/cases.csv",                  Y, Y, Y, Y, Y, N, N);
        decide("GET /teams/{teamId}/caseloads",                      N, Y, Y, Y, Y, N, N);
        decide("GET /teams/{teamId}/caseloads.csv",                  N, Y, Y, Y, Y, N, N);
        decide("GET /continuity",                                    N, Y, Y, Y, Y, N, N);
        decide("GET /caseload-policy",                               N, Y, Y, Y, Y, N, N);
        decide("POST /caseload-policy",                              N, N, Y, N, N, N, N);
        decide("GET /supervision-policy",                            N, Y, Y, Y, Y, N, N);
        decide("POST /supervision-policy",                           N, N, Y, N, N, N, N);
        // One worker's policy and variations: a person-level record, so not a senior leader's (W1 is in T1 today).
        decide("GET /workers/{workerId}/supervision-policy",         Y, Y, Y, Y, N, N, N);
        decide("POST /workers/{workerId}/supervision-policy",        N, Y, Y, N, N, N, N);
        decide("GET /supervision/overdue",                           N, Y, Y, Y, N, N, N);
        decide("GET /supervision/overdue.csv",                       N, Y, Y, Y, N, N, N);
        decide("GET /supervision/compliance",                        N, N, Y, Y, Y, N, N);
        decide("GET /my-caseload",                                   Y, N, N, N, N, N, N);
        decide("GET /my-caseload/cases.csv",                         Y, N, N, N, N, N, N);
        // Early-career programmes: a senior leader sees the cohorts' counts and no one's programme.
        decide("GET /workers/{workerId}/programme",                  Y, Y, Y, Y, N, N, N);
        decide("GET /my-programme",                                  Y, N, N, N, N, N, N);
        decide("GET /programmes",                                    N, Y, Y, Y, Y, N, N);
        decide("GET /programmes/places.csv",                         N, Y, Y, Y, N, N, N);
        decide("GET /import",                                        N, N, N, N, N, N, Y);
        decide("POST /import",                                       N, N, N, N, N, N, Y);
        decide("GET /import/preview/{token}",                        N, N, N, N, N, N, Y);
        decide("POST /import/preview/{token}",                       N, N, N, N, N, N, Y);
        // The allocations made in Retain go back to the case management system through whoever exchanges the
        // bundles with it: the administrator, who already handles these rows in every bundle.
        decide("GET /import/allocations.csv",                        N, N, N, N, N, N, Y);
        // The census return carries each worker's personal details: HR sends it; the workforce lead sees its checks.
        decide("GET /census",                                        N, N, Y, Y, N, N, N);
        decide("GET /census/return.xml",                             N, N, N, Y, N, N, N);
        decide("GET /api/v1/authorities/{laCode}/census",            N, N, N, Y, N, N, N);
        // Starting a register from a census return: HR, who holds last year's return, and the administrator, who imports.
        decide("GET /census/start",                                  N, N, N, Y, N, N, Y);
        decide("POST /census/start",                                 N, N, N, Y, N, N, Y);
        decide("GET /census/start/bundle.zip",                       N, N, N, Y, N, N, Y);
        // The Employer Standards health check holds aggregates and the council's own ratings: read by the workforce
        // lead, HR and senior leaders; rated and planned by the workforce lead and the director.
        decide("GET /employer-standards",                            N, N, Y, Y, Y, N, N);
        decide("GET /employer-standards/{year}/{standard}",          N, N, Y, N, Y, N, N);
        decide("POST /employer-standards/{year}/{standard}",         N, N, Y, N, Y, N, N);
        decide("POST /employer-standards/{year}/{standard}/actions", N, N, Y, N, Y, N, N);
        decide("POST /employer-standards/actions/{id}/done",         N, N, Y, N, Y, N, N);
        // The region's councils side by side: aggregates for the region's analysts only.
        decide("GET /region",                                        N, N, N, N, N, Y, N);
        // The council's regional return (aggregates and keyed hashes) is sent by its workforce lead or HR; the hub's
        // imported returns and the cross-border checks are for the region's analysts, in pages and the API alike.
        decide("GET /regional-return",                               N, N, Y, Y, N, N, N);
        decide("POST /regional-return",                              N, N, Y, Y, N, N, N);
        decide("GET /region/returns",                                N, N, N, N, N, Y, N);
        decide("POST /region/returns",                               N, N, N, N, N, Y, N);
        decide("POST /region/returns/confirm",                       N, N, N, N, N, Y, N);
        decide("GET /region/agency-checks",                          N, N, N, N, N, Y, N);
        decide("GET /api/v1/region/returns",                         N, N, N, N, N, Y, N);
        decide("POST /api/v1/region/returns",                        N, N, N, N, N, Y, N);
        decide("GET /api/v1/region/cross-border",                    N, N, N, N, N, Y, N);
        // The members' report and the Ofsted pack: aggregates for senior leaders and the workforce lead.
        decide("GET /reports",                                       N, N, Y, N, Y, N, N);
        decide("GET /reports/{code}",                                N, N, Y, N, Y, N, N);
        decide("GET /reports/{code}.pdf",                            N, N, Y, N, Y, N, N);
        decide("GET /reports/{code}.xlsx",                           N, N, Y, N, Y, N, N);
        // Workforce planning: the director and the workforce lead read the forecast; the lead keeps the scenarios.
        decide("GET /plan",                                          N, N, Y, N, Y, N, N);
        decide("POST /plan/scenarios",                               N, N, Y, N, N, N, N);
        decide("GET /api/v1/authorities/{laCode}/forecast",          N, N, Y, N, Y, N, N);
        decide("GET /api/v1/authorities/{laCode}/scenarios",         N, N, Y, N, Y, N, N);
        decide("PUT /api/v1/authorities/{laCode}/scenarios/{name}",  N, N, Y, N, N, N, N);
        decide("DELETE /api/v1/authorities/{laCode}/scenarios/{name}", N, N, Y, N, N, N, N);
        decide("GET /users",                                         N, N, N, N, N, N, Y);
        decide("GET /users.csv",                                     N, N, N, N, N, N, Y);
        decide("POST /users",                                        N, N, N, N, N, N, Y);
        decide("GET /users/{username}",                              N, N, N, N, N, N, Y);
        decide("POST /users/{username}",                             N, N, N, N, N, N, Y);
        decide("GET /audit",                                         N, N, N, N, N, N, Y);
        decide("GET /audit.csv",                                     N, N, N, N, N, N, Y);
        decide("GET /api/v1/authorities",                            Y, Y, Y, Y, Y, Y, Y);
        decide("GET /api/v1/authorities/{laCode}",                   Y, Y, Y, Y, Y, Y, Y);
        decide("GET /api/v1/authorities/{laCode}/measures",          N, N, Y, Y, Y, Y, N);
        decide("GET /api/v1/authorities/{laCode}/measures/series",   N, N, Y, Y, Y, Y, N);
        decide("GET /api/v1/authorities/{laCode}/continuity",        N, N, Y, Y, Y, Y, N);
        decide("GET /api/v1/authorities/{laCode}/continuity/series", N, N, Y, Y, Y, Y, N);
        decide("GET /api/v1/authorities/{laCode}/caseload-policy",   N, Y, Y, Y, Y, N, N);
        decide("PUT /api/v1/authorities/{laCode}/caseload-policy",   N, N, Y, N, N, N, N);
        decide("GET /api/v1/authorities/{laCode}/supervision-policy", N, Y, Y, Y, Y, N, N);
        decide("PUT /api/v1/authorities/{laCode}/supervision-policy", N, N, Y, N, N, N, N);
        decide("POST /api/v1/authorities/{laCode}/recommendations",  N, Y, Y, Y, Y, N, N);
        // A reallocation plan lists one worker's cases: W1 is in the team manager's team T1, W3 in T2.
        decide("POST /api/v1/authorities/{laCode}/recommendations?release_worker=W1", N, Y, Y, Y, Y, N, N);
        decide("POST /api/v1/authorities/{laCode}/recommendations?release_worker=W3", N, N, Y, Y, Y, N, N);
        decide("POST /api/v1/bundles",                               N, N, N, N, N, N, Y);
        decide("POST /api/v1/bundles?dry_run=true",                  N, N, N, N, N, N, Y);
        decide("GET /api/v1/authorities/{laCode}/allocations.csv",   N, N, N, N, N, N, Y);
        // Supervision: a team manager records for their teams; a worker's sessions are person-level, so not a senior
        // leader's (aggregates only); the sessions recorded in Retain go back through the administrator, as allocations do.
        decide("GET /supervision/record",                            N, Y, N, N, N, N, N);
        decide("POST /supervision/record",                           N, Y, N, N, N, N, N);
        decide("GET /my-supervision",                                Y, N, N, N, N, N, N);
        decide("POST /api/v1/authorities/{laCode}/supervisions",     N, Y, N, N, N, N, N);
        decide("GET /api/v1/authorities/{laCode}/workers/{workerId}/supervisions", Y, Y, Y, Y, N, N, N);
        // W3 is in T2 only: not the team manager's (of T1), nor the social worker's (W1) own.
        decide("GET /api/v1/authorities/{laCode}/workers/{workerId}/supervisions?worker=W3", N, N, Y, Y, N, N, N);
        decide("GET /import/supervisions.csv",                       N, N, N, N, N, N, Y);
        decide("GET /api/v1/authorities/{laCode}/supervisions.csv",  N, N, N, N, N, N, Y);
        decide("GET /import/bundle.zip",                             N, N, N, N, N, N, Y);
        decide("GET /api/v1/authorities/{laCode}/bundle.zip",        N, N, N, N, N, N, Y);
        // Development and careers: person-level pages, so no senior leader's; HR reads them, the lead and managers change them.
        decide("GET /development",                                   N, Y, Y, Y, N, N, N);
        decide("GET /development/record",                            Y, Y, Y, N, N, N, N);
        decide("POST /development/record",                           Y, Y, Y, N, N, N, N);
        decide("GET /my-development",                                Y, N, N, N, N, N, N);
        // An activity of W1's recorded in Retain: W1 themselves, the manager of W1's team and the lead change it.
        decide("GET /development/activities/{id}/change",            Y, Y, Y, N, N, N, N);
        decide("POST /development/activities/{id}/change",           Y, Y, Y, N, N, N, N);
        decide("GET /development/activities/{id}/remove",            Y, Y, Y, N, N, N, N);
        decide("POST /development/activities/{id}/remove",           Y, Y, Y, N, N, N, N);
        decide("GET /career-pathway",                                N, Y, Y, Y, N, N, N);
        decide("POST /career-pathway",                               N, N, Y, N, N, N, N);
        // One level's page and change: the workforce lead's only, as the pathway's minimum times are.
        decide("GET /career-pathway/levels/{level}",                N, N, Y, N, N, N, N);
        decide("POST /career-pathway/levels/{level}",                N, N, Y, N, N, N, N);
        decide("GET /workers/{workerId}/career",                     Y, Y, Y, Y, N, N, N);
        decide("POST /workers/{workerId}/career",                    N, Y, Y, N, N, N, N);
        decide("GET /practice-priorities",                           N, Y, Y, Y, N, N, N);
        // The workforce lead names the priorities; managers and HR read the table. Each row starts on the defaults.
        decide("GET /practice-priorities/new",                       N, N, Y, N, N, N, N);
        decide("POST /practice-priorities",                          N, N, Y, N, N, N, N);
        decide("GET /practice-priorities/{number}",                  N, N, Y, N, N, N, N);
        decide("POST /practice-priorities/{number}",                 N, N, Y, N, N, N, N);
        decide("POST /practice-priorities/{number}/remove",          N, N, Y, N, N, N, N);
        decide("POST /practice-priorities/defaults",                 N, N, Y, N, N, N, N);
        // Succession names people: the workforce lead plans it, HR reads it.
        decide("GET /succession",                                    N, N, Y, Y, N, N, N);
        decide("POST /succession/roles",                             N, N, Y, N, N, N, N);
        decide("POST /succession/successors",                        N, N, Y, N, N, N, N);
        // A role with W1 as its successor, made afresh before each row, as if each role were the first to remove it.
        decide("POST /succession/roles/{roleId}/remove",             N, N, Y, N, N, N, N);
        decide("POST /succession/roles/{roleId}/successors/{workerId}/remove", N, N, Y, N, N, N, N);
        // A transfer request of W1 from T1 (the team manager's) to T2, made afresh before each row.
        decide("GET /transfers",                                     N, Y, Y, Y, N, N, N);
        decide("POST /transfers/rule",                               N, N, Y, N, N, N, N);
        decide("GET /transfers/{id}",                                Y, Y, Y, Y, N, N, N);
        decide("POST /transfers/{id}/answer",                        N, Y, N, N, N, N, N);
        decide("POST /transfers/{id}/decision",                      N, Y, Y, N, N, N, N);
        decide("POST /transfers/{id}/withdraw",                      Y, N, N, N, N, N, N);
        decide("GET /my-transfer",                                   Y, N, N, N, N, N, N);
        decide("POST /my-transfer",                                  Y, N, N, N, N, N, N);
        // Retention payments carry amounts paid to named workers: HR only.
        decide("GET /retention-payments",                            N, N, N, Y, N, N, N);
        decide("POST /retention-payments",                           N, N, N, Y, N, N, N);
        // Agency figures name people and their pay: HR and senior leaders see them, HR records and sets the target;
        // the engagements recorded in Retain go to the HR system through HR or the administrator.
        // Recruitment figures: HR and senior leaders for the authority, a team manager for their teams' vacancies.
        decide("GET /recruitment",                                   N, Y, N, Y, Y, N, N);
        decide("GET /recruitment/applications/record",               N, N, N, Y, N, N, N);
        decide("POST /recruitment/applications/record",              N, N, N, Y, N, N, N);
        decide("GET /agency",                                        N, N, N, Y, Y, N, N);
        decide("GET /agency/breaches",                               N, N, N, Y, Y, N, N);
        decide("GET /agency/caps",                                   N, N, N, Y, Y, N, N);
        decide("GET /agency/spend",                                  N, N, N, Y, Y, N, N);
        decide("GET /agency/dfe-return.csv",                         N, N, N, Y, Y, N, N);
        decide("GET /agency/record",                                 N, N, N, Y, N, N, N);
        decide("POST /agency/record",                                N, N, N, Y, N, N, N);
        decide("POST /agency/mix-target",                            N, N, N, Y, N, N, N);
        decide("POST /agency/mix-target/remove",                     N, N, N, Y, N, N, N);
        decide("GET /api/v1/authorities/{laCode}/agency_engagements.csv", N, N, N, Y, N, N, Y);
        // Leaving and staying: counts only for the whole-authority roles; HR records exit interviews; the survey's
        // results, small groups suppressed, for managers too. Risk signals name a worker: their team manager, the
        // principal social worker and HR, never the worker nor a senior leader, who sees the counts by team.
        decide("GET /leaving",                                       N, N, Y, Y, Y, N, N);
        decide("GET /leaving/interviews/record",                     N, N, N, Y, N, N, N);
        decide("POST /leaving/interviews/record",                    N, N, N, Y, N, N, N);
        decide("GET /staff-survey",                                  N, Y, Y, Y, Y, N, N);
        decide("GET /signals",                                       N, Y, Y, Y, N, N, N);
        decide("GET /signals/teams",                                 N, N, Y, Y, Y, N, N);
    }

    static void decide(String endpoint, boolean... allowed) {
        MATRIX.put(endpoint, allowed);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    uk.retain.people.Accounts accounts;

    @Autowired
    uk.retain.standards.HealthChecks healthChecks;

    /** An action of the small bundle's authority's health check, for the row that marks one done. */
    private static long standardsAction;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    uk.retain.development.Transfers transfers;

    @Autowired
    uk.retain.development.Succession succession;

    /** The waiting transfer request the rows about one request act on. */
    private static long transferId;

    /** A critical role the successor row names a successor of. */
    private static long criticalRoleId;

    /** The critical role, with W1 its successor, the rows about removing act on. */
    private static long removableRoleId;

    /** Tells apart the CPD activities the roles record, so that none is refused as already held. */
    private static int recorded;
    /** The recorded note of the CPD activity each role finds, and its cells as the page shows them. */
    private static int activityId;
    private static String activityCells = "";

    @BeforeAll
    void register() throws Exception {
        registers.replace(Bundles.read(SMALL));
        healthChecks.addAction("999", 2025, uk.retain.standards.EmployerStandard.SUPERVISION, "Audit supervision records",
                "Head of service", java.time.LocalDate.of(2025, 12, 31), "matrix");
        standardsAction = healthChecks.actions("999", 2025).get(0).id();
        criticalRoleId = succession.addRole("999", "Principal social worker", null, uk.retain.workforce.JobRole.PRINCIPAL_SOCIAL_WORKER,
                null, "matrix.user");
        accounts.create(new uk.retain.people.Account("matrix.user", "Matrix User", Role.SOCIAL_WORKER, "999", null, Set.of(), "W1"),
                "a password long enough");
    }

    @Test
    void everyMappedEndpointHasADecisionAndEveryDecisionAnEndpoint() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("uk.retain")) {
                mapped.addAll(endpoints(info));
            }
        });
        assertThat(mapped).as("endpoints mapped by Retain").isNotEmpty();
        // A row with a query decides one case of an endpoint (such as a worker out of scope) beside its plain row.
        Set<String> decided = new TreeSet<>();
        MATRIX.keySet().forEach(key -> decided.add(key.split("\\?", 2)[0]));
        assertThat(decided).as("the matrix must decide every endpoint, and only those").containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void eachRoleIsAllowedOrDeniedAsTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, boolean[]> decision : MATRIX.entrySet()) {
            for (int i = 0; i < ROLES.size(); i++) {
                Role role = ROLES.get(i);
                var request = request(decision.getKey()).with(as(role));
                if (decision.getKey().matches("POST /teams/\\{teamId}/recommendations/(accept|accept-selected|accept-all|change)")) {
                    // Accepting needs the recommendations asked for in the same session first, on a queue that
                    // still holds the case (an earlier row may have allocated it).
                    registers.replace(Bundles.read(SMALL));
                    MockHttpSession session = new MockHttpSession();
                    mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(as(role)).session(session));
                    request = request.session(session);
                }
                boolean census = decision.getKey().contains("census");
                if (census) {
                    // The small bundle leaves two birth dates out, so its census return would not pass its checks
                    // (422): the rows about who may have it read a register whose return passes.
                    registers.replace(withBirthDates(Bundles.read(SMALL)));
                }
                if (decision.getKey().contains("transfer")) {
                    // Each role finds one waiting request of W1 (and no other), as if it were the first to act on it.
                    jdbc.update("delete from transfer_request");
                    transferId = !decision.getKey().contains("{id}") ? 0 : transfers.insert("999", "W1", "T1", "T2", "closer to home", java.time.LocalDate.of(2025, 9, 1), "matrix.user");
                    request = request(decision.getKey()).with(as(role));
                }
                if (decision.getKey().contains("/development/activities/")) {
                    // Each role finds one activity of W1's recorded in Retain by the workforce lead, as if it were the
                    // first to change it.
                    mvc.perform(request("POST /development/record").with(as(Role.WORKFORCE_LEAD)));
                    var note = registers.rowsRecorded("999", uk.retain.development.DevelopmentFile.class).getLast();
                    activityId = note.seq();
                    activityCells = note.cells();
                    request = request(decision.getKey()).with(as(role));
                }
                if (decision.getKey().contains("{roleId}")) {
                    removableRoleId = succession.addRole("999", "Team manager of North CP", null, uk.retain.workforce.JobRole.TEAM_MANAGER,
                            "T1", "matrix.user");
                    succession.nameSuccessor("999", removableRoleId, "W1", uk.retain.development.Readiness.READY_NOW, "matrix.user");
                    request = request(decision.getKey()).with(as(role));
                }
                if (decision.getKey().contains("practice-priorities")) {
                    // Each role finds the default priorities, as if it were the first to change them.
                    jdbc.update("delete from practice_priority");
                }
                if (decision.getKey().contains("{token}")) {
                    // Checking and confirming an import needs an upload the same user made first.
                    heldToken = uploadAs(role);
                    request = request(decision.getKey()).with(as(role));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                if (census) {
                    registers.replace(Bundles.read(SMALL));
                }
                boolean allowed = status < 400;
                boolean denied = status == 403 || status == 404;
                boolean expected = decision.getValue()[i];
                if (expected ? !allowed : !denied) {
                    wrong.add(decision.getKey() + " as " + role.code() + ": " + status + " but expected "
                            + (expected ? "allowed" : "denied"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void nobodySignedInIsSentToSignInOrRefused() throws Exception {
        for (String endpoint : MATRIX.keySet()) {
            if (endpoint.equals("GET /sign-in")) {
                continue;
            }
            int status = mvc.perform(request(endpoint)).andReturn().getResponse().getStatus();
            assertThat(status).as(endpoint).isIn(302, 401, 403);
        }
    }

    /** The small bundle as if it were another council of the East of England, made into its regional return. */
    private static String neighboursReturn() {
        try {
            uk.retain.workforce.Register r = Bundles.read(SMALL);
            uk.retain.workforce.Register neighbour = new uk.retain.workforce.Register(
                    new uk.retain.workforce.Authority("888", "Neighbourshire", "E12000006"), r.teams(), r.workers(), r.employments(),
                    r.posts(), r.absences(), r.cases(), r.allocations(), r.supervisions(), r.files(), r.capabilityFiles());
            return uk.retain.region.RegionalReturn.of(neighbour, java.time.LocalDate.of(2025, 9, 30),
                    uk.retain.region.SweHashes.ofKey("a region's key of at least thirty-two bytes".getBytes())).text();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The register with a birth date for every worker that has none. */
    /** The census return of the small bundle for 2025, as XML. */
    private static byte[] smallReturn() {
        try {
            return uk.retain.census.CensusXml.write(uk.retain.census.CensusReturns.of(Bundles.read(SMALL),
                    uk.retain.workforce.CensusYear.of(2025), java.time.Instant.EPOCH));
        } catch (uk.retain.workforce.InvalidBundleException e) {
            throw new IllegalStateException(e.report(), e);
        }
    }

    private static uk.retain.workforce.Register withBirthDates(uk.retain.workforce.Register r) {
        List<uk.retain.workforce.Worker> workers = r.workers().stream().map(w -> w.dateOfBirth() != null ? w
                : new uk.retain.workforce.Worker(w.workerId(), w.sweNumber(), w.familyName(), w.givenName(), w.qualifiedOn(),
                        java.time.LocalDate.of(1980, 1, 1), w.gender(), w.ethnicity(), w.startOrigin())).toList();
        return new uk.retain.workforce.Register(r.authority(), r.teams(), workers, r.employments(), r.posts(), r.absences(),
                r.cases(), r.allocations(), r.supervisions(), r.files(), r.capabilityFiles());
    }

    /** The token of the upload the role holds, for the rows of /import/preview/{token}; "none" when it may not upload. */
    private static String heldToken = "none";

    private String uploadAs(Role role) throws Exception {
        String location = mvc.perform(multipart("/import").file(new MockMultipartFile("bundle", "bundle.zip", "application/zip", Zip.of(SMALL)))
                .with(csrf()).with(as(role))).andReturn().getResponse().getRedirectedUrl();
        return location != null && location.startsWith("/import/preview/") ? location.substring("/import/preview/".length()) : "none";
    }

    private static RequestPostProcessor as(Role role) {
        return SignedInAs.role(role, role == Role.TEAM_MANAGER ? Set.of("T1") : Set.of(), role == Role.SOCIAL_WORKER ? "W1" : null);
    }

    private static List<String> endpoints(RequestMappingInfo info) {
        List<String> endpoints = new ArrayList<>();
        for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
            info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method.name() + " " + pattern));
        }
        return endpoints;
    }

    /** A request that would succeed for a user allowed to make it, so a refusal can only be about the role. */
    private static AbstractMockHttpServletRequestBuilder<?> request(String decided) {
        String[] query = decided.split("\\?", 2);
        if (query.length == 2 && query[1].startsWith("worker=")) {
            // A row about another worker: the same endpoint, for that worker.
            return plainRequest(query[0].replace("{workerId}", query[1].substring("worker=".length())));
        }
        AbstractMockHttpServletRequestBuilder<?> request = plainRequest(query[0]);
        if (query.length == 2) {
            String[] parameter = query[1].split("=", 2);
            request.param(parameter[0], parameter[1]);
        }
        return request;
    }

    private static AbstractMockHttpServletRequestBuilder<?> plainRequest(String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{laCode}", "999").replace("{teamId}", "T1").replace("{workerId}", "W1")
                .replace("{username}", "matrix.user").replace("{token}", heldToken)
                .replace("{roleId}", String.valueOf(removableRoleId)).replace("{year}", "2025").replace("{standard}", "5")
                .replace("{id}", String.valueOf(endpoint.contains("/employer-standards/") ? standardsAction
                        : endpoint.contains("/development/activities/") ? activityId : transferId))
                .replace("{code}", "members").replace("{level}", "social_worker_2").replace("{number}", "1").replace("{name}", "matrix-plan");
        MockMultipartFile bundle = new MockMultipartFile("bundle", "bundle.zip", "application/zip", Zip.of(SMALL));
        return switch (endpoint) {
            // An earlier row may have allocated in Retain: the administrator's import says to replace those allocations.
            case "POST /api/v1/bundles" -> multipart(path).file(bundle).param("replace_retain_allocations", "true")
                    .param("replace_retain_supervisions", "true").param("replace_retain_records", "true");
            case "POST /import/preview/{token}" -> post(path).param("replaceRetainAllocations", "true").with(csrf());
            case "GET /import/allocations.csv" -> get(path).param("since", "2025-10-01");
            case "GET /import/supervisions.csv" -> get(path).param("since", "2025-10-01");
            case "GET /api/v1/authorities/{laCode}/supervisions.csv" -> get(path).param("recorded_in_retain_since", "2025-10-01");
            // The team manager's account is linked to no worker, so names the supervisor; each row its own day.
            case "POST /supervision/record" -> post(path).param("worker", "W1").param("date-day", "1").param("date-month", "9")
                    .param("date-year", "2025").param("kind", "one_to_one").param("minutes", "90").param("casesDiscussed", "3")
                    .param("supervisor", "TM1").with(csrf());
            // W4 leaves on 15 August 2025: an interview a fortnight before.
            case "POST /leaving/interviews/record" -> post(path).param("worker", "W4").param("date-day", "1").param("date-month", "8")
                    .param("date-year", "2025").param("mainReason", "pay").param("otherReasons", "travel").param("wouldReturn", "yes")
                    .with(csrf());
            case "POST /api/v1/authorities/{laCode}/supervisions" -> post(path).contentType("application/json").content("""
                    {"worker_id": "W1", "date": "2025-09-02", "kind": "one_to_one", "minutes": 90, "cases_discussed": 3,
                     "supervisor_id": "TM1"}""");
            case "GET /api/v1/authorities/{laCode}/allocations.csv" -> get(path).param("made_in_retain_since", "2025-10-01");
            case "POST /api/v1/authorities/{laCode}/recommendations" -> multipart(path).file(new MockMultipartFile("cases", "cases.csv",
                    "text/csv", "case_id,child_id,category,opened_on,team_id\nK9,C9,assessment,2025-09-01,T1\n".getBytes()))
                    .param("date", "2025-09-30");
            case "POST /import" -> multipart(path).file(bundle).with(csrf());
            // The small bundle's own return: the authority's, so the upload is read (without one, the page asks for it).
            case "POST /census/start" -> multipart(path).file(new MockMultipartFile("return", "census.xml", "application/xml",
                    smallReturn())).with(csrf());
            // A return of a council of the analyst's region whose register is not held here; replacing one an
            // earlier run stored.
            case "POST /api/v1/region/returns" -> post(path).param("replace", "true").contentType("application/json")
                    .content(neighboursReturn());
            case "POST /development/record" -> post(path).param("worker", "W1").param("date-day", "2").param("date-month", "9")
                    .param("date-year", "2025").param("activity", "course").param("hours", "3").param("kss", "P1")
                    .param("title", "Matrix course " + (++recorded)).with(csrf());
            case "POST /development/activities/{id}/change" -> post(path).param("was", activityCells).param("worker", "W1")
                    .param("date-day", "3").param("date-month", "9").param("date-year", "2025").param("activity", "course")
                    .param("hours", "2").param("kss", "P1").param("title", "Matrix change " + (++recorded)).with(csrf());
            case "POST /development/activities/{id}/remove" -> post(path).param("was", activityCells).with(csrf());
            case "POST /career-pathway" -> {
                var post = post(path).with(csrf());
                uk.retain.development.CareerPathway.DEFAULT.levels().forEach(level ->
                        post.param("minimum-" + level.code(), String.valueOf(level.minimumMonths())));
                yield post;
            }
            case "POST /career-pathway/levels/{level}" -> {
                var level = uk.retain.development.CareerPathway.DEFAULT.level("social_worker_2").orElseThrow();
                yield post(path).param("name", level.name()).param("criteria", level.criteria())
                        .param("minimumMonths", String.valueOf(level.minimumMonths())).param("minPqeYears", String.valueOf(level.minPqeYears()))
                        .param("minKss", String.valueOf(level.minKss())).param("qualification", "none").with(csrf());
            }
            case "POST /practice-priorities" -> post(path).param("name", "Matrix priority").param("kss", "P1").with(csrf());
            case "POST /practice-priorities/{number}" -> post(path).param("name", "Assessment").param("kss", "P6").with(csrf());
            case "POST /workers/{workerId}/career" -> post(path).param("level", "senior_social_worker").param("date-day", "1")
                    .param("date-month", "5").param("date-year", "2025").with(csrf());
            case "POST /succession/roles" -> post(path).param("name", "Team manager of North CP").param("jobRole", "team_manager")
                    .param("team", "T1").with(csrf());
            case "POST /succession/successors" -> post(path).param("role", String.valueOf(criticalRoleId)).param("worker", "W1")
                    .param("readiness", "ready_now").with(csrf());
            case "POST /transfers/rule" -> post(path).param("months", "12").param("managersAgree", "true").with(csrf());
            case "POST /transfers/{id}/answer" -> post(path).param("side", "current").param("agrees", "true").with(csrf());
            case "POST /transfers/{id}/decision" -> post(path).param("decision", "decline").param("note", "not now").with(csrf());
            case "POST /transfers/{id}/withdraw" -> post(path).with(csrf());
            case "POST /my-transfer" -> post(path).param("team", "T2").param("reason", "closer to home").with(csrf());
            case "POST /retention-payments" -> post(path).param("worker", "W1").param("kind", "retention_allowance").param("amount", "1000")
                    .param("paidOn-day", "1").param("paidOn-month", "4").param("paidOn-year", "2025").param("clawbackMonths", "12").with(csrf());
            case "POST /users" -> post(path).param("username", "new.user").with(csrf());
            case "POST /employer-standards/{year}/{standard}" -> post(path).param("rating", "partly_met")
                    .param("reasons", "Supervision slipped in two teams").with(csrf());
            case "POST /employer-standards/{year}/{standard}/actions" -> post(path).param("action", "Weekly supervision audit")
                    .param("owner", "Head of service").param("due-day", "31").param("due-month", "3").param("due-year", "2026")
                    .with(csrf());
            case "POST /employer-standards/actions/{id}/done" -> post(path).param("year", "2025").with(csrf());
            case "POST /users/{username}" -> post(path).param("role", "social_worker").param("workerId", "W1")
                    .param("access", "enabled").with(csrf());
            case "POST /teams/{teamId}/recommendations/accept" -> post(path).param("case", "K5").with(csrf());
            case "POST /teams/{teamId}/recommendations/change" -> post(path).param("case", "K5").param("worker", "W1").with(csrf());
            case "POST /teams/{teamId}/recommendations/accept-selected" -> post(path).param("case", "K5").with(csrf());
            case "POST /teams/{teamId}/reallocation" -> post(path).param("worker", "W1").param("reason", "LEAVING").with(csrf());
            case "GET /census/return.xml" -> get(path).param("year", "2025");
            // Checking only: nothing is written whoever asks.
            case "POST /agency/record" -> post(path).param("action", "check").param("worker", "W3").param("agency", "Acme")
                    .param("jobType", "social_worker").param("startDate-day", "1").param("startDate-month", "7")
                    .param("startDate-year", "2025").param("hoursPerWeek", "37").param("hourlyPay", "30").param("hourlyCharge", "40")
                    .param("noticeWeeks", "4").with(csrf());
            case "POST /agency/mix-target" -> post(path).param("on", "2027-03-31").param("percent", "70").with(csrf());
            case "GET /api/v1/authorities/{laCode}/agency_engagements.csv" -> get(path).param("recorded_in_retain_since", "2025-10-01");
            case "GET /api/v1/authorities/{laCode}/census" -> get(path).param("date", "2025-09-30");
            case "GET /api/v1/authorities/{laCode}/measures",
                 "GET /api/v1/authorities/{laCode}/continuity" -> get(path).param("date", "2025-09-30");
            case "GET /api/v1/authorities/{laCode}/continuity/series" -> get(path).param("from", "2023-01-01").param("to", "2025-12-31");
            case "GET /dashboard", "GET /dashboard/headline.csv" -> get(path).param("la", "999");
            case "GET /api/v1/authorities/{laCode}/measures/series" -> get(path).param("from", "2023-01-01").param("to", "2025-12-31");
            // The default policy, so that the workforce lead's allowed request changes nothing for the others.
            case "PUT /api/v1/authorities/{laCode}/caseload-policy" -> put(path).contentType("application/json").content("""
                    {"case_holding_roles": ["asye_social_worker", "social_worker", "senior_social_worker", "advanced_practitioner",
                     "consultant_social_worker"], "caps": {"asye": 13, "early_career": 15, "advanced_or_consultant": 12, "experienced": 18},
                     "unallocated_alert_working_days": 5, "weighting": {"enabled": false, "category_points": {"assessment": 4,
                     "child_in_need": 5, "child_protection": 8, "child_in_care": 6, "care_leaver": 3, "other": 3},
                     "court_proceedings_points": 3, "co_working_points": 3, "points_per_fte": 100}}""");
            // The contract's defaults, so that the workforce lead's allowed request changes nothing the others see.
            case "PUT /api/v1/authorities/{laCode}/supervision-policy" -> put(path).contentType("application/json").content("""
                    {"counting_kinds": ["one_to_one"], "minimum_minutes": 90, "asye_phases": [{"until": "P42D", "interval": "P7D"},
                     {"until": "P6M", "interval": "P14D"}], "asye_after_phases": "P1M", "interval": "P1M"}""");
            case "PUT /api/v1/authorities/{laCode}/scenarios/{name}" -> put(path).contentType("application/json")
                    .content("{\"caseload_target\": 17}");
            case "DELETE /api/v1/authorities/{laCode}/scenarios/{name}" -> delete(path);
            default -> parts[0].equals("POST") ? post(path).with(csrf()) : get(path);
        };
    }
}
