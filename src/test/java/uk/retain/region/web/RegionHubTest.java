package uk.retain.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.region.RegionalReturn;
import uk.retain.region.SweHashes;
import uk.retain.support.Html;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The region's hub against a real database: a return of a council it does not hold is imported by the API and the
 * page, a second of the same council and day replaces the first only when told, and an invalid one, another region's
 * or a held council's is refused with every problem and nothing stored. The council's page makes a return with the
 * region's key, and a short key is an error on its field.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
class RegionHubTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final RequestPostProcessor ANALYST = SignedInAs.role(Role.REGIONAL_ANALYST);
    static final byte[] KEY = "a region's key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Registers registers;

    @BeforeEach
    void none() throws Exception {
        jdbc.update("delete from regional_return_event");
        jdbc.update("delete from regional_return_agency");
        jdbc.update("delete from regional_return");
        registers.replace(Bundles.read(SMALL));
    }

    static String returnOf(String laCode, String name, String region, LocalDate day) throws Exception {
        Register small = Bundles.read(SMALL);
        Register council = small.toBuilder().authority(new Authority(laCode, name, region)).build();
        return RegionalReturn.of(council, day, SweHashes.ofKey(KEY)).text();
    }

    MockHttpServletResponse postApi(String body, boolean replace) throws Exception {
        return mvc.perform(post("/api/v1/region/returns").param("replace", String.valueOf(replace)).contentType("application/json")
                .content(body).with(ANALYST)).andReturn().getResponse();
    }

    int stored() {
        return jdbc.queryForObject("select count(*) from regional_return", Integer.class);
    }

    @Test
    void theApiImportsAReturnAndReplacesItOnlyWhenTold() throws Exception {
        String first = returnOf("888", "Neighbourshire", "E12000006", LocalDate.of(2025, 9, 30));
        assertThat(postApi(first, false).getStatus()).isEqualTo(201);
        String listed = mvc.perform(get("/api/v1/region/returns").with(ANALYST)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).contains("\"888\"").contains("Neighbourshire");

        MockHttpServletResponse again = postApi(first, false);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("replace=true");
        assertThat(stored()).isEqualTo(1);

        assertThat(postApi(first, true).getStatus()).isEqualTo(201);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void anInvalidReturnAnotherRegionsOrAHeldCouncilsIsRefusedAndNothingIsStored() throws Exception {
        String bad = returnOf("888", "Neighbourshire", "E12000006", LocalDate.of(2025, 9, 30)).replace("\"format\"", "\"worker_id\" : \"W1\", \"format\"");
        MockHttpServletResponse invalid = postApi(bad, false);
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString()).contains("/worker_id");

        MockHttpServletResponse otherRegion = postApi(returnOf("887", "Westshire", "E12000009", LocalDate.of(2025, 9, 30)), false);
        assertThat(otherRegion.getStatus()).isEqualTo(422);
        assertThat(otherRegion.getContentAsString()).contains("/region_code");

        MockHttpServletResponse held = postApi(returnOf("999", "Exampleshire", "E12000006", LocalDate.of(2025, 9, 30)), false);
        assertThat(held.getStatus()).isEqualTo(422);
        assertThat(held.getContentAsString()).contains("/la_code");
        assertThat(stored()).isZero();
    }

    @Test
    void thePageShowsTheErrorsOfAnInvalidReturnAndAsksBeforeReplacing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String invalid = mvc.perform(multipart("/region/returns").file(new MockMultipartFile("return", "bad.json", "application/json",
                "{\"format\": 1}".getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()).with(ANALYST))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(invalid).contains("govuk-error-summary");
        assertThat(stored()).isZero();

        byte[] good = returnOf("888", "Neighbourshire", "E12000006", LocalDate.of(2025, 9, 30)).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/region/returns").file(new MockMultipartFile("return", "888.json", "application/json", good))
                .session(session).with(csrf()).with(ANALYST));
        assertThat(stored()).isEqualTo(1);
        String asks = mvc.perform(multipart("/region/returns").file(new MockMultipartFile("return", "888.json", "application/json", good))
                .session(session).with(csrf()).with(ANALYST)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(asks)).contains("Neighbourshire");
        String token = asks.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        assertThat(token).doesNotContain("<");
        long before = jdbc.queryForObject("select count(*) from audit_event where subject_type = 'regional_return'", Long.class);
        mvc.perform(post("/region/returns/confirm").param("token", token).session(session).with(csrf()).with(ANALYST));
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'regional_return'", Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void theAgencyChecksPageShowsCountsAndNeverAHashOrAnSweNumber() throws Exception {
        String text = returnOf("888", "Neighbourshire", "E12000006", LocalDate.of(2025, 9, 30));
        assertThat(postApi(text, false).getStatus()).isEqualTo(201);
        String page = mvc.perform(get("/region/agency-checks").with(ANALYST)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Neighbourshire").doesNotContainPattern("[0-9a-f]{64}");
        for (var worker : Bundles.read(SMALL).workers()) {
            if (worker.sweNumber() != null) {
                assertThat(page).doesNotContain(worker.sweNumber().text());
            }
        }
    }

    @Test
    void theCouncilsPageMakesAReturnWithTheRegionsKeyAndRefusesAShortOne() throws Exception {
        RequestPostProcessor hr = SignedInAs.role(Role.HR);
        MockHttpServletResponse made = mvc.perform(multipart("/regional-return").file(new MockMultipartFile("key", "region.key",
                "application/octet-stream", KEY)).param("date-day", "30").param("date-month", "9").param("date-year", "2025")
                .with(csrf()).with(hr)).andReturn().getResponse();
        assertThat(made.getStatus()).isEqualTo(200);
        assertThat(made.getHeader("Content-Disposition")).contains("regional-return-999-2025-09-30.json");
        assertThat(made.getContentAsString(StandardCharsets.UTF_8)).contains("\"format\" : \"retain-regional-return\"");

        String refused = mvc.perform(multipart("/regional-return").file(new MockMultipartFile("key", "short.key",
                "application/octet-stream", "short".getBytes(StandardCharsets.UTF_8))).param("date-day", "30").param("date-month", "9")
                .param("date-year", "2025").with(csrf()).with(hr)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("govuk-error-summary").contains("id=\"key-error\"");
    }
}
