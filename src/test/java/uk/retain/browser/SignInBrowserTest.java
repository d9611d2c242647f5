package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;

/** Signing in and out, a wrong password, and the lockout. */
class SignInBrowserTest extends BrowserTest {

    @Test
    void signInPageIsAccessibleAndSignsInAndOut() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/sign-in"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Retain"))).isVisible();
        assertAccessible("the sign-in page");
        screenshot("sign-in");

        signIn("administrator");
        assertThat(page).hasURL(url("/import"));
        page.navigate(url("/users"));
        assertThat(page.getByText("Signed in as Ada Administrator")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("social.worker");
        assertAccessible("the users page");
        screenshot("users");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(url("/sign-in?signed-out"));
        assertThat(page.getByText("You have signed out.")).isVisible();
        page.navigate(url("/users"));
        assertThat(page).hasURL(url("/sign-in"));
    }

    @Test
    void aWrongPasswordIsAnErrorOnTheForm() {
        page.navigate(url("/sign-in"));
        page.getByLabel("User name").fill("hr.officer");
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page).hasURL(url("/sign-in?error=invalid"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter a correct user name and password");
        assertAccessible("the sign-in page with an error");
    }

    @Autowired
    Accounts accounts;

    @Test
    void fiveFailuresLockTheAccount() {
        // An account of its own: the demo users are shared with the other browser tests.
        if (!accounts.exists("lockout.test")) {
            accounts.create(new Account("lockout.test", "Lockout Test", Role.SENIOR_LEADER, "999", null, Set.of(), null), PASSWORD);
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            page.navigate(url("/sign-in"));
            page.getByLabel("User name").fill("lockout.test");
            page.getByLabel("Password").fill("wrong " + attempt);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        }
        signIn("lockout.test");
        assertThat(page).hasURL(url("/sign-in?error=locked"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("locked");
    }
}
