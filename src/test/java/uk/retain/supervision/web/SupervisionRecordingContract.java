package uk.retain.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.retain.people.Account;
import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.SignedInAs;
import uk.retain.support.Zip;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/**
 * Recording supervision against a real database: a session recorded on the page and over the API is stored in one
 * transaction with who recorded it and the cases discussed, read back at once (page and API), and not lost by an
 * import that lacks it: the check names it, the import is refused until told, and the sessions download as a
 * supervisions.csv the case management system can take in. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class SupervisionRecordingContract {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor EVE = SignedInAs.account(new Account("eve.manager", "Eve Patel", Role.TEAM_MANAGER, "999",
            null, Set.of("T1"), "TM1"));
    static final RequestPostProcessor ANN = SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1");
    static final RequestPostProcessor ADMIN = SignedInAs.role(Role.ADMINISTRATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void smallBundle() throws Exception {
        registers.replace(Bundles.read(SMALL));
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    JsonNode recordOverApi(String body, int expected) throws Exception {
        var response = mvc.perform(post("/api/v1/authorities/999/supervisions").contentType("application/json").content(body).with(EVE))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode json(String url, RequestPostProcessor viewer) throws Exception {
        return JSON.readTree(mvc.perform(get(url).with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    void recordOnPage() throws Exception {
        mvc.perform(post("/supervision/record").with(csrf()).with(EVE).param("worker", "W1").param("date-day", "3")
                .param("date-month", "10").param("date-year", "2025").param("kind", "one_to_one").param("minutes", "95")
                .param("casesDiscussed", "4")).andExpect(redirectedUrl("/supervision/record"));
    }

    @Test
    void aSessionRecordedOverTheApiIsStoredAndReadBackAtOnce() throws Exception {
        JsonNode created = recordOverApi("""
                {"worker_id": "W1", "date": "2025-10-03", "kind": "one_to_one", "minutes": 95, "cases_discussed": 4}""", 201);
        assertThat(created.get("supervisor_id").asString()).as("the manager's own worker").isEqualTo("TM1");
        assertThat(created.get("cases_discussed").asInt()).isEqualTo(4);
        Map<String, Object> row = jdbc.queryForMap("select cases_discussed, recorded_by from supervision where recorded_by is not null");
        assertThat(row).containsEntry("cases_discussed", 4).containsEntry("recorded_by", "eve.manager");

        JsonNode own = json("/api/v1/authorities/999/workers/W1/supervisions?date=2025-10-10", ANN);
        assertThat(own.get("sessions").get(0).get("date").asString()).isEqualTo("2025-10-03");
        assertThat(own.get("sessions").get(0).get("supervisor_name").asString()).isEqualTo("Eve Patel");
        assertThat(own.get("next_supervision").asString()).isEqualTo("2025-11-03");
        assertThat(own.get("overdue").asBoolean()).isFalse();
        assertThat(own.get("rule").asString()).isEqualTo("contract_default");
        assertThat(Html.table(page("/my-supervision?date=2025-10-10", ANN), "Supervision").get(0))
                .containsExactly("3 October 2025", "One-to-one", "95", "Eve Patel");
    }

    @Test
    void aSessionRecordedOnThePageIsReadBackOverTheApi() throws Exception {
        recordOnPage();
        JsonNode read = json("/api/v1/authorities/999/workers/W1/supervisions?date=2025-10-10", EVE);
        assertThat(read.get("sessions")).hasSize(3);
        assertThat(read.get("last_counting").asString()).isEqualTo("2025-10-03");
    }

    @Test
    void theApiNamesEveryProblemByItsFieldAndWritesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from supervision", Integer.class);
        JsonNode problem = recordOverApi("""
                {"worker_id": "W3", "date": "2025-10-03", "kind": "phone", "minutes": 0, "cases_discussed": -1}""", 422);
        assertThat(problem.get("type").asString()).endsWith("invalid-supervision-session");
        List<String> fields = problem.get("problems").valueStream().map(p -> p.get("field").asString()).toList();
        assertThat(fields).containsExactly("worker_id", "kind", "minutes", "cases_discussed");
        assertThat(problem.get("problems").get(0).get("message").asString()).isEqualTo("The supervisee was not in your team on that date");
        assertThat(recordOverApi("""
                {"worker_id": "W1", "date": "3 October 2025", "kind": "one_to_one", "minutes": 90, "cases_discussed": 1}""", 422)
                .get("problems").get(0).get("field").asString()).isEqualTo("date");
        assertThat(jdbc.queryForObject("select count(*) from supervision", Integer.class)).isEqualTo(before);
    }

    @Test
    void theApiAnswersOnlyThoseWhoMaySeeTheWorker() throws Exception {
        assertThat(mvc.perform(get("/api/v1/authorities/999/workers/W3/supervisions").with(EVE)).andReturn().getResponse().getStatus())
                .as("W3 is in T2, not the manager's team").isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/authorities/999/workers/W2/supervisions").with(ANN)).andReturn().getResponse().getStatus())
                .as("another worker than the social worker").isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/authorities/999/workers/W1/supervisions").with(SignedInAs.role(Role.SENIOR_LEADER)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/authorities/999/supervisions").contentType("application/json")
                .content("{\"worker_id\": \"W1\"}").with(ANN)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/authorities/123/supervisions").contentType("application/json")
                .content("{\"worker_id\": \"W1\"}").with(EVE)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anImportThatLacksARecordedSessionNamesItAndIsRefusedUntilTold() throws Exception {
        recordOnPage();
        MockMultipartFile bundle = new MockMultipartFile("bundle", "bundle.zip", "application/zip", Zip.of(SMALL));

        JsonNode dryRun = JSON.readTree(mvc.perform(multipart("/api/v1/bundles").file(bundle).param("dry_run", "true").with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode dropped = dryRun.get("retain_supervisions_dropped");
        assertThat(dropped).hasSize(1);
        assertThat(dropped.get(0).get("worker_name").asString()).isEqualTo("Ann Smith");
        assertThat(dropped.get(0).get("date").asString()).isEqualTo("2025-10-03");
        assertThat(dropped.get(0).get("cases_discussed").asInt()).isEqualTo(4);
        assertThat(dropped.get(0).get("recorded_by").asString()).isEqualTo("eve.manager");

        long version = registers.find("999").orElseThrow().version();
        var refused = mvc.perform(multipart("/api/v1/bundles").file(bundle).with(ADMIN)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("made-in-retain-would-be-lost", "replace_retain_supervisions=true");
        // Confirming the allocations is not confirming the sessions.
        assertThat(mvc.perform(multipart("/api/v1/bundles").file(bundle).param("replace_retain_allocations", "true").with(ADMIN))
                .andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(registers.supervisionsRecorded("999")).hasSize(1);

        mvc.perform(multipart("/api/v1/bundles").file(bundle).param("replace_retain_supervisions", "true").with(ADMIN))
                .andExpect(status().isCreated());
        assertThat(registers.supervisionsRecorded("999")).isEmpty();
        assertThat(registers.find("999").orElseThrow().register().supervisions()).hasSize(4);
    }

    @Test
    void theImportPageNamesTheSessionAndImportsOnlyWhenTheBoxIsTicked() throws Exception {
        recordOnPage();
        String check = mvc.perform(multipart("/import").file(new MockMultipartFile("bundle", "council.zip", "application/zip", Zip.of(SMALL)))
                .with(csrf()).with(ADMIN)).andReturn().getResponse().getRedirectedUrl();
        String html = page(check, ADMIN);
        assertThat(Html.text(html)).contains("Importing this bundle removes 1 supervision session(s) recorded in Retain since the last import.");
        List<List<String>> rows = Html.table(html, "Supervision sessions recorded in Retain that this bundle does not have");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.subList(0, 5))
                .containsExactly("Ann Smith (W1)", "3 October 2025", "One-to-one", "95", "eve.manager"));
        assertThat(html).contains("href=\"/import/supervisions.csv?since=" + today() + "\"");

        String refused = mvc.perform(post(check).with(csrf()).with(ADMIN)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("<a href=\"#replaceRetainAllocations\">Confirm that importing this bundle removes what is listed above as made in Retain, or download it first");
        assertThat(registers.supervisionsRecorded("999")).hasSize(1);
        mvc.perform(post(check).param("replaceRetainAllocations", "true").with(csrf()).with(ADMIN)).andExpect(redirectedUrl("/import?done"));
        assertThat(registers.supervisionsRecorded("999")).isEmpty();
    }

    @Test
    void theSessionsRecordedSinceADayDownloadAsSupervisionsCsvThatABundleCanTakeIn() throws Exception {
        recordOnPage();
        String csv = mvc.perform(get("/api/v1/authorities/999/supervisions.csv").param("recorded_in_retain_since", today()).with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("worker_id,supervisor_id,date,kind,minutes\r\nW1,TM1,2025-10-03,one_to_one,95\r\n");
        String page = mvc.perform(get("/import/supervisions.csv").param("since", today()).with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).isEqualTo(csv);
        String tomorrow = LocalDate.parse(today()).plusDays(1).toString();
        assertThat(mvc.perform(get("/import/supervisions.csv").param("since", tomorrow).with(ADMIN)).andReturn().getResponse()
                .getContentAsString()).isEqualTo("worker_id,supervisor_id,date,kind,minutes\r\n");
        assertThat(mvc.perform(get("/import/supervisions.csv").param("since", "yesterday").with(ADMIN)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("href=\"#supervisionsSince\"", "id=\"supervisionsSince-error\"");
        assertThat(jdbc.queryForList("select detail from audit_event where subject_type = 'supervisions'", String.class))
                .contains("recorded in Retain since " + today() + ": 1 row(s)");

        // The case management system takes the rows in: its next bundle has the session, and imports without asking.
        Path copy = Files.createDirectories(temp.resolve("bundle"));
        try (var files = Files.list(SMALL)) {
            for (Path each : files.toList()) {
                Files.copy(each, copy.resolve(each.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(copy.resolve("supervisions.csv"), csv.substring(csv.indexOf("\r\n") + 2), java.nio.file.StandardOpenOption.APPEND);
        mvc.perform(multipart("/api/v1/bundles").file(new MockMultipartFile("bundle", "bundle.zip", "application/zip", Zip.of(copy)))
                .with(ADMIN)).andExpect(status().isCreated());
        assertThat(registers.find("999").orElseThrow().register().supervisions()).hasSize(5);
    }

    @Test
    void theOpenApiDescriptionHasTheSupervisionOperations() throws Exception {
        JsonNode paths = json("/v3/api-docs", ANN).get("paths");
        assertThat(paths.get("/api/v1/authorities/{laCode}/supervisions").propertyNames()).contains("post");
        assertThat(paths.get("/api/v1/authorities/{laCode}/workers/{workerId}/supervisions").propertyNames()).contains("get");
        assertThat(paths.get("/api/v1/authorities/{laCode}/supervisions.csv").propertyNames()).contains("get");
    }

    @Test
    void aBodyThatIsNotASessionIsRefusedWithAProblemAndWritesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from supervision", Integer.class);
        // Every field missing but the supervisor, who is the manager's own worker.
        assertThat(recordOverApi("[1, 2]", 422).get("problems")).hasSize(5);
        var broken = mvc.perform(post("/api/v1/authorities/999/supervisions").contentType("application/json").content("{not json")
                .with(EVE)).andReturn().getResponse();
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(broken.getContentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from supervision", Integer.class)).isEqualTo(before);
    }

    String page(String url, RequestPostProcessor viewer) throws Exception {
        return mvc.perform(get(url).with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
