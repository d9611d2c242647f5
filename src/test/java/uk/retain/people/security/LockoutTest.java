package uk.retain.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.support.PageTest;

/**
 * The lockout with HTTP Basic on the API and with the sign-in form: a lock or a disable ends a remembered password at
 * once, and every failed attempt is audited with why.
 */
class LockoutTest extends PageTest {

    private static final String PASSWORD = "a password long enough";

    @Autowired
    Accounts accounts;

    private String account() {
        String name = "lockout." + System.nanoTime();
        accounts.create(new Account(name, "Lockout Test", Role.HR, "999", null, Set.of(), null), PASSWORD);
        return name;
    }

    private int api(String name, String password) throws Exception {
        return mvc.perform(get("/api/v1/authorities").with(httpBasic(name, password))).andReturn().getResponse().getStatus();
    }

    private List<String> failures(String name) {
        return audited().stream().filter(event -> name.equals(event.get("username")) && "SIGN_IN_FAILED".equals(event.get("action")))
                .map(event -> (String) event.get("detail")).toList();
    }

    @Test
    void aLockEndsARememberedPasswordOnTheApiAtOnce() throws Exception {
        String name = account();
        assertThat(api(name, PASSWORD)).isEqualTo(200); // checked, and remembered for a minute

        for (int i = 0; i < Accounts.MAX_FAILED_SIGN_INS; i++) {
            assertThat(api(name, "wrong " + i)).isEqualTo(401);
        }
        assertThat(accounts.find(name).orElseThrow().lockedUntil()).isNotNull();

        assertThat(api(name, PASSWORD)).as("the right password, remembered before the lock").isEqualTo(401);
        assertThat(failures(name)).containsExactly("wrong password; HTTP Basic", "wrong password; HTTP Basic",
                "wrong password; HTTP Basic", "wrong password; HTTP Basic", "wrong password; HTTP Basic", "locked; HTTP Basic");
    }

    @Test
    void aDisableEndsARememberedPasswordOnTheApiAtOnce() throws Exception {
        String name = account();
        assertThat(api(name, PASSWORD)).isEqualTo(200);

        accounts.setEnabled(name, false);

        assertThat(api(name, PASSWORD)).isEqualTo(401);
        assertThat(failures(name)).containsExactly("disabled; HTTP Basic");
    }

    @Test
    void aChangeOfRoleIsTakenAtTheNextCall() throws Exception {
        String name = account();
        assertThat(mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS).with(httpBasic(name, PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        accounts.update(new Account(name, "Lockout Test", Role.SOCIAL_WORKER, "999", null, Set.of(), "W1"));

        assertThat(mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS).with(httpBasic(name, PASSWORD)))
                .andReturn().getResponse().getStatus()).as("a social worker sees no aggregates").isEqualTo(403);
    }

    @Test
    void theSignInFormAuditsEveryAttemptWithWhy() throws Exception {
        String name = account();
        for (int i = 0; i < Accounts.MAX_FAILED_SIGN_INS; i++) {
            mvc.perform(formLogin("/sign-in").user(name).password("wrong " + i)).andExpect(redirectedUrl("/sign-in?error=invalid"));
        }
        mvc.perform(formLogin("/sign-in").user(name).password(PASSWORD)).andExpect(redirectedUrl("/sign-in?error=locked"));

        assertThat(failures(name)).hasSize(6).endsWith("locked; sign-in form").first().isEqualTo("wrong password; sign-in form");

        String disabled = account();
        accounts.setEnabled(disabled, false);
        mvc.perform(formLogin("/sign-in").user(disabled).password(PASSWORD)).andExpect(status().is3xxRedirection());
        assertThat(failures(disabled)).containsExactly("disabled; sign-in form");
        mvc.perform(formLogin("/sign-in").user("nobody." + System.nanoTime()).password(PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error=invalid"));
        assertThat(audited()).filteredOn(event -> String.valueOf(event.get("username")).startsWith("nobody."))
                .extracting(event -> event.get("detail")).containsExactly("unknown user; sign-in form");
    }

    @Test
    void aFloodOfAttemptsIsRecordedAFewTimesNotEachTime() throws Exception {
        String name = account();
        long start = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            assertThat(api(name, "wrong " + i)).isEqualTo(401); // five wrong, then locked
        }
        long tensOfSeconds = (System.nanoTime() - start) / 10_000_000_000L;

        List<Map<String, Object>> written = audited().stream().filter(event -> name.equals(event.get("username"))).toList();
        // The five wrong passwords and the first attempt after the lock; one more for each ten seconds the loop took.
        assertThat(written).hasSizeBetween(FailedSignInAudit.FIRST_FEW + 1, (int) (FailedSignInAudit.FIRST_FEW + 1 + tensOfSeconds));
        assertThat(written.get(FailedSignInAudit.FIRST_FEW)).containsEntry("detail", "locked; HTTP Basic");
        assertThat(accounts.find(name).orElseThrow().lockedUntil()).as("every attempt still counts to the lockout").isNotNull();
    }
}
