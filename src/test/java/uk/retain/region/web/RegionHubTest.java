package uk.retain.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.region.RegionalReturn;
import uk.retain.region.RegionalReturnFile;
import uk.retain.region.SweHashes;
import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * The hub's pages and API for a regional analyst of the East of England, and the council's return page. Each test
 * uses its own la_code and reference date, as the returns stay in the database the page tests share.
 */
class RegionHubTest extends PageTest {

    static final byte[] KEY = "a region's key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    private static RequestPostProcessor analyst() {
        return SignedInAs.role(Role.REGIONAL_ANALYST);
    }

    /** The small bundle as if it were another council, made into its return. */
    private static RegionalReturn returnOf(String laCode, String region, LocalDate date) throws Exception {
        Register r = Bundles.read(SMALL);
        Register other = r.toBuilder().authority(new Authority(laCode, "Neighbourshire " + laCode, region)).build();
        return RegionalReturn.of(other, date, SweHashes.ofKey(KEY));
    }

    private static String text(String laCode, LocalDate date) throws Exception {
        return returnOf(laCode, "E12000006", date).text();
    }

    private int held(String laCode) {
        return jdbc.queryForObject("select count(*) from regional_return where la_code = ?", Integer.class, laCode);
    }

    private String importedAt(String laCode) {
        return jdbc.queryForObject("select cast(imported_at as varchar) from regional_return where la_code = ?", String.class, laCode);
    }

    private org.springframework.test.web.servlet.ResultActions apiPost(String body, boolean replace) throws Exception {
        var request = post("/api/v1/region/returns").contentType("application/json").content(body).with(analyst());
        if (replace) {
            request = request.param("replace", "true");
        }
        return mvc.perform(request);
    }

    @Test
    void theApiImportsAReturnRefusesASecondAndReplacesItWhenAsked() throws Exception {
        String first = text("881", LocalDate.of(2025, 9, 30));

        apiPost(first, false).andExpect(status().isCreated()).andExpect(jsonPath("$.la_code").value("881"))
                .andExpect(jsonPath("$.replaced").value(false));
        mvc.perform(get("/api/v1/region/returns").with(analyst())).andExpect(status().isOk())
                .andExpect(jsonPath("$.returns[?(@.la_code == '881')].reference_date").value("2025-09-30"));
        String importedAt = importedAt("881");

        apiPost(first, false).andExpect(status().isConflict()).andExpect(jsonPath("$.replaces.la_code").value("881"));
        assertThat(held("881")).isOne();
        assertThat(importedAt("881")).isEqualTo(importedAt);

        apiPost(first, true).andExpect(status().isCreated()).andExpect(jsonPath("$.replaced").value(true));
        assertThat(held("881")).isOne();
    }

    @Test
    void theApiRefusesAnInvalidReturnWithEveryProblemAndStoresNothing() throws Exception {
        String invalid = text("882", LocalDate.of(2025, 9, 29)).replace("\"version\" : 1", "\"version\" : 2")
                .replace("\"format\"", "\"names\" : [ \"Ann Smith\" ],\n  \"format\"");

        apiPost(invalid, true).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/version")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/names")));
        assertThat(held("882")).isZero();
    }

    @Test
    void theApiRefusesAReturnOfAnotherRegionOrOfACouncilHeld() throws Exception {
        apiPost(returnOf("883", "E12000007", LocalDate.of(2025, 9, 28)).text(), true).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/region_code")));
        assertThat(held("883")).isZero();

        apiPost(text("999", LocalDate.of(2025, 9, 28)), true).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/la_code")));
        assertThat(held("999")).isZero();
    }

    @Test
    void thePageShowsAnInvalidReturnsErrorsAndStoresNothing() throws Exception {
        String invalid = text("884", LocalDate.of(2025, 9, 27)).replace("\"version\" : 1", "\"version\" : 2");

        String page = mvc.perform(multipart("/region/returns")
                .file(new MockMultipartFile("return", "return.json", "application/json", invalid.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(analyst())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("govuk-error-summary", "return.json /version");
        assertThat(held("884")).isZero();
    }

    @Test
    void thePageAsksBeforeReplacingAndOnlyTheConfirmStores() throws Exception {
        String first = text("885", LocalDate.of(2025, 9, 26));
        mvc.perform(multipart("/region/returns").file(new MockMultipartFile("return", "return.json", "application/json",
                first.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(analyst())).andExpect(status().is3xxRedirection());
        assertThat(held("885")).isOne();
        String importedAt = importedAt("885");

        MockHttpSession session = new MockHttpSession();
        String ask = mvc.perform(multipart("/region/returns").file(new MockMultipartFile("return", "return.json", "application/json",
                first.getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()).with(analyst()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ask).contains("name=\"token\"");
        assertThat(importedAt("885")).as("nothing stored before the confirm").isEqualTo(importedAt);
        String token = ask.replaceAll("(?s).*name=\"token\"[^>]*value=\"([^\"]+)\".*", "$1");
        if (token.equals(ask)) {
            token = ask.replaceAll("(?s).*value=\"([^\"]+)\"[^>]*name=\"token\".*", "$1");
        }

        mvc.perform(post("/region/returns/confirm").param("token", token).session(session).with(csrf()).with(analyst()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("replaced", true));

        assertThat(held("885")).isOne();
    }

    @Test
    void theAgencyChecksShowCountsNeverAHashOrSweNumber() throws Exception {
        RegionalReturn imported = returnOf("886", "E12000006", LocalDate.of(2025, 9, 25));
        apiPost(imported.text(), true).andExpect(status().isCreated());

        String page = page("/region/agency-checks", analyst());

        for (var event : imported.events()) {
            assertThat(page).doesNotContain(event.sweHash());
        }
        for (Worker worker : registers.find("999").orElseThrow().register().workers()) {
            if (worker.sweNumber() != null) {
                assertThat(page).doesNotContain(worker.sweNumber().text());
            }
        }
        assertThat(page).doesNotContainPattern("[0-9a-f]{64}");
        assertThat(page).contains("Neighbourshire 886");
    }

    @Test
    void theCouncilPageDownloadsTheReturnWithA32ByteKey() throws Exception {
        byte[] body = mvc.perform(multipart("/regional-return")
                .file(new MockMultipartFile("key", "region.key", "application/octet-stream", "0123456789abcdef0123456789abcdef\n".getBytes()))
                .param("date-day", "30").param("date-month", "9").param("date-year", "2025")
                .with(csrf()).with(SignedInAs.role(Role.HR))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("regional-return-999-2025-09-30.json")))
                .andReturn().getResponse().getContentAsByteArray();

        RegionalReturn read = RegionalReturnFile.read("download.json", body);
        assertThat(read.laCode()).isEqualTo("999");
        assertThat(read.keyCheck()).isEqualTo(SweHashes.ofKey("0123456789abcdef0123456789abcdef".getBytes()).keyCheck());
    }

    @Test
    void theCouncilPageGivesTheErrorOnTheKeyFieldForAShortKey() throws Exception {
        String page = mvc.perform(multipart("/regional-return")
                .file(new MockMultipartFile("key", "region.key", "application/octet-stream", "too short".getBytes()))
                .param("date-day", "30").param("date-month", "9").param("date-year", "2025")
                .with(csrf()).with(SignedInAs.role(Role.HR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("govuk-error-summary", "id=\"key-error\"", "The key file must hold at least 32 bytes");
        assertThat(List.of(page.split("The key file must hold at least 32 bytes"))).hasSizeGreaterThanOrEqualTo(3);
    }
}
