package uk.retain.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/** What every page's layout carries: a title naming the service once, and the beta banner's feedback link. */
class LayoutPageTest extends PageTest {

    @Test
    void theSignInPageNamesTheServiceOnceInItsTitle() throws Exception {
        String html = mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<title>Sign in – Retain</title>")
                .contains("<h1 class=\"govuk-heading-l\">Sign in to Retain</h1>");
        assertThat(mvc.perform(get("/sign-in?error=invalid")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<title>Error: Sign in – Retain</title>");
    }

    @Test
    void theBetaBannerLinksToFeedbackByEmail() throws Exception {
        // retain.feedback.email is a placeholder by default (README): a council sets its own address.
        for (String html : new String[] {
            mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
            page("/teams", SignedInAs.role(Role.HR))}) {
            int banner = html.indexOf("<p class=\"govuk-phase-banner__content\">");
            assertThat(banner).isNotNegative();
            assertThat(Html.text(html.substring(banner, html.indexOf("</p>", banner))))
                    .startsWith("Beta This is a new service. Help us improve it and give your feedback by email");
            assertThat(html).contains("<a class=\"govuk-link\" href=\"mailto:feedback@retain.invalid\">give your feedback by email</a>.");
        }
    }
}
