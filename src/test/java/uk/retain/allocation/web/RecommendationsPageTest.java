package uk.retain.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Register;

/**
 * The recommendations page as a team manager reads it at the end of the day: reasons in words with names, and each
 * card worked out again after every case accepted or changed.
 */
class RecommendationsPageTest extends PageTest {

    static final RequestPostProcessor MANAGER_OF_T1 = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);

    /** Two more front-door cases: K6, a sibling of K1 (Ann Smith's) and K2 (Bob Jones's), and K7. */
    private void threeWaiting() throws Exception {
        importChanged("cases.csv", text -> text + "K6,C006,F1,child_in_need,false,2025-09-20,\nK7,C007,,assessment,false,2025-09-21,\n");
    }

    private String recommendations(MockHttpSession session) throws Exception {
        return mvc.perform(get("/teams/T1/recommendations").with(MANAGER_OF_T1).session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The details of one case's card. */
    private static String card(String page, String caseId) {
        Matcher card = Pattern.compile("<details class=\"govuk-details\" id=\"case-" + caseId + "\">(.*?)</details>", Pattern.DOTALL)
                .matcher(page);
        if (!card.find()) {
            throw new AssertionError("no card for case " + caseId);
        }
        return card.group(1);
    }

    /** The worker a card recommends, by name, from its summary "Case K6: Ann Smith". */
    private static String worker(String card) {
        Matcher summary = Pattern.compile("<span class=\"govuk-details__summary-text\">Case \\w+: ([^<]+)</span>").matcher(card);
        assertThat(summary.find()).isTrue();
        return Html.text(summary.group(1));
    }

    /** The card's reasons, in words. */
    private static List<String> reasons(String card) {
        Matcher list = Pattern.compile("<ul class=\"govuk-list govuk-list--bullet\">(.*?)</ul>", Pattern.DOTALL).matcher(card);
        assertThat(list.find()).isTrue();
        List<String> reasons = new ArrayList<>();
        Matcher item = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(list.group(1));
        while (item.find()) {
            reasons.add(Html.text(item.group(1)));
        }
        return reasons;
    }

    /** How many open cases the worker named holds as primary today. */
    private long casesHeldBy(String name) {
        Register register = registers.find("999").orElseThrow().register();
        String workerId = register.workers().stream().filter(w -> (w.givenName() + " " + w.familyName()).equals(name))
                .findFirst().orElseThrow().workerId();
        LocalDate today = LocalDate.now();
        return register.allocations().stream().filter(a -> a.isPrimary() && a.inForceOn(today) && a.workerId().equals(workerId)
                && register.cases().stream().anyMatch(c -> c.caseId().equals(a.caseId()) && c.openOn(today))).count();
    }

    /** Every card left says what accepting it now would do, from the worker's cases as they stand. */
    private void everyCardIsUpToDate(String page, List<String> caseIds) {
        for (String caseId : caseIds) {
            String card = card(page, caseId);
            long now = casesHeldBy(worker(card));
            assertThat(Html.text(card)).as("card of %s", caseId).contains("If you accept it now From " + now + " to " + (now + 1) + " cases of ");
        }
    }

    @Test
    void reasonsAreWordsWithNamesAndNeverNameTheCardsOwnWorker() throws Exception {
        threeWaiting();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(MANAGER_OF_T1).session(session));

        String page = recommendations(session);

        String k6 = card(page, "K6");
        String worker = worker(k6);
        String other = worker.equals("Ann Smith") ? "Bob Jones" : "Ann Smith";
        assertThat(reasons(k6)).contains("Keeps siblings together", other + " holds a sibling's case")
                .anyMatch(reason -> reason.startsWith("Lowest load in North CP once all these recommendations are accepted ("))
                .noneMatch(reason -> reason.contains(worker));
        for (String caseId : List.of("K5", "K6", "K7")) {
            assertThat(reasons(card(page, caseId))).as("no worker or team id in the words of %s", caseId)
                    .noneMatch(reason -> reason.matches(".*\\b(W|T|TM)\\d\\b.*"));
        }
    }

    @Test
    void afterEveryAcceptAndChangeEachCardSaysWhatAcceptingItNowWouldDo() throws Exception {
        threeWaiting();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(MANAGER_OF_T1).session(session));
        everyCardIsUpToDate(recommendations(session), List.of("K5", "K6", "K7"));
        String k5Worker = worker(card(recommendations(session), "K5"));

        mvc.perform(post("/teams/T1/recommendations/accept").param("case", "K5").with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));
        String afterAccept = recommendations(session);
        assertThat(afterAccept).contains("Case K5 is allocated to " + k5Worker + ".");
        everyCardIsUpToDate(afterAccept, List.of("K6", "K7"));

        // K6 to the other worker offered: the banner names them, and K7's card is worked out again.
        Matcher offered = Pattern.compile("<option value=\"(\\w+)\">([^:<]+): From (\\d+) to (\\d+) cases of").matcher(card(afterAccept, "K6"));
        assertThat(offered.find()).as("another worker offered, with their load before and after").isTrue();
        mvc.perform(post("/teams/T1/recommendations/change").param("case", "K6").param("worker", offered.group(1))
                        .with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));
        String afterChange = recommendations(session);
        assertThat(afterChange).contains("Case K6 is allocated to " + offered.group(2) + ".");
        everyCardIsUpToDate(afterChange, List.of("K7"));
    }
}
