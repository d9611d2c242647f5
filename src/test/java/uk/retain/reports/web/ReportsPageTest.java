package uk.retain.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/** The reports page, a report's page and its downloads, on the small bundle: what they are and who gets them. */
class ReportsPageTest extends PageTest {

    @Test
    void theReportsPageListsBothWithTheirDownloads() throws Exception {
        Document page = Jsoup.parse(page("/reports", SignedInAs.role(Role.SENIOR_LEADER)));

        assertThat(page.select("h1").text()).isEqualTo("Reports");
        assertThat(page.select("#report-members a").eachAttr("href"))
                .containsExactly("/reports/members", "/reports/members.pdf", "/reports/members.xlsx");
        assertThat(page.select("#report-ofsted a").eachAttr("href"))
                .containsExactly("/reports/ofsted", "/reports/ofsted.pdf", "/reports/ofsted.xlsx");
    }

    @Test
    void aReportsPageIsTheSameFragmentAsItsPdf() throws Exception {
        Document page = Jsoup.parse(page("/reports/ofsted", SignedInAs.role(Role.WORKFORCE_LEAD)));

        assertThat(page.select("h1").text()).isEqualTo("Ofsted pack");
        assertThat(page.select("section.retain-report-section h2").eachText()).contains("Statistical neighbours",
                "Caseloads and the newly qualified protection", "Continuity for children", "Supervision in date",
                "Programmes", "The DfE census return");
        assertThat(page.getElementById("caseloads-by-team")).isNotNull();
        assertThat(page.select("svg[role=img]")).hasSize(6);
    }

    @Test
    void theDownloadsAreAPdfAndAWorkbookAndAreAudited() throws Exception {
        var pdf = mvc.perform(get("/reports/members.pdf").with(SignedInAs.role(Role.SENIOR_LEADER)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment; filename=\"members-999-");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var xlsx = mvc.perform(get("/reports/ofsted.xlsx").with(SignedInAs.role(Role.WORKFORCE_LEAD)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // An XLSX is a zip.
        assertThat(xlsx.getContentAsByteArray()[0]).isEqualTo((byte) 'P');

        List<Map<String, Object>> audited = audited();
        assertThat(audited).extracting(row -> row.get("subject_type")).contains("report");
        assertThat(audited).extracting(row -> row.get("action")).contains("EXPORT");
    }

    @Test
    void anUnknownReportIsNotFoundAndOtherRolesAreRefused() throws Exception {
        mvc.perform(get("/reports/budget").with(SignedInAs.role(Role.SENIOR_LEADER))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/budget.pdf").with(SignedInAs.role(Role.SENIOR_LEADER))).andExpect(status().isNotFound());
        for (Role role : List.of(Role.HR, Role.TEAM_MANAGER, Role.SOCIAL_WORKER, Role.REGIONAL_ANALYST, Role.ADMINISTRATOR)) {
            mvc.perform(get("/reports/members.pdf").with(SignedInAs.role(role))).andExpect(status().isForbidden());
        }
    }
}
