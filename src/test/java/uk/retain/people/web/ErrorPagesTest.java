package uk.retain.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import jakarta.servlet.RequestDispatcher;
import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * Every page address answers a GOV.UK page, errors included, whatever the request accepts; only the API's addresses
 * answer problem documents (RFC 9457).
 */
class ErrorPagesTest extends PageTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SOCIAL_WORKER", "TEAM_MANAGER", "ADMINISTRATOR"})
    void aRoleWithoutTheDashboardGetsTheNoAccessPage(Role role) throws Exception {
        for (String accept : new String[] {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_JSON_VALUE, "*/*"}) {
            String html = mvc.perform(get("/dashboard").accept(accept).with(SignedInAs.role(role, Set.of("T1"), "W1")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

            assertThat(html).as("accepting " + accept)
                    .contains("<title>You do not have access to this page – Retain</title>")
                    .contains("<h1 class=\"govuk-heading-l\">You do not have access to this page</h1>")
                    .contains("class=\"govuk-service-navigation__list\"")
                    .contains("Sign out")
                    .doesNotContain("\"status\"", "Forbidden");
        }
    }

    @Test
    void aPageNotThereOrNotTheViewersIsTheNotFoundPage() throws Exception {
        var hr = SignedInAs.role(Role.HR);
        for (String url : new String[] {"/no-such-page", "/dashboard?la=383", "/teams/T9/caseloads", "/workers/W99"}) {
            String html = mvc.perform(get(url).accept(MediaType.APPLICATION_JSON).with(hr))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(url).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/teams?date=30/09/2025", "/teams/T1?date=2025-02-30", "/teams/T1/caseloads.csv?date=1899-12-31",
        "/dashboard/headline.csv?date=2025-10-31", "/continuity?date=tomorrow"})
    void aBadDateWhereThePageHasNoDateFieldIsTheGovukBadAddressPage(String url) throws Exception {
        String html = mvc.perform(get(url).with(SignedInAs.role(Role.HR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Sorry, there is a problem with the web address</h1>");
    }

    @Test
    void theApiAnswersProblemDocuments() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML).with(SignedInAs.role(Role.HR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/authorities/999/measures?date=30/09/2025").accept(MediaType.TEXT_HTML).with(SignedInAs.role(Role.HR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/authorities/999/measures?date=2025-09-30").with(SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theContainersErrorAddressDecidesByTheAddressThatFailed() throws Exception {
        // What the servlet container forwards to /error after a security filter refuses a page, or an exception.
        String html = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/users")
                        .with(SignedInAs.role(Role.HR)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h1 class=\"govuk-heading-l\">You do not have access to this page</h1>");

        String failed = mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/teams"))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(failed).contains("Sorry, there is a problem with the service").doesNotContain("Exception", "trace");

        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/authorities/999/measures"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
