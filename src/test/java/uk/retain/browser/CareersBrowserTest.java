package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The development and careers pages in the demo council, checked by axe and photographed: the principal social
 * worker's questions (which teams lack evidence in the practice priorities, who is due a progression review, the
 * transfer requests), the team manager answering a request, a social worker recording CPD (wrongly, then rightly)
 * and seeing the transfer rule applied to them, and the principal social worker naming a practice priority and
 * changing a pathway level (wrongly, then rightly).
 */
class CareersBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The demo council goes back to the default priorities and pathway, for the other browser tests. */
    @AfterEach
    void defaults() {
        jdbc.update("delete from practice_priority where la_code = '999'");
        jdbc.update("delete from career_level where la_code = '999'");
        removed.forEach(row -> jdbc.update("insert into successor (role_id, worker_id, readiness, named_by) values (?, ?, ?, ?)",
                row.get("role_id"), row.get("worker_id"), row.get("readiness"), row.get("named_by")));
        removed.clear();
    }

    /** The demo successors a test removed, named again after it for the other browser tests. */
    private final java.util.List<java.util.Map<String, Object>> removed = new java.util.ArrayList<>();

    private void visit(String path, String heading, String screenshot) {
        page.navigate(url(path));
        check(heading, screenshot);
    }

    private void check(String heading, String screenshot) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(heading);
        assertAccessible(screenshot);
        screenshot(screenshot);
    }

    @Test
    void thePrincipalSocialWorkerAnswersTheirQuestionsFromRetain() {
        signIn("workforce.lead");
        visit("/practice-priorities", "Practice priorities", "careers-priorities");
        assertThat(page.locator("tbody tr").first()).isVisible();
        visit("/career-pathway", "Career pathway", "careers-pathway");
        assertThat(page.getByText("Practice route").first()).isVisible();
        assertThat(page.getByText("Management route").first()).isVisible();
        visit("/development", "Continuing professional development", "careers-cpd");
        assertThat(page.getByText("Qualifications expiring in the next 90 days")).isVisible();
        visit("/succession", "Succession plans", "careers-succession");
        assertThat(page.getByText("Principal social worker: ").first()).isVisible();
        // The lead removes the first successor named: the page says who went, and that a bundle can name them again.
        Locator remove = page.locator("form[action*='/successors/'] button").first();
        String action = page.locator("form[action*='/successors/']").first().getAttribute("action");
        String[] ids = action.replaceAll(".*/roles/(\\d+)/successors/([^/]+)/remove$", "$1 $2").split(" ");
        removed.addAll(jdbc.queryForList("select role_id, worker_id, readiness, named_by from successor where role_id = ? and worker_id = ?",
                Long.valueOf(ids[0]), ids[1]));
        String who = remove.textContent().strip().replaceFirst("^Remove\\s+", "");
        Page stale = context.newPage();
        stale.navigate(page.url());
        remove.click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("is no longer a successor of");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText(who.split(" as a successor of ")[0]);
        check("Succession plans", "careers-succession-removed");
        org.assertj.core.api.Assertions.assertThat(removed).hasSize(1);
        assertThat(page.locator("form[action='" + action + "']")).hasCount(0);
        // The same removal from a tab opened before it answers a page saying it has gone already.
        Page first = page;
        page = stale;
        page.locator("form[action='" + action + "'] button").click();
        check(messages.getMessage("succession.gone.title", null, java.util.Locale.UK), "careers-succession-gone");
        page.close();
        page = first;
        visit("/transfers", "Transfer requests", "careers-transfers");
        assertThat(page.getByText("Approved").first()).isVisible();
        assertThat(page.getByText("Declined").first()).isVisible();
        assertThat(page.getByText("Waiting for a decision").first()).isVisible();
        page.locator("tbody a").first().click();
        check("Transfer request:", "careers-transfer");
        page.navigate(url("/development"));
        page.locator("tbody a[href$='/career']").first().click();
        check("Career and development:", "careers-worker");
    }

    @Test
    void thePrincipalSocialWorkerNamesAPriorityAndChangesALevel() {
        signIn("workforce.lead");
        visit("/practice-priorities", "Practice priorities", "careers-priorities-lead");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a priority")).click();
        check("Add a practice priority", "careers-priority-add");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add priority")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the priority's name");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one statement");
        check("Add a practice priority", "careers-priority-add-errors");
        page.getByLabel("Name").fill("Direct work");
        page.getByLabel("P1: Relationships and effective direct work").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add priority")).click();
        assertThat(page.getByText("Priority added: Direct work")).isVisible();
        assertThat(page.locator("thead th").last()).hasText("Direct work");
        check("Practice priorities", "careers-priorities-added");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Direct work")).click();
        check("Change a practice priority", "careers-priority-change");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Direct work")).click();
        assertThat(page.getByText("Priority removed: Direct work")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go back to the default priorities")).click();
        assertThat(page.getByText("The authority has Retain's default practice priorities.")).isVisible();

        visit("/career-pathway", "Career pathway", "careers-pathway-lead");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Social worker level 2")).click();
        check("Change a level: Social worker level 2", "careers-level");
        page.getByLabel("Minimum months at the level").fill("two years");
        page.getByLabel("Minimum post-qualifying experience, in years").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save level")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a whole number of months from 0 to 240");
        check("Change a level: Social worker level 2", "careers-level-errors");
        page.getByLabel("Minimum months at the level").fill("24");
        page.getByLabel("Practice supervisor").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save level")).click();
        assertThat(page.getByText("The pathway is saved.")).isVisible();
        assertThat(page.getByText("Holds Practice supervisor")).isVisible();
        assertAccessible("careers-pathway-level-saved");
    }

    @Test
    void theTeamManagerAnswersTheRequestWaitingForThem() {
        signIn("team.manager");
        visit("/transfers", "Transfer requests", "careers-manager-transfers");
        page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Waiting for a decision")).locator("a").first().click();
        check("Transfer request:", "careers-manager-transfer");
        page.getByLabel("I agree").first().check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give your answer")).click();
        assertThat(page.getByText("The current team manager agrees.")).isVisible();
        assertAccessible("the request answered");
    }

    @Test
    void aSocialWorkerRecordsCpdAndSeesTheTransferRule() {
        signIn("social.worker");
        visit("/my-development", "My CPD", "careers-my-cpd");
        visit("/development/record", "Record a CPD activity", "careers-record");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record activity")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of the activity");
        check("Record a CPD activity", "careers-record-errors");
        LocalDate today = today().minusDays(1);
        page.locator("#date-day").fill(String.valueOf(today.getDayOfMonth()));
        page.locator("#date-month").fill(String.valueOf(today.getMonthValue()));
        page.locator("#date-year").fill(String.valueOf(today.getYear()));
        page.getByLabel("Course").check();
        page.getByLabel("Hours").fill("3.5");
        page.getByLabel("P6: Child and family assessment").check();
        page.getByLabel("Title").fill("Assessment in practice");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record activity")).click();
        assertThat(page.getByText("3.5 hour(s) recorded for")).isVisible();
        assertAccessible("CPD recorded");
        visit("/my-development", "My CPD", "careers-my-cpd-after");
        assertThat(page.getByText("Assessment in practice")).isVisible();
        // What they recorded they can correct: the form comes back filled in, and a change is checked as a new one.
        Locator recorded = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Assessment in practice"));
        recorded.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Change"))).click();
        check("Change a CPD activity", "careers-cpd-change");
        assertThat(page.getByLabel("Hours")).hasValue("3.5");
        page.getByLabel("Hours").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        check("Change a CPD activity", "careers-cpd-change-errors");
        page.getByLabel("Hours").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        assertThat(page.getByText(java.util.regex.Pattern.compile("on .* is changed"))).isVisible();
        assertAccessible("CPD changed");
        recorded = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Assessment in practice"));
        assertThat(recorded).containsText("4");
        // And remove, once they say they are sure.
        recorded.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Remove"))).click();
        check("Are you sure you want to remove this CPD activity?", "careers-cpd-remove");
        // A second tab on the same question: once the first has removed the activity, the second is told it has gone.
        Page first = page;
        page = context.newPage();
        page.navigate(first.url());
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, remove it")).click();
        assertThat(first.getByText(java.util.regex.Pattern.compile("on .* is removed"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, remove it")).click();
        check(messages.getMessage("development.gone.title", null, java.util.Locale.UK), "careers-cpd-gone");
        page.close();
        page = first;
        assertAccessible("CPD removed");
        assertThat(page.getByText("Assessment in practice")).hasCount(0);
        visit("/my-transfer", "Move team", "careers-my-transfer");
        assertThat(page.getByText("The rule applied to you today")).isVisible();
        assertThat(page.getByText("In post in the team for")).isVisible();
    }

    @Test
    void hrSeesTheRetentionPaymentsAndTheLeaverInsideClawbackAndRecordsAPayment() {
        signIn("hr.officer");
        navigate("Retention payments");
        check("Retention payments", "careers-payments");
        assertThat(page.locator("#leavers-inside tbody tr")).hasCount(1);
        assertThat(page.locator("#cost-by-year tbody tr").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record payment")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the worker paid");
        check("Retention payments", "careers-payments-errors");
        page.locator("#worker").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByLabel("Golden hello").check();
        page.locator("#amount").fill("1250");
        LocalDate paid = today().minusDays(3);
        page.locator("#paidOn-day").fill(String.valueOf(paid.getDayOfMonth()));
        page.locator("#paidOn-month").fill(String.valueOf(paid.getMonthValue()));
        page.locator("#paidOn-year").fill(String.valueOf(paid.getYear()));
        page.locator("#clawbackMonths").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record payment")).click();
        assertThat(page.getByText("Payment recorded.")).isVisible();
        assertThat(page.getByText("£1,250.00").first()).isVisible();
        assertAccessible("careers-payment-recorded");
        page.navigate(url("/leaving"));
        assertThat(page.locator("#inside-clawback")).containsText("of the leavers left inside the clawback period");
        assertAccessible("careers-leaving-clawback");
    }
}
