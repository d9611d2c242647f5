package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The administrator adds a user, changes their role and disables them, every page checked by axe. */
class UsersBrowserTest extends BrowserTest {

    @Test
    void addChangeAndDisableAUser() {
        signIn("administrator");
        page.navigate(url("/users"));
        page.getByLabel("User name").fill("new.worker");
        page.getByLabel("Full name").fill("Nia New");
        page.getByLabel("Role").selectOption("social_worker");
        page.getByLabel("Their worker ID in the register").fill("W00001");
        page.getByLabel("First password").fill("a first password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("User new.worker was added.");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Nia New");
        assertAccessible("the users page after adding a user");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("new.worker")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Change user new.worker");
        assertAccessible("the change user page");
        page.getByLabel("Role").selectOption("team_manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        // A team manager needs teams: the error is on the field.
        assertThat(page.locator("#teams-error")).containsText("Enter the teams a team manager manages");
        assertAccessible("the change user page with an error");
        page.getByLabel("Teams they manage").fill("T01");
        page.getByLabel("Disabled: cannot sign in").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("User new.worker was changed.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Nia New")))
                .containsText("team_manager");
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Nia New")))
                .containsText("disabled");
        screenshot("administrator-user-changed");

        // The disabled user cannot sign in.
        context.clearCookies();
        page.navigate(url("/sign-in"));
        page.getByLabel("User name").fill("new.worker");
        page.getByLabel("Password").fill("a first password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in\\?error.*"));
    }
}
