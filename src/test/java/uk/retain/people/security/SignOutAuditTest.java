package uk.retain.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.support.PageTest;

/** Signing out is in the audit trail beside signing in, and ends the session. */
class SignOutAuditTest extends PageTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    Accounts accounts;

    @Test
    void aSignOutIsAuditedAndEndsTheSession() throws Exception {
        if (!accounts.exists("sign.out.test")) {
            accounts.create(new Account("sign.out.test", "Sign Out", Role.HR, "999", null, Set.of(), null), PASSWORD);
        }
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/sign-in").user("sign.out.test").password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();

        mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));

        assertThat(audited()).extracting(event -> event.get("username") + " " + event.get("action") + " " + event.get("la_code"))
                .containsExactly("sign.out.test SIGN_IN 999", "sign.out.test SIGN_OUT 999");
        mvc.perform(get("/teams").session(session)).andExpect(redirectedUrl("/sign-in"));
    }
}
