package uk.retain.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/** The users page binds its forms: adding a user, changing their role and scope, disabling them. */
class UsersPageTest extends PageTest {

    @Autowired
    Accounts accounts;

    private final Account admin = new Account("admin.999", "Admin", Role.ADMINISTRATOR, "999", null, Set.of(), null);

    @BeforeEach
    void noUsers() {
        jdbc.update("delete from app_user_team");
        jdbc.update("delete from app_user");
        accounts.create(admin, "a password long enough");
        accounts.create(new Account("elsewhere", "Elsewhere", Role.HR, "998", null, Set.of(), null), "a password long enough");
    }

    @Test
    void anAdministratorAddsAUser() throws Exception {
        mvc.perform(post("/users").with(SignedInAs.account(admin)).with(csrf()).param("username", "sam.worker")
                        .param("displayName", "Sam Worker").param("role", "social_worker").param("workerId", "W1")
                        .param("teams", "").param("password", "twelve chars!"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/users"));

        assertThat(accounts.find("sam.worker")).get().satisfies(stored -> {
            assertThat(stored.account().displayName()).isEqualTo("Sam Worker");
            assertThat(stored.account().role()).isEqualTo(Role.SOCIAL_WORKER);
            assertThat(stored.account().workerId()).isEqualTo("W1");
            assertThat(stored.account().laCode()).isEqualTo("999");
        });
        assertThat(audited()).anySatisfy(event -> assertThat(event).containsEntry("action", "CHANGE").containsEntry("subject_id", "sam.worker"));
    }

    @Test
    void anAdministratorChangesARoleAndDisablesAUser() throws Exception {
        accounts.create(new Account("kim", "Kim", Role.SOCIAL_WORKER, "999", null, Set.of(), "W1"), "a password long enough");

        mvc.perform(post("/users/kim").with(SignedInAs.account(admin)).with(csrf()).param("role", "team_manager")
                        .param("teams", "T1, T2").param("workerId", "W1").param("access", "disabled"))
                .andExpect(redirectedUrl("/users"));

        assertThat(accounts.find("kim")).get().satisfies(stored -> {
            assertThat(stored.account().role()).isEqualTo(Role.TEAM_MANAGER);
            assertThat(stored.account().teamIds()).containsExactlyInAnyOrder("T1", "T2");
            // A team manager in the register stays that worker, so that their name and record agree (issue 20, item 10).
            assertThat(stored.account().workerId()).isEqualTo("W1");
            assertThat(stored.enabled()).isFalse();
        });
        assertThat(audited()).singleElement().satisfies(event -> assertThat((String) event.get("detail"))
                .contains("social_worker -> team_manager").contains("disabled"));
    }

    @Test
    void aRoleWithoutAWorkerInTheRegisterKeepsNoWorkerId() throws Exception {
        accounts.create(new Account("kim", "Kim", Role.TEAM_MANAGER, "999", null, Set.of("T1"), "W1"), "a password long enough");

        mvc.perform(post("/users/kim").with(SignedInAs.account(admin)).with(csrf()).param("role", "hr")
                        .param("teams", "T1").param("workerId", "W1").param("access", "enabled"))
                .andExpect(redirectedUrl("/users"));

        assertThat(accounts.find("kim").orElseThrow().account().workerId()).isNull();
    }

    @Test
    void theUsersPageListsTheRegionalAnalystsOfTheAuthoritysRegionWithoutAChangeLink() throws Exception {
        // The small bundle's authority 999 is in the East of England (E12000006).
        accounts.create(new Account("rory", "Rory Regional Analyst", Role.REGIONAL_ANALYST, null, "E12000006", Set.of(), null),
                "a password long enough");
        accounts.create(new Account("north.west", "Elsewhere Analyst", Role.REGIONAL_ANALYST, null, "E12000002", Set.of(), null),
                "a password long enough");

        String page = mvc.perform(get("/users").with(SignedInAs.account(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(uk.retain.support.Html.table(page, "Users of this authority")).extracting(row -> row.get(0))
                .containsExactly("admin.999", "rory");
        assertThat(page).contains("Rory Regional Analyst").doesNotContain("href=\"/users/rory\"").doesNotContain("north.west");
        mvc.perform(get("/users/rory").with(SignedInAs.account(admin))).andExpect(status().isNotFound());
    }

    @Test
    void aTeamManagerWithoutTeamsIsAnErrorOnTheFieldAndNothingChanges() throws Exception {
        accounts.create(new Account("kim", "Kim", Role.SOCIAL_WORKER, "999", null, Set.of(), "W1"), "a password long enough");

        String page = mvc.perform(post("/users/kim").with(SignedInAs.account(admin)).with(csrf()).param("role", "team_manager")
                        .param("teams", " ").param("access", "enabled"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"teams-error\"").contains("Enter the teams a team manager manages");
        assertThat(accounts.find("kim").orElseThrow().account().role()).isEqualTo(Role.SOCIAL_WORKER);
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorSeeAnotherAuthoritysUser() throws Exception {
        mvc.perform(post("/users/admin.999").with(SignedInAs.account(admin)).with(csrf()).param("role", "administrator")
                        .param("access", "disabled"))
                .andExpect(status().isOk());
        assertThat(accounts.find("admin.999").orElseThrow().enabled()).isTrue();

        mvc.perform(get("/users/elsewhere").with(SignedInAs.account(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/users/nobody").with(SignedInAs.account(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/users/elsewhere").with(SignedInAs.account(admin)).with(csrf()).param("role", "hr")
                .param("access", "disabled")).andExpect(status().isNotFound());
        assertThat(accounts.find("elsewhere").orElseThrow().enabled()).isTrue();
    }
}
