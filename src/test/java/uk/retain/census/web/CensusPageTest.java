package uk.retain.census.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.retain.census.CensusXml;
import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * The census page and API on the small bundle (the XML for HR only, the checks for the workforce lead too), whose workers W4 and TM1 have no birth date: the checks say what to
 * fix and where, nothing is offered until they pass, and then the XML validates and its download is audited.
 */
class CensusPageTest extends PageTest {

    private static final String API = "/api/v1/authorities/999/census?date=" + CENSUS;

    /** The small bundle with the two missing birth dates given. */
    private void fixed() throws Exception {
        importChanged("workers.csv", text -> text.replace("2010-09-01,,9,BAFR", "2010-09-01,1975-04-05,9,BAFR")
                .replace("2005-01-01,,2,AIND", "2005-01-01,1970-06-07,2,AIND"));
    }

    private MockHttpServletResponse get(String url, Role role) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).with(SignedInAs.role(role)))
                .andReturn().getResponse();
    }

    @Test
    void theChecksSayWhatToFixAndWhereAndNothingIsOfferedUntilTheyPass() throws Exception {
        String page = page("/census?year=2025", SignedInAs.role(Role.HR));

        assertThat(page).contains("Census return", "The return for 30 September 2025",
                "Give the worker&#39;s date of birth: it is required for council staff.", "workers.csv, column date_of_birth",
                "href=\"/workers/W4\"", "SW0000000004", "href=\"/workers/TM1\"", "Must be fixed", "Not held in Retain");
        assertThat(page).doesNotContain("/census/return.xml");
        MockHttpServletResponse download = get("/census/return.xml?year=2025", Role.HR);
        assertThat(download.getStatus()).isEqualTo(303);
        assertThat(download.getRedirectedUrl()).isEqualTo("/census?year=2025");
        assertThat(audited()).extracting(event -> event.get("action")).containsExactly("VIEW");
    }

    @Test
    void oncePassingTheReturnIsDownloadedValidAndAudited() throws Exception {
        fixed();
        assertThat(page("/census?year=2025", SignedInAs.role(Role.HR))).contains("/census/return.xml?year=2025");
        // The workforce lead sees that it passes, but the return's personal details are for HR only.
        assertThat(page("/census?year=2025", SignedInAs.role(Role.WORKFORCE_LEAD))).doesNotContain("/census/return.xml")
                .contains("so HR downloads it");
        assertThat(get("/census/return.xml?year=2025", Role.WORKFORCE_LEAD).getStatus()).isEqualTo(403);

        MockHttpServletResponse download = get("/census/return.xml?year=2025", Role.HR);

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).startsWith("application/xml");
        assertThat(download.getHeader("Content-Disposition")).contains("census-999-2025-09-30.xml");
        byte[] xml = download.getContentAsByteArray();
        assertThat(CensusXml.validate(xml)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<SWENo>SW0000000004</SWENo>", "<PersonBirthDate>1975-04-05</PersonBirthDate>");
        List<Map<String, Object>> events = audited();
        assertThat(events).last().satisfies(event -> {
            assertThat(event.get("action")).isEqualTo("EXPORT");
            assertThat(event.get("subject_type")).isEqualTo("census");
            assertThat((String) event.get("detail")).contains("30 September 2025", "from the census page");
        });
    }

    @Test
    void aYearThatIsNotOneIsAnErrorOnTheField() throws Exception {
        String page = page("/census?year=20x5", SignedInAs.role(Role.HR));

        assertThat(page).contains("govuk-error-summary", "href=\"#year\"", "id=\"year-error\"", "govuk-input--error",
                "Enter a census year as 4 digits");
        assertThat(page).doesNotContain("Pre-submission checks");
    }

    @Test
    void theApiGivesTheFailedChecksThenTheXml() throws Exception {
        MockHttpServletResponse refused = get(API, Role.HR);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"check\":\"birth_date_missing\"", "\"worker_id\":\"W4\"",
                "\"file\":\"workers.csv\"", "\"column\":\"date_of_birth\"");

        fixed();
        assertThat(get(API, Role.WORKFORCE_LEAD).getStatus()).isEqualTo(403);
        MockHttpServletResponse given = get(API, Role.HR);
        assertThat(given.getStatus()).isEqualTo(200);
        assertThat(CensusXml.validate(given.getContentAsByteArray())).isEmpty();
        assertThat(audited()).last().satisfies(event -> assertThat((String) event.get("detail")).contains("over the API"));
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        MockHttpServletResponse document = get("/v3/api-docs", Role.HR);
        assertThat(document.getStatus()).isEqualTo(200);
        assertThat(document.getContentAsString()).contains("/api/v1/authorities/{laCode}/census");
    }

    @Test
    void theApiRefusesOtherRolesOtherAuthoritiesAndOtherDays() throws Exception {
        fixed();
        assertThat(get(API, Role.SENIOR_LEADER).getStatus()).isEqualTo(403);
        assertThat(get(API, Role.REGIONAL_ANALYST).getStatus()).isIn(403, 404);
        assertThat(get("/api/v1/authorities/998/census?date=" + CENSUS, Role.HR).getStatus()).isEqualTo(404);
        MockHttpServletResponse notACensusDate = get("/api/v1/authorities/999/census?date=2025-09-29", Role.HR);
        assertThat(notACensusDate.getStatus()).isEqualTo(400);
        assertThat(notACensusDate.getContentAsString()).contains("30 September");
        assertThat(get("/census", Role.SENIOR_LEADER).getStatus()).isEqualTo(403);
        assertThat(audited()).isEmpty();
    }
}
