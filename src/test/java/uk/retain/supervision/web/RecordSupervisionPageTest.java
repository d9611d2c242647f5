package uk.retain.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

import uk.retain.people.Account;
import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * Recording a supervision session on the page: every rule of the form one by one (each error on its field and in the
 * summary, nothing written), a good session written with who recorded it and the cases discussed, audited, and seen
 * at once in the supervisee's record; who may record.
 */
class RecordSupervisionPageTest extends PageTest {

    /** The team manager of T1, whose account is Eve Patel (TM1) of the register. */
    static final RequestPostProcessor EVE = SignedInAs.account(new Account("eve.manager", "Eve Patel", Role.TEAM_MANAGER, "999",
            null, Set.of("T1"), "TM1"));
    /** A team manager of T1 whose account is linked to no worker: they name the supervisor. */
    static final RequestPostProcessor UNLINKED = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    static final RequestPostProcessor ANN = SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1");

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** A good session for Ann Smith (W1, in T1 since 2020), with one field changed. */
    static Map<String, String> session(String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("worker", "W1");
        fields.put("date-day", "3");
        fields.put("date-month", "10");
        fields.put("date-year", "2025");
        fields.put("kind", "one_to_one");
        fields.put("minutes", "95");
        fields.put("casesDiscussed", "4");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        return fields;
    }

    MockHttpServletRequestBuilder posted(Map<String, String> fields, RequestPostProcessor viewer) {
        MockHttpServletRequestBuilder request = post("/supervision/record").with(csrf()).with(viewer);
        fields.forEach(request::param);
        return request;
    }

    int sessions() {
        return jdbc.queryForObject("select count(*) from supervision where la_code = '999'", Integer.class);
    }

    /** Posts the session, which must be refused with {@code message} on the field {@code id}, writing nothing. */
    void refused(Map<String, String> fields, RequestPostProcessor viewer, String id, String message) throws Exception {
        int before = sessions();
        int auditedBefore = audited().size();
        String html = mvc.perform(posted(fields, viewer)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).as(message).contains("<a href=\"#" + id + "\">" + message + "</a>", "govuk-form-group--error",
                "<title>Error: Record a supervision session");
        String errorId = id.equals("date-day") ? "date-error" : id + "-error";
        assertThat(html).as(message).containsPattern("id=\"" + errorId + "\">\\s*<span class=\"govuk-visually-hidden\">Error:</span> "
                + java.util.regex.Pattern.quote(message));
        assertThat(sessions()).as("nothing written").isEqualTo(before);
        assertThat(audited()).as("nothing audited").hasSize(auditedBefore);
    }

    @Test
    void theSuperviseeIsRequiredKnownAndInTheManagersTeamOnTheDay() throws Exception {
        refused(session("worker", ""), EVE, "worker", "Choose the supervisee");
        refused(session("worker", "W99"), EVE, "worker", "Choose a worker of the register");
        // Cal Khan (W3) is in T2 only; Dee Okafor (W4) was in T2 and has left.
        refused(session("worker", "W3"), EVE, "worker", "The supervisee was not in your team on that date");
        refused(session("worker", "W4", "date-year", "2024"), EVE, "worker", "The supervisee was not in your team on that date");
    }

    @Test
    void theDateIsARealDayNotInTheFutureNorBeforeTheSuperviseeStarted() throws Exception {
        refused(session("date-day", "", "date-month", "", "date-year", ""), EVE, "date-day", "Enter the date of the session");
        refused(session("date-day", "31", "date-month", "2"), EVE, "date-day", "Enter a real date, for example 27 11 2026");
        refused(session("date-year", "25"), EVE, "date-day", "Enter a real date, for example 27 11 2026");
        LocalDate tomorrow = today().plusDays(1);
        refused(session("date-day", "" + tomorrow.getDayOfMonth(), "date-month", "" + tomorrow.getMonthValue(),
                "date-year", "" + tomorrow.getYear()), EVE, "date-day", "The date of the session must be today or in the past");
        // Ann started on 1 January 2020.
        refused(session("date-day", "31", "date-month", "12", "date-year", "2019"), EVE, "date-day",
                "The date of the session must be on or after the supervisee started in employment");
    }

    @Test
    void theKindIsOneOfTheThree() throws Exception {
        refused(session("kind", ""), EVE, "kind", "Choose the kind of session");
        refused(session("kind", "phone_call"), EVE, "kind", "Choose one-to-one, group or reflective");
    }

    @Test
    void minutesAreAWholeNumberFrom1To480() throws Exception {
        refused(session("minutes", ""), EVE, "minutes", "Enter the length of the session in minutes");
        refused(session("minutes", "ninety"), EVE, "minutes", "Enter the length as a whole number of minutes, for example 90");
        refused(session("minutes", "90.5"), EVE, "minutes", "Enter the length as a whole number of minutes, for example 90");
        refused(session("minutes", "0"), EVE, "minutes", "The length must be from 1 to 480 minutes");
        refused(session("minutes", "481"), EVE, "minutes", "The length must be from 1 to 480 minutes");
        mvc.perform(posted(session("minutes", "1"), EVE)).andExpect(redirectedUrl("/supervision/record"));
        mvc.perform(posted(session("minutes", "480", "kind", "group"), EVE)).andExpect(redirectedUrl("/supervision/record"));
    }

    @Test
    void casesDiscussedAreAWholeNumberZeroOrMore() throws Exception {
        refused(session("casesDiscussed", ""), EVE, "casesDiscussed", "Enter how many cases were discussed, 0 if none");
        refused(session("casesDiscussed", "-1"), EVE, "casesDiscussed", "Enter the cases discussed as a whole number, 0 or more");
        refused(session("casesDiscussed", "some"), EVE, "casesDiscussed", "Enter the cases discussed as a whole number, 0 or more");
        mvc.perform(posted(session("casesDiscussed", "0"), EVE)).andExpect(redirectedUrl("/supervision/record"));
    }

    @Test
    void aManagerWithoutAWorkerNamesTheSupervisorWhoIsAWorkerAndNotTheSupervisee() throws Exception {
        assertThat(page("/supervision/record", UNLINKED)).contains("id=\"supervisor\"");
        assertThat(page("/supervision/record", EVE)).doesNotContain("id=\"supervisor\"").contains("You (Eve Patel)");
        refused(session(), UNLINKED, "supervisor", "Choose the supervisor");
        refused(session("supervisor", "W99"), UNLINKED, "supervisor", "Choose a supervisor who is a worker of the register");
        refused(session("supervisor", "W1"), UNLINKED, "supervisor", "The supervisor cannot be the supervisee");
        mvc.perform(posted(session("supervisor", "W4"), UNLINKED)).andExpect(redirectedUrl("/supervision/record"));
        assertThat(jdbc.queryForObject("select supervisor_id from supervision where recorded_by is not null", String.class)).isEqualTo("W4");
    }

    @Test
    void theSameSessionTwiceIsRefusedTheSecondTime() throws Exception {
        mvc.perform(posted(session(), EVE)).andExpect(redirectedUrl("/supervision/record"));
        refused(session("minutes", "60"), EVE, "date-day", "A session of this kind with this supervisor is already recorded on that date");
    }

    @Test
    void everyProblemIsListedAtOnceAndWhatWasEnteredIsKept() throws Exception {
        String html = mvc.perform(posted(session("minutes", "999", "casesDiscussed", "-2", "kind", ""), EVE))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<a href=\"#kind\">", "<a href=\"#minutes\">", "<a href=\"#casesDiscussed\">")
                .contains("value=\"999\"", "value=\"-2\"").containsPattern("<option value=\"W1\" selected=\"selected\">");
        assertThat(html.indexOf("href=\"#kind\"")).isLessThan(html.indexOf("href=\"#minutes\""));
    }

    @Test
    void aRecordedSessionIsStoredAuditedAndInTheSuperviseesRecordAtOnce() throws Exception {
        long before = registers.find("999").orElseThrow().version();
        FlashMap flash = mvc.perform(posted(session(), EVE)).andExpect(redirectedUrl("/supervision/record"))
                .andReturn().getFlashMap();

        Map<String, Object> row = jdbc.queryForMap("select worker_id, supervisor_id, held_on, kind, minutes, cases_discussed, recorded_by,"
                + " recorded_at from supervision where recorded_by is not null");
        assertThat(row).containsEntry("worker_id", "W1").containsEntry("supervisor_id", "TM1").containsEntry("kind", "one_to_one")
                .containsEntry("minutes", 95).containsEntry("cases_discussed", 4).containsEntry("recorded_by", "eve.manager");
        assertThat(row.get("held_on").toString()).isEqualTo("2025-10-03");
        assertThat(row.get("recorded_at")).isNotNull();
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(before + 1);
        assertThat(audited()).singleElement().satisfies(event -> assertThat(event).containsEntry("username", "eve.manager")
                .containsEntry("action", "CHANGE").containsEntry("subject_type", "supervision").containsEntry("subject_id", "W1"));

        String done = mvc.perform(get("/supervision/record").flashAttrs(flash).with(EVE)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(done)).contains("Session recorded", "One-to-one session of 95 minutes with Ann Smith on 3 October 2025.");

        String mine = page("/my-supervision?date=2025-10-10", ANN);
        assertThat(Html.table(mine, "Supervision")).first().isEqualTo(List.of("3 October 2025", "One-to-one", "95", "Eve Patel"));
        // Ann is not in ASYE: monthly after the last counting session (95 minutes, one-to-one: it counts).
        assertThat(Html.summary(mine)).containsEntry("Next supervision due by", "3 November 2025 In date")
                .containsEntry("Last supervision that counts", "3 October 2025");
        assertThat(Html.table(page("/workers/W1?date=2025-10-10", EVE), "Supervision")).first()
                .isEqualTo(List.of("3 October 2025", "One-to-one", "95", "Eve Patel"));
    }

    @Test
    void theOwnRecordSaysWhenSupervisionIsOverdueAndUnderWhichRule() throws Exception {
        // Ann's last counting session was on 1 August 2025 (the group session of 5 September does not count).
        String mine = page("/my-supervision?date=2025-09-30", ANN);
        assertThat(Html.summary(mine)).containsEntry("Next supervision due by", "1 September 2025 Overdue by 29 day(s)")
                .containsEntry("Last supervision that counts", "1 August 2025");
        assertThat(Html.text(mine)).contains("The default rule (LGA Employer Standard 5)");
        assertThat(Html.table(mine, "Supervision")).containsExactly(
                List.of("5 September 2025", "Group", "120", "Eve Patel"),
                List.of("1 August 2025", "One-to-one", "90", "Eve Patel"));
        // Due on the day itself is not overdue.
        assertThat(Html.summary(page("/my-supervision?date=2025-09-01", ANN))).containsEntry("Next supervision due by", "1 September 2025 In date");
        assertThat(audited()).filteredOn(e -> "supervision".equals(e.get("subject_type"))).hasSize(2)
                .allSatisfy(e -> assertThat(e).containsEntry("subject_id", "W1").containsEntry("action", "VIEW"));
    }

    @Test
    void aLongHistoryShowsTheLastTenThenPages() throws Exception {
        for (int i = 1; i <= 23; i++) {
            jdbc.update("insert into supervision (la_code, seq, worker_id, supervisor_id, held_on, kind, minutes) values ('999', ?, 'W1', 'TM1', ?, 'one_to_one', 90)",
                    100 + i, java.sql.Date.valueOf(LocalDate.of(2024, 1, 1).plusWeeks(i)));
        }
        jdbc.update("update authority set import_version = import_version + 1 where la_code = '999'");
        // 2 sessions of the bundle and 23 more: 25, in three pages of 10.
        String first = page("/workers/W1?date=2025-09-30", EVE);
        assertThat(Html.table(first, "Supervision")).hasSize(10).first().isEqualTo(List.of("5 September 2025", "Group", "120", "Eve Patel"));
        assertThat(Html.text(first)).contains("Showing 1 to 10 of 25.");
        assertThat(first).contains("govuk-pagination", "href=\"?date=2025-09-30&amp;sessions=2#supervision\"");
        String third = page("/workers/W1?date=2025-09-30&sessions=3", EVE);
        assertThat(Html.table(third, "Supervision")).hasSize(5).last().isEqualTo(List.of("8 January 2024", "One-to-one", "90", "Eve Patel"));
        assertThat(Html.text(third)).contains("Showing 21 to 25 of 25.");
        assertThat(Html.table(page("/my-supervision?date=2025-09-30&sessions=2", ANN), "Supervision")).hasSize(10);
        assertThat(Html.table(page("/my-caseload?date=2025-09-30", ANN), "Supervision")).hasSize(10);
    }

    @Test
    void theWorkerPageGivesTheNextDueDateToThoseWhoSeeSupervision() throws Exception {
        assertThat(Html.summary(page("/workers/W1?date=2025-09-30", EVE))).containsEntry("Next supervision due by",
                "1 September 2025 Overdue by 29 day(s)");
        assertThat(Html.summary(page("/workers/W1?date=2025-09-30", SignedInAs.role(Role.WORKFORCE_LEAD))))
                .containsKey("Next supervision due by");
        assertThat(Html.summary(page("/workers/W1?date=2025-09-30", SignedInAs.role(Role.HR)))).containsKey("Next supervision due by");
        assertThat(page("/workers/W1?date=2025-09-30", EVE)).contains("href=\"/supervision/record?worker=W1\"");
        assertThat(page("/supervision/record?worker=W1", EVE)).contains("<option value=\"W1\" selected=\"selected\">");
        assertThat(page("/workers/W1?date=2025-09-30", SignedInAs.role(Role.HR))).doesNotContain("/supervision/record");
        // A senior leader sees supervision in aggregate only: not one worker's sessions.
        String leader = page("/workers/W1?date=2025-09-30", SignedInAs.role(Role.SENIOR_LEADER));
        assertThat(leader).doesNotContain("Next supervision", "Eve Patel").contains("Ann Smith");
    }

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "WORKFORCE_LEAD", "HR", "SENIOR_LEADER", "REGIONAL_ANALYST", "ADMINISTRATOR"})
    void onlyATeamManagerRecords(Role role) throws Exception {
        RequestPostProcessor viewer = SignedInAs.role(role, Set.of("T1"), role == Role.SOCIAL_WORKER ? "W1" : null);
        assertThat(mvc.perform(get("/supervision/record").with(viewer)).andReturn().getResponse().getStatus()).isEqualTo(403);
        int before = sessions();
        assertThat(mvc.perform(posted(session("supervisor", "TM1"), viewer)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void aManagerOfAnotherTeamCannotRecordForThisOne() throws Exception {
        RequestPostProcessor managerOfT2 = SignedInAs.account(new Account("t2.manager", "T2 Manager", Role.TEAM_MANAGER, "999",
                null, Set.of("T2"), "TM1"));
        refused(session(), managerOfT2, "worker", "The supervisee was not in your team on that date");
        assertThat(page("/supervision/record", managerOfT2)).contains("<option value=\"W3\">Cal Khan</option>")
                .doesNotContain("<option value=\"W1\"");
    }

    @Test
    void aSocialWorkerWithoutAWorkerIsToldSo() throws Exception {
        assertThat(Html.text(page("/my-supervision", SignedInAs.role(Role.SOCIAL_WORKER))))
                .contains("Your account is not linked to a worker in the register");
        assertThat(mvc.perform(get("/my-supervision").with(SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
