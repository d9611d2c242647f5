package uk.retain.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.caseload.CaseloadPolicy;
import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.CaseCategory;
import uk.retain.web.Days;
import uk.retain.workforce.JobRole;
import uk.retain.support.Html;

/** /caseload-policy: read by managers and leaders, changed by the workforce lead with a GOV.UK form. */
class CaseloadPolicyPageTest extends CaseloadPageTest {

    private static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);

    @Autowired
    Clock clock;
    private static final Pattern ERROR_SUMMARY_LINK = Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]+)</a></li>");

    /** The form as the page fills it for the default policy. */
    private static Map<String, String> defaultForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("caps.asye", "13");
        form.put("caps.early_career", "15");
        form.put("caps.advanced_or_consultant", "12");
        form.put("caps.experienced", "18");
        form.put("unallocated_alert_working_days", "5");
        form.put("weighting.category_points.assessment", "4");
        form.put("weighting.category_points.child_in_need", "5");
        form.put("weighting.category_points.child_protection", "8");
        form.put("weighting.category_points.child_in_care", "6");
        form.put("weighting.category_points.care_leaver", "3");
        form.put("weighting.category_points.other", "3");
        form.put("weighting.court_proceedings_points", "3");
        form.put("weighting.co_working_points", "3");
        form.put("weighting.points_per_fte", "100");
        return form;
    }

    private static MockHttpServletRequestBuilder submit(Map<String, String> form, List<String> roles, boolean weighting) {
        MockHttpServletRequestBuilder request = post("/caseload-policy").with(csrf());
        form.forEach(request::param);
        roles.forEach(role -> request.param("case_holding_roles", role));
        if (weighting) {
            request.param("weighting.enabled", "yes");
        }
        return request;
    }

    private static final List<String> DEFAULT_ROLES = List.of("asye_social_worker", "social_worker", "senior_social_worker",
            "advanced_practitioner", "consultant_social_worker");

    @Test
    void theWorkforceLeadSeesTheFormFilledWithTheDefaults() throws Exception {
        String html = page("/caseload-policy", LEAD).replaceAll("\\s+", " ");

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Caseload policy</h1>", "Your authority uses Retain&#39;s default policy.",
                "Nobody is capped above 20 cases, whatever the settings")
                .contains("id=\"caps-experienced\" name=\"caps.experienced\" value=\"18\"")
                .contains("id=\"caps-asye\" name=\"caps.asye\" value=\"13\"")
                .contains("Default 13: the 15 of a newly qualified worker, less the 10% lighter workload of the ASYE year, rounded down.")
                .contains("id=\"case-holding-roles\" name=\"case_holding_roles\" value=\"asye_social_worker\" checked=\"checked\"")
                .contains("name=\"case_holding_roles\" value=\"team_manager\">")
                .contains("A social worker in their ASYE year holds a child protection case")
                .contains("href=\"/caseload-policy\"");
    }

    @ParameterizedTest
    @EnumSource(names = {"TEAM_MANAGER", "HR", "SENIOR_LEADER"})
    void otherReadersSeeThePolicyWithoutAForm(Role role) throws Exception {
        String html = page("/caseload-policy", SignedInAs.role(role, Set.of("T1"), null));

        assertThat(html).doesNotContain("<form action=\"/caseload-policy\"", "Save caseload policy");
        assertThat(Html.summary(html))
                .containsEntry("Roles that hold cases", "Advanced practitioner Consultant social worker Senior social worker Social worker Social worker in ASYE")
                .containsEntry("Social workers in their ASYE year",
                        "13 cases Default 13: the 15 of a newly qualified worker, less the 10% lighter workload of the ASYE year, rounded down.")
                .containsEntry("Everyone else who holds cases",
                        "18 cases Default 18, the figure Leeds City Council reported for its experienced workers (source: seed article 000).")
                .containsEntry("Alert when a case has waited longer than", "After 5 working days without a primary worker Working days (Monday to Friday) an open case may wait "
                                + "for a primary worker before team managers are alerted. Default 5.")
                .containsEntry("Weigh cases in points", "Off: only the case cap applies")
                .containsEntry("Child protection", "8 points Default 8.");
    }

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "REGIONAL_ANALYST", "ADMINISTRATOR"})
    void othersMayNotSeeIt(Role role) throws Exception {
        mvc.perform(get("/caseload-policy").with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isForbidden());
    }

    @Test
    void aChangeIsSavedAndTheLeadSentBackToThePageWithASuccessBanner() throws Exception {
        Map<String, String> form = defaultForm();
        form.put("caps.experienced", "16");
        form.put("weighting.points_per_fte", "90");
        List<String> roles = List.of("social_worker", "senior_social_worker", "advanced_practitioner");

        mvc.perform(submit(form, roles, true).with(LEAD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/caseload-policy"))
                .andExpect(flash().attribute("saved", Days.written(LocalDate.now(clock))));

        CaseloadPolicy stored = policies.of("999");
        assertThat(stored.experiencedCap()).isEqualTo(16);
        assertThat(stored.weighting().enabled()).isTrue();
        assertThat(stored.weighting().pointsPerFte()).isEqualTo(90);
        assertThat(stored.caseHoldingRoles()).containsExactlyInAnyOrder(JobRole.SOCIAL_WORKER, JobRole.SENIOR_SOCIAL_WORKER,
                JobRole.ADVANCED_PRACTITIONER);
        assertThat(stored.weighting().categoryPoints()).containsEntry(CaseCategory.CHILD_PROTECTION, 8);

        String html = mvc.perform(get("/caseload-policy").with(LEAD).flashAttr("saved", true)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("govuk-notification-banner--success", "The caseload policy was saved.",
                "Your authority has changed Retain&#39;s default policy.", "name=\"caps.experienced\" value=\"16\"");

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("username", "workforce_lead").containsEntry("action", "CHANGE")
                .containsEntry("subject_type", "caseload_policy").containsEntry("subject_id", "999")
                .containsEntry("detail", "in force from " + LocalDate.now(clock) + ": case_holding_roles [advanced_practitioner, asye_social_worker, consultant_social_worker, "
                        + "senior_social_worker, social_worker] -> [advanced_practitioner, senior_social_worker, social_worker]; "
                        + "caps.experienced 18 -> 16; weighting.points_per_fte 100 -> 90; weighting.enabled false -> true"));
    }

    @Test
    void everyProblemIsListedInTheErrorSummaryAndByItsFieldAndNothingIsSaved() throws Exception {
        Map<String, String> form = defaultForm();
        form.put("caps.asye", "21");
        form.put("caps.experienced", "");
        form.put("unallocated_alert_working_days", "five");
        form.put("weighting.points_per_fte", "0");

        String html = mvc.perform(submit(form, List.of(), false).with(LEAD)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Map<String, String> summary = new LinkedHashMap<>();
        Matcher link = ERROR_SUMMARY_LINK.matcher(html);
        while (link.find()) {
            summary.put(link.group(1), Html.text(link.group(2)));
        }
        assertThat(summary).containsExactly(
                Map.entry("case-holding-roles", "Choose at least one role that holds cases"),
                Map.entry("caps-asye", "Enter the cap for social workers in their ASYE year as a whole number from 0 to 20: "
                        + "nobody is capped above 20 cases, whatever the settings"),
                Map.entry("caps-experienced", "Enter the cap for everyone else who holds cases"),
                Map.entry("unallocated-alert-working-days", "Enter the working days a case may wait before an alert as a whole number"),
                Map.entry("weighting-points-per-fte", "Enter the capacity in points per full-time worker as a whole number from 1 to 1,000"));
        assertThat(html).contains("govuk-error-summary", "There is a problem")
                .contains("id=\"caps-asye-error\"", "id=\"caps-experienced-error\"", "id=\"case-holding-roles-error\"")
                .contains("govuk-input govuk-input--width-3 govuk-input--error")
                // what was entered is shown again
                .contains("name=\"caps.asye\" value=\"21\"", "name=\"unallocated_alert_working_days\" value=\"five\"")
                .doesNotContain("The caseload policy was saved");
        assertThat(policies.of("999")).isEqualTo(CaseloadPolicy.DEFAULT);
        assertThat(audited()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"TEAM_MANAGER", "HR", "SENIOR_LEADER", "SOCIAL_WORKER", "ADMINISTRATOR"})
    void onlyTheWorkforceLeadChangesIt(Role role) throws Exception {
        Map<String, String> form = defaultForm();
        form.put("caps.experienced", "10");

        mvc.perform(submit(form, DEFAULT_ROLES, false).with(SignedInAs.role(role, Set.of("T1"), "W1"))).andExpect(status().isForbidden());

        assertThat(policies.of("999")).isEqualTo(CaseloadPolicy.DEFAULT);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/caseload-policy").param("caps.experienced", "10").with(LEAD)).andExpect(status().isForbidden());
        assertThat(policies.of("999")).isEqualTo(CaseloadPolicy.DEFAULT);
    }

    @Test
    void aChangedPolicyIsWhatTheCaseloadsPageMeasuresAgainstFromItsDayOn() throws Exception {
        Map<String, String> form = defaultForm();
        form.put("caps.experienced", "10");
        form.putAll(Map.of("inForceFrom-day", "30", "inForceFrom-month", "9", "inForceFrom-year", "2025"));
        mvc.perform(submit(form, DEFAULT_ROLES, false).with(LEAD)).andExpect(status().isFound());

        var manager = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
        assertThat(Html.table(page("/teams/T1/caseloads?date=" + CENSUS, manager), "Workers' loads on 30 September 2025"))
                .contains(List.of("Ann Smith", "Senior social worker", "1", "1", "10", "10.0", "", "", "1 September 2025", "Overdue"));
        assertThat(Html.table(page("/teams/T1/caseloads?date=2025-09-29", manager), "Workers' loads on 29 September 2025"))
                .as("the day before, the policy of that day (the default) still applies")
                .anyMatch(row -> row.get(0).equals("Ann Smith") && row.get(4).equals("18"));
        assertThat(policies.history("999")).singleElement()
                .satisfies(set -> assertThat(set.from()).isEqualTo(LocalDate.parse(CENSUS)));
    }

    @Test
    void aNewPolicyDoesNotOverwriteTheOneBeforeAndThePageListsBoth() throws Exception {
        Map<String, String> form = defaultForm();
        form.put("caps.experienced", "12");
        form.putAll(Map.of("inForceFrom-day", "1", "inForceFrom-month", "4", "inForceFrom-year", "2025"));
        mvc.perform(submit(form, DEFAULT_ROLES, false).with(LEAD)).andExpect(status().isFound());
        form.put("caps.experienced", "14");
        form.putAll(Map.of("inForceFrom-day", "1", "inForceFrom-month", "10", "inForceFrom-year", "2025"));
        mvc.perform(submit(form, DEFAULT_ROLES, false).with(LEAD)).andExpect(status().isFound());

        assertThat(policies.of("999", LocalDate.parse("2025-03-31")).experiencedCap()).isEqualTo(18);
        assertThat(policies.of("999", LocalDate.parse("2025-09-30")).experiencedCap()).isEqualTo(12);
        assertThat(policies.of("999", LocalDate.parse("2025-10-01")).experiencedCap()).isEqualTo(14);
        assertThat(Html.table(page("/caseload-policy", LEAD), "Each policy is in force from its day until the next one's"))
                .extracting(row -> row.get(0)).containsExactly("1 October 2025", "1 April 2025");
    }

    @Test
    void aDayThatIsNotRealIsAnErrorOnTheFieldAndNothingIsSaved() throws Exception {
        Map<String, String> form = defaultForm();
        form.put("caps.experienced", "12");
        form.putAll(Map.of("inForceFrom-day", "31", "inForceFrom-month", "2", "inForceFrom-year", "2026"));
        String html = mvc.perform(submit(form, DEFAULT_ROLES, false).with(LEAD)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Error: Caseload policy", "href=\"#inForceFrom\"", "id=\"inForceFrom-error\"",
                "Enter the day the policy is in force from as a real date");
        assertThat(policies.history("999")).isEmpty();
    }

    @Test
    void thePolicyPageNeverSpeaksForAnotherCouncil() throws Exception {
        String html = page("/caseload-policy", SignedInAs.role(Role.WORKFORCE_LEAD));

        assertThat(html).doesNotContain("Leeds promised", "Leeds kept", "Wirral gives");
        assertThat(html).contains("This rule is built into Retain");
    }
}
