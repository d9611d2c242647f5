package uk.retain.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;
import uk.retain.measures.RegisterMeasures;
import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.support.Zip;
import uk.retain.workforce.AllocationRequest;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Worker;

/**
 * The register's API against a real database: import, measures, re-import, refusal of a bad bundle and an
 * import that fails half way. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class RegisterApiContract {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @TempDir
    Path temp;

    static final String PASSWORD = "correct horse battery staple";

    @BeforeEach
    void accounts() {
        for (Role role : List.of(Role.ADMINISTRATOR, Role.HR)) {
            if (!accounts.exists(role.code())) {
                accounts.create(new Account(role.code(), role.name(), role, "999", null, Set.of(), null), PASSWORD);
            }
        }
    }

    /** The tests share one database: one that allocated in Retain leaves the next a register that has none. */
    @BeforeEach
    void noAllocationsMadeInRetain() throws Exception {
        if (!registers.changedInRetain("999").isEmpty()) {
            registers.replace(Bundles.read(SMALL));
        }
    }

    /** A GET as the HR officer, who sees the whole authority. */
    static MockHttpServletRequestBuilder read(String path) {
        return get(path).with(httpBasic("hr", PASSWORD));
    }

    @Test
    void importedBundleGivesTheSameMeasuresAsTheBundleItself() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/authorities/999"))
                .andExpect(jsonPath("$.rows.workers").value(5));

        Register bundle = Bundles.read(SMALL);
        for (String date : List.of("2024-09-30", "2025-03-31", "2025-09-30")) {
            Object expected = normalised(RegisterMeasures.of(bundle).forAuthority(LocalDate.parse(date)));
            String body = mvc.perform(read("/api/v1/authorities/999/measures").param("date", date))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(JSON.readValue(body, Map.class)).as("measures on %s", date).isEqualTo(expected);
        }
        Map<String, Object> byTeam = new java.util.LinkedHashMap<>(RegisterMeasures.of(bundle).byTeam(LocalDate.parse("2025-09-30")));
        String body = mvc.perform(read("/api/v1/authorities/999/measures").param("date", "2025-09-30").param("by", "team"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readValue(body, Map.class)).isEqualTo(normalised(byTeam));
    }

    @Test
    void seriesGivesEachThirtiethOfSeptember() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        mvc.perform(read("/api/v1/authorities/999/measures/series").param("from", "2022-01-01").param("to", "2025-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series.length()").value(4))
                .andExpect(jsonPath("$.series[0].date").value("2022-09-30"))
                .andExpect(jsonPath("$.series[3].measures.inpost_headcount").value(3));
        mvc.perform(read("/api/v1/authorities/999/measures/series").param("from", "2025-01-15").param("to", "2025-04-30")
                        .param("every", "month"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series.length()").value(4))
                .andExpect(jsonPath("$.series[3].date").value("2025-04-30"));
    }

    @Test
    void reimportReplacesTheAuthoritysData() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        Path smaller = copyOfSmall();
        Files.writeString(smaller.resolve("supervisions.csv"), "worker_id,supervisor_id,date,kind,minutes\n");
        Files.delete(smaller.resolve("absences.csv"));
        upload(Zip.of(smaller)).andExpect(status().isCreated()).andExpect(jsonPath("$.rows.supervisions").value(0));

        assertThat(count("supervision")).isZero();
        assertThat(count("absence")).isZero();
        mvc.perform(read("/api/v1/authorities/999/measures").param("date", "2025-09-30"))
                .andExpect(jsonPath("$.working_days_lost_fte").isEmpty())
                .andExpect(jsonPath("$.inpost_headcount").value(3));
    }

    @Test
    void invalidBundleIsRefusedWithEveryProblemAndChangesNothing() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        long version = registers.find("999").orElseThrow().version();
        Path broken = copyOfSmall();
        Files.writeString(broken.resolve("teams.csv"), "team_id,name,service\nT1,North,child_protection\nT2,South,childcare\n");
        Files.writeString(broken.resolve("cases.csv"), Files.readString(broken.resolve("cases.csv")).replace("2025-01-15", "2025-02-30"));

        upload(Zip.of(broken)).andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.problems[0].text").value(org.hamcrest.Matchers.startsWith("teams.csv:3: service: ")))
                .andExpect(jsonPath("$.problems[1].file").value("cases.csv"))
                .andExpect(jsonPath("$.problems[1].line").value(4))
                .andExpect(jsonPath("$.problems[1].column").value("opened_on"));

        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(count("team")).isEqualTo(2);
    }

    @Test
    void aBundleForAnotherAuthorityIsForbiddenChangesNothingAndIsAudited() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        long version = registers.find("999").orElseThrow().version();
        long lastEvent = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        Path other = copyOfSmall();
        Files.writeString(other.resolve("authority.csv"), "la_code,name,region_code\n998,Otherton,E12000006\n");

        upload(Zip.of(other)).andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("This bundle is for authority 998; you administer 999."));

        assertThat(registers.find("998")).isEmpty();
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(jdbc.queryForList("select action, detail from audit_event where id > ?", lastEvent))
                .singleElement().satisfies(event -> assertThat(event)
                        .containsEntry("action", "IMPORT").containsEntry("detail", "refused: for authority 998"));
    }

    @Test
    void importThatFailsHalfWayLeavesThePreviousRegisterWhole() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        Register good = Bundles.read(SMALL);
        long workersBefore = count("worker");
        // A register no bundle could give: its SWE number is too long for the column, so the insert fails
        // after the authority's old rows were deleted in the same transaction.
        List<Worker> workers = new ArrayList<>(good.workers());
        Worker last = workers.remove(workers.size() - 1);
        workers.add(new Worker(last.workerId(), new SweNumber("SW" + "9".repeat(40)), last.familyName(), last.givenName(),
                last.qualifiedOn(), last.dateOfBirth(), last.gender(), last.ethnicity(), last.startOrigin()));
        Register bad = good.toBuilder().workers(workers).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registers.replace(bad)).isInstanceOf(RuntimeException.class);

        assertThat(count("worker")).isEqualTo(workersBefore);
        assertThat(count("employment")).isEqualTo(good.employments().size());
        assertThat(registers.find("999").orElseThrow().register().workers())
                .extracting(w -> w.sweNumber().text()).doesNotContain("SW" + "9".repeat(40));
    }

    @Test
    void problemsForUnknownAuthorityAndBadParameters() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        mvc.perform(read("/api/v1/authorities/123/measures").param("date", "2025-09-30"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown authority"));
        mvc.perform(read("/api/v1/authorities/999/measures").param("date", "30/09/2025"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(read("/api/v1/authorities/999/measures"))
                .andExpect(status().isBadRequest());
        mvc.perform(read("/api/v1/authorities/999/measures/series").param("from", "2025-01-01").param("to", "2024-01-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/bundles").file(new MockMultipartFile("bundle", "x.zip", "application/zip", "not a zip".getBytes()))
                        .with(httpBasic("administrator", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].file").value("x.zip"));
    }

    @Test
    void decimalsSurviveTheDatabaseExactly() throws Exception {
        Path odd = copyOfSmall();
        Files.writeString(odd.resolve("employments.csv"), Files.readString(odd.resolve("employments.csv"))
                .replace("T1,,0.4,", "T1,,0.333333,"));
        upload(Zip.of(odd)).andExpect(status().isCreated());
        assertThat(registers.find("999").orElseThrow().register().employments())
                .extracting(e -> e.fte()).anySatisfy(fte -> assertThat(fte).isEqualByComparingTo(new BigDecimal("0.333333")));
    }

    static final LocalDate OCTOBER = LocalDate.of(2025, 10, 1);

    @Test
    void aDryRunAnswersWhatTheImportWouldChangeAndWritesNothing() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        long version = registers.allocate(new AllocationRequest("999", "K5", "W1", null, OCTOBER, null), "tara.manager");
        long lastEvent = lastEvent();
        Path renamed = copyOfSmall();
        Files.writeString(renamed.resolve("teams.csv"), Files.readString(renamed.resolve("teams.csv")).replace("T1,North CP,", "T1,North,"));

        upload(Zip.of(renamed), "dry_run", "true").andExpect(status().isOk())
                .andExpect(jsonPath("$.dry_run").value(true))
                .andExpect(jsonPath("$.la_code").value("999"))
                .andExpect(jsonPath("$.checked_against_version").value(version))
                .andExpect(jsonPath("$.files[?(@.file == 'teams.csv')].changed").value(1))
                .andExpect(jsonPath("$.files[?(@.file == 'teams.csv')].matched_by[0]").value("team_id"))
                .andExpect(jsonPath("$.files[?(@.file == 'allocations.csv')].ended").value(1))
                .andExpect(jsonPath("$.files[?(@.file == 'allocations.csv')].rows_before").value(10))
                .andExpect(jsonPath("$.retain_allocations_ended.length()").value(1))
                .andExpect(jsonPath("$.retain_allocations_ended[0].case_id").value("K5"))
                .andExpect(jsonPath("$.retain_allocations_ended[0].worker_name").value("Ann Smith"))
                .andExpect(jsonPath("$.retain_allocations_ended[0].start_date").value("2025-10-01"))
                .andExpect(jsonPath("$.retain_allocations_ended[0].made_by").value("tara.manager"));

        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(registers.changedInRetain("999")).hasSize(1);
        assertThat(jdbc.queryForList("select action from audit_event where id > ?", lastEvent)).isEmpty();
    }

    @Test
    void anImportThatWouldEndAllocationsMadeInRetainIsRefusedUnlessAskedTo() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        long version = registers.allocate(new AllocationRequest("999", "K5", "W1", null, OCTOBER, null), "tara.manager");
        long lastEvent = lastEvent();

        upload(Zip.of(SMALL)).andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.title").value("Allocations made in Retain would be lost"))
                .andExpect(jsonPath("$.allocations.length()").value(1))
                .andExpect(jsonPath("$.allocations[0].case_id").value("K5"))
                .andExpect(jsonPath("$.allocations[0].worker_id").value("W1"))
                .andExpect(jsonPath("$.allocations[0].worker_name").value("Ann Smith"))
                .andExpect(jsonPath("$.allocations[0].made_by").value("tara.manager"));

        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(registers.find("999").orElseThrow().register().allocations()).anyMatch(a -> a.caseId().equals("K5"));
        assertThat(jdbc.queryForList("select detail from audit_event where id > ?", lastEvent)).singleElement()
                .satisfies(event -> assertThat(event).containsEntry("detail", "refused: would end 1 allocation(s) made in Retain"));

        upload(Zip.of(SMALL), "replace_retain_allocations", "true").andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.changes.retain_allocations_ended[0].case_id").value("K5"));
        assertThat(registers.find("999").orElseThrow().register().allocations()).noneMatch(a -> a.caseId().equals("K5"));
        assertThat(registers.changedInRetain("999")).isEmpty();
    }

    @Test
    void aBundleThatHasTheAllocationsMadeInRetainImportsWithoutAsking() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        long version = registers.allocate(new AllocationRequest("999", "K5", "W1", null, OCTOBER, null), "tara.manager");
        Path caughtUp = copyOfSmall();
        Files.writeString(caughtUp.resolve("allocations.csv"), Files.readString(caughtUp.resolve("allocations.csv"))
                + "K5,W1,primary,2025-10-01,,\n");

        upload(Zip.of(caughtUp)).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.changes.retain_allocations_ended.length()").value(0));

        assertThat(registers.find("999").orElseThrow().register().allocations()).anyMatch(a -> a.caseId().equals("K5"));
        assertThat(registers.changedInRetain("999")).as("the bundle's rows are imported ones").isEmpty();
    }

    @Test
    void theAllocationsMadeInRetainDownloadAsAnAllocationsFileForAdministrators() throws Exception {
        upload(Zip.of(SMALL)).andExpect(status().isCreated());
        registers.allocate(new AllocationRequest("999", "K5", "W1", null, OCTOBER, null), "tara.manager");
        String today = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        long lastEvent = lastEvent();

        String csv = mvc.perform(get("/api/v1/authorities/999/allocations.csv").param("made_in_retain_since", today)
                        .with(httpBasic("administrator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("allocations.csv")))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).isEqualTo("case_id,worker_id,role,start_date,end_date,change_reason\r\nK5,W1,primary,2025-10-01,,\r\n");
        assertThat(Bundles.read(writtenWith(csv)).allocations()).as("a file of the bundle format")
                .anyMatch(a -> a.caseId().equals("K5") && a.workerId().equals("W1"));
        assertThat(jdbc.queryForList("select username, action, detail from audit_event where id > ?", lastEvent)).singleElement()
                .satisfies(event -> assertThat(event).containsEntry("username", "administrator").containsEntry("action", "EXPORT")
                        .containsEntry("detail", "made or ended in Retain since " + today + ": 1 row(s)"));

        mvc.perform(read("/api/v1/authorities/999/allocations.csv").param("made_in_retain_since", today))
                .andExpect(status().isForbidden()).andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(get("/api/v1/authorities/998/allocations.csv").param("made_in_retain_since", today)
                .with(httpBasic("administrator", PASSWORD))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown authority"));
        mvc.perform(get("/api/v1/authorities/999/allocations.csv").param("made_in_retain_since", "01/10/2025")
                .with(httpBasic("administrator", PASSWORD))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/v1/authorities/999/allocations.csv").with(httpBasic("administrator", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
        mvc.perform(multipart("/api/v1/bundles").file(new MockMultipartFile("bundle", "bundle.zip", "application/zip", Zip.of(SMALL)))
                        .param("dry_run", "perhaps").with(httpBasic("administrator", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
    }

    /** The small bundle with its allocations.csv replaced by {@code csv}. */
    private Path writtenWith(String csv) throws java.io.IOException {
        Path copy = copyOfSmall();
        Files.writeString(copy.resolve("allocations.csv"), Files.readString(copy.resolve("allocations.csv"))
                + csv.substring(csv.indexOf('\n') + 1).replace("\r\n", "\n"));
        return copy;
    }

    private long lastEvent() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] zip, String parameter, String value) throws Exception {
        return mvc.perform(multipart("/api/v1/bundles").file(new MockMultipartFile("bundle", "bundle.zip", "application/zip", zip))
                .param(parameter, value).with(httpBasic("administrator", PASSWORD)));
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] zip) throws Exception {
        return mvc.perform(multipart("/api/v1/bundles").file(new MockMultipartFile("bundle", "bundle.zip", "application/zip", zip))
                .with(httpBasic("administrator", PASSWORD)));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where la_code = '999'", Long.class);
    }

    private Path copyOfSmall() throws java.io.IOException {
        Path copy = Files.createDirectories(temp.resolve("bundle-" + System.nanoTime()));
        try (var files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static Object normalised(Object value) {
        return JSON.readValue(JSON.writeValueAsString(value), Map.class);
    }
}
