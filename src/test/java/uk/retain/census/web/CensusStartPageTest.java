package uk.retain.census.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import uk.retain.census.CensusReturns;
import uk.retain.census.CensusXml;
import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Register;

/**
 * "Start from last year's return" (decision 0035): HR uploads a return, sees what was found and what the bundle
 * leaves out, and downloads a starting bundle that the bundle reader takes, audited; the register is not touched. A
 * bad file, or another authority's return, is an error on the field.
 */
class CensusStartPageTest extends PageTest {

    private byte[] ownReturn() {
        return CensusXml.write(CensusReturns.of(registers.find("999").orElseThrow().register(), CensusYear.of(2025),
                Instant.parse("2025-10-20T10:00:00Z")));
    }

    /** The liia-tools sample, SW and its digits as SWE numbers, as one authority's or another's. */
    private byte[] sample(String lea) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/census/dfe-csww-census-sample-return-2022_liia-tools.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<SWENo>[A-Za-z]{2}", "<SWENo>SW")
                    .replace("<LEA>301</LEA>", "<LEA>" + lea + "</LEA>").getBytes(StandardCharsets.UTF_8);
        }
    }

    private MockHttpServletResponse upload(byte[] xml, Role role, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/census/start").file(new MockMultipartFile("return", "census-2025.xml", "application/xml", xml))
                .with(csrf()).with(SignedInAs.role(role)).session(session)).andReturn().getResponse();
    }

    @Test
    void hrUploadsTheReturnSeesWhatWasFoundAndDownloadsABundleThatReadsBack() throws Exception {
        Register before = registers.find("999").orElseThrow().register();
        MockHttpSession session = new MockHttpSession();

        MockHttpServletResponse read = upload(ownReturn(), Role.HR, session);

        assertThat(read.getStatus()).isEqualTo(200);
        String page = read.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("What Retain found in census-2025.xml", "30 September 2025", "Workers in the bundle",
                "already has a register in Retain", "/census/start/bundle.zip",
                "Every record of the return is in the bundle", "The bundle&#39;s history is complete from 1 October 2024");
        MockHttpServletResponse download = mvc.perform(get("/census/start/bundle.zip").with(SignedInAs.role(Role.HR)).session(session))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).contains("bundle-999-from-census-2025.zip");
        Register bundle = Bundles.readZip("bundle.zip", download.getContentAsByteArray());
        assertThat(bundle.authority().laCode()).isEqualTo("999");
        assertThat(bundle.workers()).isNotEmpty();
        // Nothing reaches the register from here: the bundle goes through the import page's preview.
        assertThat(registers.find("999").orElseThrow().register()).isEqualTo(before);
        List<Map<String, Object>> events = audited();
        assertThat(events).extracting(event -> event.get("action")).containsExactly("VIEW", "EXPORT");
        assertThat((String) events.get(1).get("detail")).contains("starting bundle", "30 September 2025", bundle.workers().size() + " worker(s)");
    }

    @Test
    void theAdministratorTakesTheBundleToTheImportPagesPreview() throws Exception {
        MockHttpSession session = new MockHttpSession();
        upload(ownReturn(), Role.ADMINISTRATOR, session);
        byte[] zip = mvc.perform(get("/census/start/bundle.zip").with(SignedInAs.role(Role.ADMINISTRATOR)).session(session))
                .andReturn().getResponse().getContentAsByteArray();

        MockHttpServletResponse imported = mvc.perform(multipart("/import").file(new MockMultipartFile("bundle", "bundle.zip",
                "application/zip", zip)).with(csrf()).with(SignedInAs.role(Role.ADMINISTRATOR)).session(session)).andReturn().getResponse();

        // The normal import takes it, and first shows what it would change.
        assertThat(imported.getRedirectedUrl()).as(imported.getContentAsString(StandardCharsets.UTF_8)).startsWith("/import/preview/");
        String preview = mvc.perform(get(imported.getRedirectedUrl()).with(SignedInAs.role(Role.ADMINISTRATOR)).session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("teams.csv", "workers.csv");
    }

    @Test
    void whatTheBundleLeavesOutAndTheSchemasErrorsAreListedByRecord() throws Exception {
        String page = upload(sample("999"), Role.ADMINISTRATOR, new MockHttpSession()).getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Records and values left out or given a default (28)", "Record 3 (SW8098309864)",
                "Left out: RoleEndDate is after the return&#39;s 30 September", "Schema errors (12)", "QualLevel");
    }

    @Test
    void aBadFileOrAnotherAuthoritysReturnIsAnErrorOnTheField() throws Exception {
        MockHttpServletResponse notXml = upload("<Message><Header>".getBytes(StandardCharsets.UTF_8), Role.HR, new MockHttpSession());
        assertThat(notXml.getStatus()).isEqualTo(422);
        assertThat(notXml.getContentAsString(StandardCharsets.UTF_8)).contains("govuk-error-summary", "href=\"#return\"",
                "id=\"return-error\"", "govuk-file-upload--error", "is not a census return: it is not well-formed XML");

        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse other = upload(sample("301"), Role.HR, session);
        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8))
                .contains("the return of authority 301: upload a return of your own authority (999)");
        // Nothing was made, so there is nothing to download.
        MockHttpServletResponse download = mvc.perform(get("/census/start/bundle.zip").with(SignedInAs.role(Role.HR)).session(session))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(303);
        assertThat(download.getRedirectedUrl()).isEqualTo("/census/start");

        MockHttpServletResponse none = mvc.perform(multipart("/census/start").with(csrf()).with(SignedInAs.role(Role.HR)))
                .andReturn().getResponse();
        assertThat(none.getContentAsString(StandardCharsets.UTF_8)).contains("Select a census return (XML) to upload");
    }

    @Test
    void theCensusPageOffersItToHrAndTheWorkforceLeadIsRefused() throws Exception {
        assertThat(page("/census", SignedInAs.role(Role.HR))).contains("href=\"/census/start\"");
        assertThat(page("/census", SignedInAs.role(Role.WORKFORCE_LEAD))).doesNotContain("href=\"/census/start\"");
        assertThat(mvc.perform(get("/census/start").with(SignedInAs.role(Role.WORKFORCE_LEAD))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
