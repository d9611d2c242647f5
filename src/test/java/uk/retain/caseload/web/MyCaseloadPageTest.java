package uk.retain.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.web.Days;

/** /my-caseload: a social worker's own open cases, recent allocations and supervision; accounts without a worker. */
class MyCaseloadPageTest extends PageTest {

    private static final RequestPostProcessor BOB = SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W2");
    private static final String RECENT = "Recently allocated to me (the last 30 days)";

    @Test
    void showsTheOpenCasesTheWorkerHoldsOnTheDate() throws Exception {
        String html = page("/my-caseload?date=2025-09-10", BOB);

        // K3 closed on 1 August 2025; K2 was allocated to Bob on 16 August.
        assertThat(Html.table(html, "My open cases on 10 September 2025")).containsExactly(
                List.of("K2", "C002", "Child protection", "Yes", "Primary worker", "16 August 2025"));
        assertThat(Html.table(page("/my-caseload?date=2025-06-30", BOB), "My open cases on 30 June 2025")).containsExactly(
                List.of("K3", "C003", "Child in need", "No", "Primary worker", "15 January 2025"));
    }

    @Test
    void withoutADateItIsTodaysCaseload() throws Exception {
        String html = page("/my-caseload", BOB);

        assertThat(Html.table(html, "My open cases on " + Days.written(LocalDate.now())))
                .extracting(row -> row.get(0)).containsExactly("K2");
    }

    @Test
    void recentlyAllocatedMeansStartedInTheLast30Days() throws Exception {
        assertThat(Html.table(page("/my-caseload?date=2025-09-10", BOB), RECENT)).containsExactly(
                List.of("K2", "C002", "Child protection", "Primary worker", "16 August 2025", "Still allocated", ""));
        assertThat(Html.table(page("/my-caseload?date=2025-09-15", BOB), RECENT)).containsExactly(
                List.of("K2", "C002", "Child protection", "Primary worker", "16 August 2025", "Still allocated", ""));
        assertThat(Html.table(page("/my-caseload?date=2025-09-16", BOB), RECENT)).containsExactly(
                List.of("No allocations started in this time."));
    }

    @Test
    void showsTheWorkersOwnLoadAgainstTheirCap() throws Exception {
        // Bob: social worker qualified July 2024 (under 2 years) at 0.4 FTE: a cap of 15 x 0.4 = 6; holds K2.
        assertThat(Html.summary(page("/my-caseload?date=2025-09-30", BOB)))
                .containsEntry("Cases I hold as primary worker", "1 of my cap of 6 (16.7%)")
                .doesNotContainKey("Points of my cases");
        // Ann: senior social worker qualified 2015: a cap of 18; holds K1 and co-works K2, which does not count.
        assertThat(Html.summary(page("/my-caseload?date=2025-09-30", SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1"))))
                .containsEntry("Cases I hold as primary worker", "1 of my cap of 18 (5.6%)");
    }

    @Test
    void showsTheSupervisionRecordNewestFirst() throws Exception {
        String html = page("/my-caseload?date=2025-09-10", BOB);

        assertThat(Html.table(html, "Supervision")).containsExactly(
                List.of("12 August 2025", "Reflective", "60", "Dee Okafor, Jr"),
                List.of("8 August 2025", "One-to-one", "90", "Eve Patel"));
        assertThat(html).doesNotContain("Date of birth", "1999");
    }

    @Test
    void anAccountWithoutAWorkerIsToldSo() throws Exception {
        String html = page("/my-caseload", SignedInAs.role(Role.SOCIAL_WORKER));

        assertThat(html).contains("Your account is not linked to a worker in the workforce register")
                .doesNotContain("govuk-table");
        mvc.perform(get("/my-caseload/cases.csv").with(SignedInAs.role(Role.SOCIAL_WORKER))).andExpect(status().isNotFound());
        assertThat(audited()).isEmpty();
    }

    @Test
    void anAccountLinkedToAWorkerNotInTheRegisterIsToldSo() throws Exception {
        String html = page("/my-caseload", SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W99"));

        assertThat(html).contains("Your account is linked to a worker who is not in your authority&#39;s workforce register");
    }

    @ParameterizedTest
    @EnumSource(names = {"TEAM_MANAGER", "HR", "ADMINISTRATOR"})
    void itIsASocialWorkersPage(Role role) throws Exception {
        mvc.perform(get("/my-caseload").with(SignedInAs.role(role, Set.of("T1"), "W1"))).andExpect(status().isForbidden());
    }

    @Test
    void theViewIsAuditedAsAViewOfTheWorker() throws Exception {
        page("/my-caseload", BOB);

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("username", "social_worker").containsEntry("action", "VIEW")
                .containsEntry("subject_type", "worker").containsEntry("subject_id", "W2"));
    }

    @Test
    void theCasesDownloadHasTheColumnsAndRowsOfThePageAndIsAuditedAsAnExport() throws Exception {
        assertThat(csv("/my-caseload/cases.csv?date=2025-09-10", BOB)).containsExactly(
                "case_id,child_id,category,court_proceedings,role,since",
                "K2,C002,Child protection,Yes,Primary worker,2025-08-16");

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "EXPORT").containsEntry("subject_type", "worker").containsEntry("subject_id", "W2"));
    }
}
