package uk.retain.development.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.development.CareerPathway;
import uk.retain.development.CareerPathways;
import uk.retain.development.KssStatement;
import uk.retain.development.PracticePriorities;
import uk.retain.development.PracticePriority;
import uk.retain.development.QualificationKind;
import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * The workforce lead's editors of the practice priorities and of each pathway level, on the small bundle: what each
 * saves, what each refuses (on the field, nothing saved), what is audited, and that the team-by-priority table and
 * who is due a progression review follow what was saved.
 */
class CareersEditorsPagesTest extends PageTest {

    static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);
    static final RequestPostProcessor EVE = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    static final RequestPostProcessor HR = SignedInAs.role(Role.HR);

    @Autowired
    PracticePriorities priorities;

    @Autowired
    CareerPathways pathways;

    /** The other page tests share the database: each of these starts, and leaves it, on the defaults. */
    @BeforeEach
    @AfterEach
    void defaults() {
        jdbc.update("delete from practice_priority");
        jdbc.update("delete from career_level");
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(LEAD).with(csrf())).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void saved(MockHttpServletRequestBuilder request, String to) throws Exception {
        mvc.perform(request.with(LEAD).with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(to));
    }

    // The practice priorities.

    @Test
    void theLeadAddsAPriorityAndTheTableCountsItsEvidence() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        mvc.perform(post("/development/record").with(EVE).with(csrf()).param("worker", "W1").param("date-day", String.valueOf(yesterday.getDayOfMonth()))
                .param("date-month", String.valueOf(yesterday.getMonthValue())).param("date-year", String.valueOf(yesterday.getYear()))
                .param("activity", "course").param("hours", "3").param("kss", "P9")).andExpect(status().is3xxRedirection());
        saved(post("/practice-priorities").param("name", "  Supervision and research ").param("kss", "P10").param("kss", "P9").param("kss", "Z9"),
                "/practice-priorities");
        assertThat(priorities.priorities("999")).extracting(PracticePriority::name)
                .containsExactly("Assessment", "Core groups", "Writing plans", "Supervision and research");
        assertThat(priorities.priorities("999").get(3).kss()).containsExactly(KssStatement.P9, KssStatement.P10);
        assertThat(audited()).anySatisfy(e -> {
            assertThat(e.get("subject_type")).isEqualTo("practice_priority");
            assertThat(e.get("action")).isEqualTo("CHANGE");
            assertThat((String) e.get("detail")).contains("added Supervision and research [P9, P10]");
        });
        Document page = Jsoup.parse(page("/practice-priorities", LEAD));
        assertThat(page.text()).contains("The authority has named its own practice priorities.");
        // W1 (of North CP) evidences the new priority through P9, and none of the defaults.
        assertThat(cell(page, "North CP", "Supervision and research")).isEqualTo("Thin 1");
        assertThat(cell(page, "North CP", "Assessment")).isEqualTo("Thin 0");
        assertThat(cell(page, "South CIN", "Supervision and research")).isEqualTo("Thin 0");
    }

    /** The text of the table's cell in the team's row and the priority's column. */
    private static String cell(Document page, String team, String priority) {
        List<String> headers = page.select("thead th").eachText();
        Element row = page.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(team)).findFirst().orElseThrow();
        return row.child(headers.indexOf(priority)).text();
    }

    @Test
    void aPriorityIsRefusedOnItsFieldsAndNothingIsSaved() throws Exception {
        String empty = refused(post("/practice-priorities").param("name", " "));
        assertThat(empty).contains("<title>Error: Add a practice priority").contains("There is a problem")
                .contains("Enter the priority&#39;s name").contains("href=\"#name\"")
                .contains("Select at least one statement that evidences the priority").contains("href=\"#kss\"")
                .contains("govuk-form-group--error");
        assertThat(refused(post("/practice-priorities").param("name", "x".repeat(201)).param("kss", "P1")))
                .contains("The name must be 200 characters or fewer");
        assertThat(refused(post("/practice-priorities").param("name", "core GROUPS").param("kss", "P1")))
                .contains("The authority already has a priority of that name");
        // A code that is no statement ticks nothing.
        assertThat(refused(post("/practice-priorities").param("name", "Direct work").param("kss", "Z9")))
                .contains("Select at least one statement");
        assertThat(priorities.ownPriorities("999")).isFalse();
        // Up to 12: the thirteenth is refused, and the page stops offering to add.
        for (int i = 4; i <= PracticePriorities.MAX_PRIORITIES; i++) {
            saved(post("/practice-priorities").param("name", "Priority " + i).param("kss", "P1"), "/practice-priorities");
        }
        assertThat(refused(post("/practice-priorities").param("name", "One too many").param("kss", "P1")))
                .contains("The authority has 12 priorities, the most it can have");
        assertThat(priorities.priorities("999")).hasSize(PracticePriorities.MAX_PRIORITIES);
        assertThat(page("/practice-priorities", LEAD)).doesNotContain("Add a priority").contains("remove one to add another");
    }

    @Test
    void theLeadChangesAndRemovesAPriorityAndGoesBackToTheDefaults() throws Exception {
        String form = page("/practice-priorities/2", LEAD);
        assertThat(form).contains("Change a practice priority").contains("value=\"Core groups\"")
                .contains("saving makes them its own");
        assertThat(Jsoup.parse(form).select("input[name=kss][checked]").eachAttr("value")).containsExactly("P1", "P5", "P8");
        // Keeping its own name is no duplicate; taking another's is.
        assertThat(refused(post("/practice-priorities/2").param("name", "Assessment").param("kss", "P1")))
                .contains("The authority already has a priority of that name");
        saved(post("/practice-priorities/2").param("name", "Core groups").param("kss", "P8"), "/practice-priorities");
        assertThat(priorities.priorities("999").get(1)).isEqualTo(new PracticePriority(2, "Core groups", List.of(KssStatement.P8)));
        saved(post("/practice-priorities/1/remove"), "/practice-priorities");
        assertThat(priorities.priorities("999")).extracting(PracticePriority::number).containsExactly(2, 3);
        assertThat(page("/practice-priorities", LEAD)).doesNotContain(">Assessment<");
        mvc.perform(get("/practice-priorities/1").with(LEAD)).andExpect(status().isNotFound());
        saved(post("/practice-priorities/3/remove"), "/practice-priorities");
        // The last cannot go: no priorities would read as the defaults.
        assertThat(refused(post("/practice-priorities/2/remove"))).contains("The last priority cannot be removed").contains("href=\"#remove\"");
        assertThat(priorities.priorities("999")).extracting(PracticePriority::name).containsExactly("Core groups");
        saved(post("/practice-priorities/defaults"), "/practice-priorities");
        assertThat(priorities.ownPriorities("999")).isFalse();
        assertThat(priorities.priorities("999")).isEqualTo(PracticePriorities.DEFAULT);
        assertThat(audited()).filteredOn(e -> "practice_priority".equals(e.get("subject_type"))).extracting(e -> (String) e.get("detail"))
                .containsExactly("changed Core groups [P1, P5, P8] to Core groups [P8]", "removed Assessment [P6, P3, P7]",
                        "removed Writing plans [P7, P2]", "back to the defaults, dropping [Core groups [P8]]");
    }

    @Test
    void managersAndHrReadThePrioritiesWithoutTheEditor() throws Exception {
        assertThat(page("/practice-priorities", LEAD)).contains("Add a priority").contains("href=\"/practice-priorities/1\"")
                .doesNotContain("Go back to the default priorities");
        for (RequestPostProcessor reader : List.of(EVE, HR)) {
            assertThat(page("/practice-priorities", reader)).contains("Assessment").doesNotContain("Add a priority")
                    .doesNotContain("href=\"/practice-priorities/1\"");
        }
    }

    // The pathway's levels.

    @Test
    void theLeadChangesALevelAndThePathwayShowsIt() throws Exception {
        assertThat(page("/career-pathway", LEAD)).contains("href=\"/career-pathway/levels/senior_social_worker\"");
        assertThat(page("/career-pathway", EVE)).doesNotContain("/career-pathway/levels/");
        Document form = Jsoup.parse(page("/career-pathway/levels/senior_social_worker", LEAD));
        assertThat(form.select("#name").val()).isEqualTo("Senior social worker");
        assertThat(form.select("#minPqeYears").val()).isEqualTo("4");
        assertThat(form.select("input[name=qualification][checked]").val()).isEqualTo("practice_educator_1");
        saved(post("/career-pathway/levels/senior_social_worker").param("name", "Senior practitioner")
                .param("criteria", "Supervises students.").param("minimumMonths", "18").param("minPqeYears", "")
                .param("minKss", "8").param("qualification", "none"), "/career-pathway");
        var level = pathways.pathway("999").level("senior_social_worker").orElseThrow();
        assertThat(level.name()).isEqualTo("Senior practitioner");
        assertThat(level.criteria()).isEqualTo("Supervises students.");
        assertThat(level.minimumMonths()).isEqualTo(18);
        assertThat(level.minPqeYears()).isNull();
        assertThat(level.minKss()).isEqualTo(8);
        assertThat(level.qualification()).isNull();
        // The rest of the level, and every other level, as they were.
        var before = CareerPathway.DEFAULT.level("senior_social_worker").orElseThrow();
        assertThat(List.of(level.route(), level.step(), level.jobRole(), level.next()))
                .isEqualTo(List.of(before.route(), before.step(), before.jobRole(), before.next()));
        assertThat(pathways.pathway("999").levels()).filteredOn(l -> !l.code().equals("senior_social_worker"))
                .containsExactlyInAnyOrderElementsOf(CareerPathway.DEFAULT.levels().stream().filter(l -> !l.code().equals("senior_social_worker")).toList());
        String pathway = page("/career-pathway", LEAD);
        assertThat(pathway).contains("Senior practitioner").contains("Supervises students.").contains("The authority has set its own pathway.");
        assertThat(audited()).anySatisfy(e -> {
            assertThat(e.get("subject_type")).isEqualTo("career_pathway");
            assertThat((String) e.get("detail")).contains("level senior_social_worker: name Senior social worker")
                    .contains("to name Senior practitioner, minimum months 18, PQE null, statements 8, qualification none");
        });
        // The minimum times form still sets each level's months, and keeps the level's other changes.
        var minimums = post("/career-pathway");
        CareerPathway.DEFAULT.levels().forEach(l -> minimums.param("minimum-" + l.code(), l.code().equals("team_manager") ? "30" : "18"));
        saved(minimums, "/career-pathway");
        assertThat(pathways.pathway("999").level("team_manager").orElseThrow().minimumMonths()).isEqualTo(30);
        assertThat(pathways.pathway("999").level("senior_social_worker").orElseThrow().name()).isEqualTo("Senior practitioner");
    }

    @Test
    void aLevelIsRefusedOnEachFieldAndNothingIsSaved() throws Exception {
        String page = refused(post("/career-pathway/levels/social_worker_2").param("name", "").param("criteria", "x".repeat(1001))
                .param("minimumMonths", "twelve").param("minPqeYears", "41").param("minKss", "25").param("qualification", "phd"));
        assertThat(page).contains("<title>Error: Change a level: Social worker level 2").contains("There is a problem")
                .contains("Enter the level&#39;s name").contains("The progression criteria must be 1000 characters or fewer")
                .contains("Enter a whole number of months from 0 to 240").contains("Enter a whole number of years from 0 to 40")
                .contains("Enter a whole number of statements from 0 to 24").contains("Choose a qualification from the list, or none");
        // The summary in the page's order, each linking to its field; what was typed kept.
        assertThat(Jsoup.parse(page).select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#name", "#criteria", "#minimumMonths", "#minPqeYears", "#minKss", "#qualification");
        assertThat(Jsoup.parse(page).select("#minimumMonths").val()).isEqualTo("twelve");
        assertThat(refused(post("/career-pathway/levels/social_worker_2").param("name", "team MANAGER").param("criteria", " ")
                .param("minimumMonths", "18").param("qualification", "none")))
                .contains("Another level of the pathway has that name").contains("Enter the progression criteria");
        assertThat(pathways.ownPathway("999")).isFalse();
        mvc.perform(get("/career-pathway/levels/no_such_level").with(LEAD)).andExpect(status().isNotFound());
    }

    @Test
    void whoIsDueAReviewFollowsTheEditedMinimumPqe() throws Exception {
        // W2, qualified on 1 July 2024, has been a social worker (level 1) in North CP since 1 September 2024: past
        // the level's 12 months; with no CPD, the statements criterion is dropped so that PQE decides.
        long pqe = ChronoUnit.YEARS.between(LocalDate.of(2024, 7, 1), LocalDate.now(ZoneId.of("Europe/London")));
        changeLevel1(String.valueOf(pqe));
        assertThat(duePeople()).contains("Bob Jones");
        changeLevel1(String.valueOf(pqe + 1));
        assertThat(duePeople()).doesNotContain("Bob Jones");
        changeLevel1("");
        assertThat(duePeople()).contains("Bob Jones");
    }

    private void changeLevel1(String minPqe) throws Exception {
        var level = CareerPathway.DEFAULT.level("social_worker_1").orElseThrow();
        saved(post("/career-pathway/levels/social_worker_1").param("name", level.name()).param("criteria", level.criteria())
                .param("minimumMonths", "12").param("minPqeYears", minPqe).param("minKss", "").param("qualification", "none"),
                "/career-pathway");
    }

    private List<String> duePeople() throws Exception {
        Document page = Jsoup.parse(page("/career-pathway", LEAD));
        return page.select("table:has(caption:containsOwn(Due a progression review)) tbody tr td:first-child").eachText();
    }

    @Test
    void aQualificationCanBeAskedOfALevel() throws Exception {
        var level = CareerPathway.DEFAULT.level("team_manager").orElseThrow();
        saved(post("/career-pathway/levels/team_manager").param("name", level.name()).param("criteria", level.criteria())
                .param("minimumMonths", "24").param("minPqeYears", "5").param("minKss", "6").param("qualification", "practice_supervisor"),
                "/career-pathway");
        assertThat(pathways.pathway("999").level("team_manager").orElseThrow().qualification()).isEqualTo(QualificationKind.PRACTICE_SUPERVISOR);
        assertThat(page("/career-pathway", LEAD)).contains("Holds Practice supervisor");
    }
}
