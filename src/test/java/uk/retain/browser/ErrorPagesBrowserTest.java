package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * What a person sees when a page cannot be shown: the GOV.UK page of a refusal (403) or of a page not found (404),
 * never a JSON document; and a date in the address that is not one, as an error on the page's date field.
 */
class ErrorPagesBrowserTest extends BrowserTest {

    private Response open(String path) {
        return page.navigate(url(path));
    }

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
    }

    @Test
    void rolesWithoutTheDashboardSeeTheNoAccessPage() {
        for (String user : new String[] {"social.worker", "team.manager", "administrator"}) {
            context.clearCookies();
            signIn(user);
            Response response = open("/dashboard");

            assertThat(response.status()).as(user).isEqualTo(403);
            assertThat(response.headerValue("content-type")).as(user).startsWith("text/html");
            heading("You do not have access to this page");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
            assertAccessible("the dashboard refused to " + user);
            screenshot("refused-dashboard-" + user.replace('.', '-'));
        }
    }

    @Test
    void aPageThatIsNotThereIsTheNotFoundPage() {
        signIn("hr.officer");
        Response response = open("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headerValue("content-type")).startsWith("text/html");
        heading("Page not found");
        assertAccessible("the page not found");
        screenshot("not-found");
    }

    @Test
    void aBadDateOnTheDashboardIsAnErrorOnItsDateField() {
        signIn("hr.officer");
        Response response = open("/dashboard?date=2025-13-45");

        assertThat(response.status()).isEqualTo(400);
        assertThat(page).hasTitle("Error: Workforce dashboard – Retain");
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(page.locator("#date-error")).containsText("Select a reference date from the list");
        assertThat(page.getByLabel("Reference date")).hasValue("2025-09-30");
        assertAccessible("the dashboard with a bad date");
        screenshot("dashboard-bad-date");
        summary.getByRole(AriaRole.LINK).click();
        assertThat(page.getByLabel("Reference date")).isFocused();
    }

    @Test
    void aBadDateOnTheCaseloadsPageIsAnErrorOnItsDateField() {
        signIn("team.manager");
        page.locator("tbody a").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Caseloads against capacity")).click();
        String caseloads = page.url().replaceAll("\\?.*", "");
        Response response = open(caseloads.substring(caseloads.indexOf("/teams/")) + "?date=30/09/2025");

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a real date");
        assertThat(page.getByLabel("Show the caseloads on")).hasValue("30/09/2025");
        assertAccessible("the caseloads page with a bad date");
        screenshot("caseloads-bad-date");
        page.getByLabel("Show the caseloads on").fill("2025-09-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show caseloads")).click();
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
        heading("Caseloads");
    }
}
