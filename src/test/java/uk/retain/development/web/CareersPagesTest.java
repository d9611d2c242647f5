package uk.retain.development.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.development.Transfers;
import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * The development and careers pages on the small bundle: who sees whom, what each says, and what is audited. The
 * small bundle has no development.csv, so every worker has no CPD and no statement evidenced.
 */
class CareersPagesTest extends PageTest {

    static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);
    static final RequestPostProcessor EVE = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    static final RequestPostProcessor ANN = SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1");

    @Autowired
    Transfers transfers;

    @Test
    void theCpdPageListsTheViewersWorkersWithNoCpd() throws Exception {
        String lead = page("/development", LEAD);
        assertThat(lead).contains("No CPD in the last 12 months").contains("Ann Smith").contains("Bob Jones");
        String manager = page("/development", EVE);
        // W3 is in T2 only: not the manager's.
        assertThat(manager).contains("Ann Smith").doesNotContain(">Jones, ").doesNotContain("W3");
        assertThat(audited()).anySatisfy(event -> assertThat(event.get("subject_type")).isEqualTo("development"));
    }

    @Test
    void thePathwayShowsBothRoutesSideBySide() throws Exception {
        String page = page("/career-pathway", LEAD);
        assertThat(page).contains("Practice route").contains("Management route").contains("Advanced practitioner")
                .contains("Team manager").contains("Save minimum times");
        assertThat(page("/career-pathway", EVE)).doesNotContain("Save minimum times");
    }

    @Test
    void aWorkersCareerPageShowsTheirLevelAndCriteria() throws Exception {
        String page = page("/workers/W1/career", ANN);
        assertThat(page).contains("Senior social worker, since 1 April 2025").contains("Progression criteria")
                .contains("Practice educator stage 1");
        mvc.perform(get("/workers/W3/career").with(ANN)).andExpect(status().isNotFound());
        mvc.perform(get("/workers/W3/career").with(EVE)).andExpect(status().isNotFound());
    }

    @Test
    void thePrioritiesTableMarksThinEvidence() throws Exception {
        String page = page("/practice-priorities", LEAD);
        assertThat(page).contains("Assessment").contains("Core groups").contains("Writing plans").contains("Thin")
                .contains("North CP").contains("South CIN");
    }

    @Test
    void aTransferRequestExplainsTheRuleAndOffersTheManagersTheirAnswers() throws Exception {
        jdbc.update("delete from transfer_request");
        long id = transfers.insert("999", "W1", "T1", "T2", "closer to home", LocalDate.of(2026, 1, 5), "ann");
        String manager = page("/transfers/" + id, EVE);
        assertThat(manager).contains("The current team manager has not answered yet").contains("As the current team manager")
                .doesNotContain("As the receiving team manager");
        assertThat(page("/transfers", EVE)).contains("Ann Smith").contains("Waiting for a decision");
        String own = page("/transfers/" + id, ANN);
        assertThat(own).contains("Withdraw my request").doesNotContain("Save the decision");
    }
}
