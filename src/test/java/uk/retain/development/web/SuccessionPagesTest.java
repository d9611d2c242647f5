package uk.retain.development.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.development.Readiness;
import uk.retain.development.Succession;
import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.JobRole;

/**
 * Removing a successor and a critical role on the succession page, on the small bundle: the workforce lead removes
 * them (post-redirect-get, a banner naming what went, an audit record naming it), HR and others may not, a removal
 * of what is gone already answers a page saying so, and an import of a bundle exported before brings it back (as
 * the page says).
 */
class SuccessionPagesTest extends PageTest {

    static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);
    static final RequestPostProcessor HR = SignedInAs.role(Role.HR);
    static final RequestPostProcessor ADMIN = SignedInAs.role(Role.ADMINISTRATOR);

    @Autowired
    Succession succession;

    long role;

    /** The other page tests share the database: each of these leaves it without succession plans. */
    @AfterEach
    void noPlans() {
        jdbc.update("delete from successor");
        jdbc.update("delete from critical_role");
    }

    @BeforeEach
    void plan() {
        noPlans();
        role = succession.addRole("999", "Team manager, North CP", null, JobRole.TEAM_MANAGER, "T1", "lead");
        succession.nameSuccessor("999", role, "W1", Readiness.READY_NOW, "lead");
        succession.nameSuccessor("999", role, "W2", Readiness.ONE_TO_TWO_YEARS, "lead");
    }

    private List<String> successors() {
        return succession.successors("999").getOrDefault(role, List.of()).stream().map(Succession.Successor::workerId).toList();
    }

    private List<Map<String, Object>> removals() {
        return audited().stream().filter(e -> "critical_role".equals(e.get("subject_type"))).toList();
    }

    @Test
    void theLeadRemovesASuccessorAndTheBannerAndAuditNameThem() throws Exception {
        Document page = Jsoup.parse(page("/succession", LEAD));
        String action = "/succession/roles/" + role + "/successors/W1/remove";
        assertThat(page.select("form[action=" + action + "] button").text()).isEqualTo("Remove Ann Smith as a successor of Team manager, North CP");
        assertThat(page.select("form[action=" + action + "] input[name=_csrf]")).hasSize(1);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(action).with(LEAD).with(csrf()).session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/succession")).andExpect(flash().attributeExists("removed"));
        assertThat(successors()).containsExactly("W2");
        String after = mvc.perform(get("/succession").with(LEAD).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(after).select(".govuk-notification-banner__heading").text())
                .isEqualTo("Ann Smith is no longer a successor of Team manager, North CP.");
        assertThat(after).contains("importing that bundle names it again");
        assertThat(removals()).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("CHANGE");
            assertThat(e.get("la_code")).isEqualTo("999");
            assertThat(e.get("subject_id")).isEqualTo(String.valueOf(role));
            assertThat(e.get("detail")).isEqualTo("removed successor W1 ready_now of Team manager, North CP (RET-" + role + ")");
        });
    }

    @Test
    void theLeadRemovesARoleWithItsSuccessors() throws Exception {
        assertThat(Jsoup.parse(page("/succession", LEAD)).select("form[action=/succession/roles/" + role + "/remove] button").text())
                .isEqualTo("Remove role Team manager, North CP");
        mvc.perform(post("/succession/roles/" + role + "/remove").with(LEAD).with(csrf())).andExpect(redirectedUrl("/succession"))
                .andExpect(flash().attribute("removed", new SuccessionController.Removed("succession.roleRemoved", null, "Team manager, North CP")));
        assertThat(succession.roles("999")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from successor", Integer.class)).isZero();
        assertThat(removals()).singleElement().satisfies(e -> assertThat(e.get("detail"))
                .isEqualTo("removed Team manager, North CP (RET-" + role + ") with successor(s) [W1 ready_now, W2 one_to_two_years]"));
    }

    @Test
    void onlyTheLeadRemovesAndHrSeesNoButtons() throws Exception {
        assertThat(Jsoup.parse(page("/succession", HR)).select("form[action$=/remove]")).isEmpty();
        mvc.perform(post("/succession/roles/" + role + "/successors/W1/remove").with(HR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/succession/roles/" + role + "/remove").with(HR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/succession/roles/" + role + "/remove").with(LEAD)).andExpect(status().isForbidden());
        assertThat(successors()).containsExactly("W1", "W2");
        assertThat(removals()).isEmpty();
    }

    @Test
    void aRemovalOfWhatIsGoneAlreadySaysSoAndChangesNothing() throws Exception {
        mvc.perform(post("/succession/roles/" + role + "/successors/W1/remove").with(LEAD).with(csrf())).andExpect(status().is3xxRedirection());
        for (String stale : List.of("/succession/roles/" + role + "/successors/W1/remove", "/succession/roles/" + role + "/successors/W3/remove",
                "/succession/roles/" + (role + 1000) + "/remove")) {
            String answer = mvc.perform(post(stale).with(LEAD).with(csrf())).andExpect(status().isConflict()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(answer).select("h1").text()).isEqualTo("Already removed");
            assertThat(answer).contains("href=\"/succession\"");
        }
        mvc.perform(post("/succession/roles/" + role + "/remove").with(LEAD).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/succession/roles/" + role + "/remove").with(LEAD).with(csrf())).andExpect(status().isConflict());
        assertThat(removals()).hasSize(2);
    }

    @Test
    void aBundleExportedBeforeTheRemovalNamesTheSuccessorAgain() throws Exception {
        byte[] zip = mvc.perform(get("/api/v1/authorities/999/bundle.zip").with(ADMIN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        mvc.perform(post("/succession/roles/" + role + "/successors/W1/remove").with(LEAD).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(successors()).containsExactly("W2");
        registers.replace(Bundles.readZip("999-bundle.zip", zip));
        assertThat(successors()).containsExactlyInAnyOrder("W1", "W2");
    }
}
