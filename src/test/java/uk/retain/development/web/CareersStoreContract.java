package uk.retain.development.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.development.CareerPathways;
import uk.retain.development.CareersFiles;
import uk.retain.development.CriticalRolesFile;
import uk.retain.development.DevelopmentFile;
import uk.retain.development.LevelChangesFile;
import uk.retain.development.Readiness;
import uk.retain.development.Succession;
import uk.retain.development.SuccessorsFile;
import uk.retain.development.TransferRequestsFile;
import uk.retain.development.TransferStatus;
import uk.retain.development.Transfers;
import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The careers records against a real database: a CPD activity recorded on the page is stored in the authority's
 * development.csv (so the bundle export carries it) and a refused one writes nothing; a social worker's transfer
 * request is stored; an approval ends the worker's row the day before the move and starts one in the new team,
 * keeping the history; and two approvals of one request at the same moment make one new row, the second told the
 * request is decided; the practice priorities and pathway levels the workforce lead changes are stored and read
 * back, and two changes made at the same moment both stand. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class CareersStoreContract {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final RequestPostProcessor ANN = SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1");
    static final RequestPostProcessor EVE = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    Transfers transfers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    uk.retain.development.PracticePriorities priorities;

    @Autowired
    CareersFiles careersFiles;

    @Autowired
    Succession succession;

    @Autowired
    CareerPathways pathways;

    @BeforeEach
    void smallBundle() throws Exception {
        registers.replace(Bundles.read(SMALL));
        jdbc.update("delete from transfer_request");
        jdbc.update("delete from practice_priority");
        jdbc.update("delete from career_level");
        jdbc.update("delete from successor");
        jdbc.update("delete from critical_role");
        jdbc.update("delete from career_level_change");
    }

    @Test
    void aCpdActivityRecordedOnThePageIsStoredInDevelopmentCsv() throws Exception {
        mvc.perform(post("/development/record").with(ANN).with(csrf()).param("date-day", "3").param("date-month", "9")
                .param("date-year", "2025").param("activity", "reading_research").param("hours", "2.5").param("kss", "P6")
                .param("kss", "P1").param("title", "Research in Practice: neglect")).andExpect(status().is3xxRedirection());
        var rows = registers.find("999").orElseThrow().register().rows(DevelopmentFile.class);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).workerId()).isEqualTo("W1");
        assertThat(rows.get(0).kss()).extracting(k -> k.code()).containsExactly("P1", "P6");
        String stored = jdbc.queryForObject("select content from capability_file where la_code = '999' and file_name = 'development.csv'",
                String.class);
        assertThat(stored).contains("W1,2025-09-03,reading_research,2.5,P1;P6,Research in Practice: neglect");
        // The team manager records for a worker of T1; the page then counts both activities.
        mvc.perform(post("/development/record").with(EVE).with(csrf()).param("worker", "W1").param("date-day", "4").param("date-month", "9")
                .param("date-year", "2025").param("activity", "course").param("hours", "6")).andExpect(status().is3xxRedirection());
        assertThat(registers.find("999").orElseThrow().register().rows(DevelopmentFile.class)).hasSize(2);
    }

    @Test
    void aRefusedActivityWritesNothingAndSaysWhyOnEachField() throws Exception {
        long version = registers.find("999").orElseThrow().version();
        String page = mvc.perform(post("/development/record").with(EVE).with(csrf()).param("worker", "W3").param("date-day", "31")
                .param("date-month", "2").param("date-year", "2025").param("hours", "0")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Error: ").contains("There is a problem").contains("The date must be a real date")
                .contains("Choose the kind of activity").contains("Hours must be more than 0 and at most 100");
        // W3 is in T2, not the manager's team: refused on the worker's field once the date reads.
        String other = mvc.perform(post("/development/record").with(EVE).with(csrf()).param("worker", "W3").param("date-day", "1")
                .param("date-month", "9").param("date-year", "2025").param("activity", "course").param("hours", "2"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(other).contains("You can only record an activity for yourself or a worker of your teams on that day");
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from capability_file where file_name = 'development.csv'", Integer.class)).isZero();
    }

    static final RequestPostProcessor CAL = SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W3");
    static final RequestPostProcessor DAN = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T2"), null);
    /** Ann's activity as development.csv writes it and its recorded note keeps it. */
    static final String ANNS = "W1,2025-09-03,reading_research,2.5,P1,Neglect";

    /** Ann records an activity of hers; answers its recorded note's number. */
    private int annRecords() throws Exception {
        mvc.perform(post("/development/record").with(ANN).with(csrf()).param("date-day", "3").param("date-month", "9")
                .param("date-year", "2025").param("activity", "reading_research").param("hours", "2.5").param("kss", "P1")
                .param("title", "Neglect")).andExpect(status().is3xxRedirection());
        return registers.rowsRecorded("999", DevelopmentFile.class).getLast().seq();
    }

    /** A change of activity {@code id} as shown ({@code was}) to a course on 4 September, {@code fields} put in by name and value. */
    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changing(int id, String was,
            RequestPostProcessor who, String... fields) {
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>(java.util.Map.of("was", was, "date-day", "4", "date-month", "9",
                "date-year", "2025", "activity", "course", "hours", "3", "title", "Neglect course"));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        var request = post("/development/activities/" + id + "/change").with(who).with(csrf()).param("kss", "P6").param("kss", "P1");
        form.forEach(request::param);
        return request;
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private List<String> notes() {
        return jdbc.queryForList("select row_cells from capability_row_recorded where la_code = '999' and file_name = 'development.csv' order by seq",
                String.class);
    }

    private String storedFile() {
        return jdbc.queryForObject("select content from capability_file where la_code = '999' and file_name = 'development.csv'", String.class);
    }

    @Test
    void aWorkerChangesTheirRecordedActivityCheckedAsANewOneIs() throws Exception {
        int id = annRecords();
        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        String mine = page(get("/my-development").with(ANN), 200);
        assertThat(mine).contains("/development/activities/" + id + "/change").contains("/development/activities/" + id + "/remove");
        String form = page(get("/development/activities/" + id + "/change").with(ANN), 200);
        assertThat(form).contains("<h1 class=\"govuk-heading-l\">Change a CPD activity</h1>").contains("value=\"2.5\"")
                .contains("value=\"Neglect\"").contains("name=\"was\" value=\"" + ANNS + "\"")
                .containsPattern("value=\"reading_research\"\\s+checked").containsPattern("value=\"P1\"\\s+checked")
                .containsPattern("name=\"date-day\"\\s+value=\"3\"").containsPattern("name=\"date-year\"\\s+value=\"2025\"");
        // Checked as a new activity is: hours of 0 are refused on their field and nothing changes.
        String refused = page(changing(id, ANNS, ANN, "hours", "0"), 422);
        assertThat(refused).contains("<title>Error: Change a CPD activity").contains("There is a problem")
                .contains("Hours must be more than 0 and at most 100").contains("name=\"was\" value=\"" + ANNS + "\"");
        assertThat(notes()).containsExactly(ANNS);
        // Keeping its own day and kind is no duplicate of itself.
        mvc.perform(changing(id, ANNS, ANN, "date-day", "3", "activity", "reading_research", "title", "Neglect"))
                .andExpect(status().is3xxRedirection());
        String kept = "W1,2025-09-03,reading_research,3,P1;P6,Neglect";
        assertThat(notes()).containsExactly(kept);
        var done = mvc.perform(changing(id, kept, ANN)).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/my-development")).andReturn();
        String changed = "W1,2025-09-04,course,3,P1;P6,Neglect course";
        assertThat(notes()).containsExactly(changed);
        assertThat(storedFile()).contains(changed).doesNotContain("reading_research");
        var rows = registers.find("999").orElseThrow().register().rows(DevelopmentFile.class);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2025, 9, 4));
        // The banner after the redirect is the browser test's (CareersBrowserTest): here, what the redirect carries.
        assertThat(done.getFlashMap().get("changed")).hasToString(
                "Changed[message=development.change.done, workerName=Ann Smith, date=4 September 2025]");
        assertThat(jdbc.queryForList("select detail from audit_event where subject_type = 'development' and subject_id = 'W1'"
                + " and action = 'CHANGE' and id > ? order by id", String.class, mark)).containsExactly(
                "changed CPD activity " + ANNS + " to reading_research of 3 hour(s) on 2025-09-03",
                "changed CPD activity " + kept + " to course of 3 hour(s) on 2025-09-04");
    }

    @Test
    void aWorkerRemovesTheirRecordedActivityOnceTheyConfirm() throws Exception {
        int id = annRecords();
        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        String confirm = page(get("/development/activities/" + id + "/remove").with(ANN), 200);
        assertThat(confirm).contains("Are you sure you want to remove this CPD activity?").contains("govuk-warning-text")
                .contains("Neglect").contains("3 September 2025").contains("name=\"was\" value=\"" + ANNS + "\"");
        assertThat(notes()).containsExactly(ANNS);
        var done = mvc.perform(post("/development/activities/" + id + "/remove").with(ANN).with(csrf()).param("was", ANNS))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(notes()).isEmpty();
        assertThat(registers.find("999").orElseThrow().register().rows(DevelopmentFile.class)).isEmpty();
        assertThat(storedFile()).doesNotContain("Neglect");
        assertThat(done.getFlashMap().get("changed")).hasToString(
                "Changed[message=development.remove.done, workerName=Ann Smith, date=3 September 2025]");
        assertThat(page(get("/my-development").with(ANN), 200)).contains("You have no CPD activity recorded");
        assertThat(jdbc.queryForList("select detail from audit_event where subject_type = 'development' and subject_id = 'W1'"
                + " and action = 'CHANGE' and id > ?", String.class, mark)).containsExactly("removed CPD activity " + ANNS);
    }

    @Test
    void aChangeOrRemovalOfAnActivityNoLongerAsShownIsRefusedAndTouchesNoOtherRow() throws Exception {
        int first = annRecords();
        mvc.perform(post("/development/record").with(EVE).with(csrf()).param("worker", "W1").param("date-day", "5").param("date-month", "9")
                .param("date-year", "2025").param("activity", "course").param("hours", "6")).andExpect(status().is3xxRedirection());
        int second = registers.rowsRecorded("999", DevelopmentFile.class).getLast().seq();
        String seconds = "W1,2025-09-05,course,6,,";
        assertThat(notes()).containsExactly(ANNS, seconds);
        // Changed in another tab: the page that showed it as it was is refused, for a change and for a removal.
        mvc.perform(changing(first, ANNS, ANN, "hours", "4")).andExpect(status().is3xxRedirection());
        String now = "W1,2025-09-04,course,4,P1;P6,Neglect course";
        long version = registers.find("999").orElseThrow().version();
        assertThat(page(changing(first, ANNS, ANN), 409)).contains("The activity has changed").contains("Nothing was saved");
        assertThat(page(post("/development/activities/" + first + "/remove").with(ANN).with(csrf()).param("was", ANNS), 409))
                .contains("The activity has changed");
        // Another activity's number with this one's cells is refused too: the row is known by both.
        page(changing(second, now, ANN), 409);
        page(post("/development/activities/" + second + "/remove").with(ANN).with(csrf()).param("was", now), 409);
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(notes()).containsExactly(now, seconds);
        // An import replaces the file and clears the notes: nothing of Retain's is left to change.
        registers.replace(Bundles.read(SMALL));
        page(changing(first, now, ANN), 409);
        page(get("/development/activities/" + first + "/change").with(ANN), 404);
        page(get("/development/activities/" + second + "/remove").with(ANN), 404);
    }

    @Test
    void anotherWorkersActivityIsNotFoundAndAnImportedOneCannotBeChanged() throws Exception {
        int id = annRecords();
        // Cal (W3, T2) and Dan (manager of T2 only) may not touch Ann's; Eve (manager of T1) may.
        for (RequestPostProcessor other : List.of(CAL, DAN)) {
            page(get("/development/activities/" + id + "/change").with(other), 404);
            page(get("/development/activities/" + id + "/remove").with(other), 404);
            page(changing(id, ANNS, other, "worker", "W3"), 404);
            page(post("/development/activities/" + id + "/remove").with(other).with(csrf()).param("was", ANNS), 404);
        }
        assertThat(notes()).containsExactly(ANNS);
        assertThat(page(get("/development/activities/" + id + "/change").with(EVE), 200)).contains("Change a CPD activity");
        // A manager may not move it to a worker outside their teams: refused on the worker's field.
        assertThat(page(changing(id, ANNS, EVE, "worker", "W3"), 422))
                .contains("You can only record an activity for yourself or a worker of your teams on that day");
        assertThat(notes()).containsExactly(ANNS);
        // An imported activity has no recorded note: the page says where to correct it and offers no change.
        Register imported = Bundles.read(SMALL).withRows(DevelopmentFile.class, List.of(new uk.retain.development.DevelopmentActivity("W1",
                LocalDate.of(2025, 8, 1), uk.retain.development.Activity.COURSE, java.math.BigDecimal.valueOf(6), List.of(), "Imported course")));
        registers.replace(imported);
        String mine = page(get("/my-development").with(ANN), 200);
        assertThat(mine).contains("Imported course").contains("Imported, not recorded in Retain: correct it in the system it came from")
                .doesNotContain("/development/activities/");
        page(changing(0, "W1,2025-08-01,course,6,,Imported course", ANN), 409);
        page(get("/development/activities/0/change").with(ANN), 404);
        assertThat(registers.find("999").orElseThrow().register().rows(DevelopmentFile.class)).extracting(a -> a.title())
                .containsExactly("Imported course");
    }

    @Test
    void aSocialWorkerAsksToMoveAndSeesTheRuleAppliedToThem() throws Exception {
        String before = mvc.perform(get("/my-transfer").with(ANN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("In post in the team for").contains("at least 12 needed");
        mvc.perform(post("/my-transfer").with(ANN).with(csrf()).param("team", "T2").param("reason", "To work with older children"))
                .andExpect(status().is3xxRedirection());
        var held = transfers.requests("999");
        assertThat(held).hasSize(1);
        assertThat(held.get(0).fromTeamId()).isEqualTo("T1");
        assertThat(held.get(0).status()).isEqualTo(TransferStatus.REQUESTED);
        // A second request while the first waits is refused.
        mvc.perform(post("/my-transfer").with(ANN).with(csrf()).param("team", "T2").param("reason", "Again"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void anApprovalEndsTheRowTheDayBeforeTheMoveAndStartsOneInTheNewTeam() {
        long id = agreedRequest();
        var outcome = transfers.approve("999", id, LocalDate.of(2026, 2, 1), null, "lead", version -> {
        });
        assertThat(outcome).isInstanceOf(Transfers.Done.class);
        List<Employment> rows = w1Rows();
        assertThat(rows).hasSize(3);
        assertThat(rows).filteredOn(r -> r.teamId().equals("T1") && r.jobRole().code().equals("senior_social_worker"))
                .singleElement().extracting(Employment::endDate).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(rows).filteredOn(r -> r.teamId().equals("T2")).singleElement()
                .satisfies(r -> {
                    assertThat(r.startDate()).isEqualTo(LocalDate.of(2026, 2, 1));
                    assertThat(r.endDate()).isNull();
                    assertThat(r.jobRole().code()).isEqualTo("senior_social_worker");
                });
        assertThat(transfers.request("999", id).orElseThrow().status()).isEqualTo(TransferStatus.APPROVED);
    }

    @Test
    void anApprovalIsRefusedUntilBothManagersAgree() {
        long id = transfers.insert("999", "W1", "T1", "T2", "closer to home", LocalDate.of(2026, 1, 5), "ann");
        transfers.answer("999", id, Transfers.Side.CURRENT, true, "eve");
        var outcome = transfers.approve("999", id, LocalDate.of(2026, 2, 1), null, "lead", version -> {
        });
        assertThat(outcome).isEqualTo(new Transfers.Refused(java.util.Map.of("moveOn", "transfers.decide.error.rule")));
        assertThat(w1Rows()).hasSize(2);
    }

    @Test
    void twoApprovalsAtTheSameMomentMakeOneNewRow() throws Exception {
        long id = agreedRequest();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Transfers.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String by = "approver" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return transfers.approve("999", id, LocalDate.of(2026, 2, 1), null, by, version -> {
                    });
                }));
            }
            start.countDown();
            List<Transfers.Outcome> done = new ArrayList<>();
            for (Future<Transfers.Outcome> outcome : outcomes) {
                done.add(outcome.get());
            }
            assertThat(done).filteredOn(Transfers.Done.class::isInstance).hasSize(1);
            assertThat(done).filteredOn(Transfers.Refused.class::isInstance).singleElement()
                    .isEqualTo(new Transfers.Refused(java.util.Map.of("moveOn", "transfers.decide.error.decided")));
        } finally {
            pool.shutdownNow();
        }
        assertThat(w1Rows()).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from employment where la_code = '999' and worker_id = 'W1'", Integer.class)).isEqualTo(3);
    }

    static final RequestPostProcessor HR = SignedInAs.role(Role.HR);

    @Test
    void hrRecordsARetentionPaymentStoredInItsFileAndTheLeavingPageCountsALeaverInsideItsClawback() throws Exception {
        // W4 left on 2025-08-15: a golden hello paid on 2025-01-01 with 12 months' clawback is to be repaid.
        int audited = jdbc.queryForObject("select count(*) from audit_event where subject_type = 'retention_payment' and subject_id = 'W4'",
                Integer.class);
        mvc.perform(post("/retention-payments").with(HR).with(csrf()).param("worker", "W4").param("kind", "golden_hello")
                .param("amount", "2,000").param("paidOn-day", "1").param("paidOn-month", "1").param("paidOn-year", "2025")
                .param("clawbackMonths", "12")).andExpect(status().is3xxRedirection());
        var rows = registers.find("999").orElseThrow().register().rows(uk.retain.development.RetentionPaymentsFile.class);
        assertThat(rows).containsExactly(new uk.retain.development.RetentionPayment("RP-1", "W4",
                uk.retain.development.RetentionPaymentKind.GOLDEN_HELLO, new java.math.BigDecimal("2000.00"), LocalDate.of(2025, 1, 1), 12));
        assertThat(jdbc.queryForObject("select content from capability_file where la_code = '999' and file_name = 'retention_payments.csv'",
                String.class)).contains("RP-1,W4,golden_hello,2000.00,2025-01-01,12");
        assertThat(jdbc.queryForObject("select count(*) from capability_row_recorded where la_code = '999' and file_name = 'retention_payments.csv'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'retention_payment' and subject_id = 'W4'",
                Integer.class)).isEqualTo(audited + 1);
        String page = mvc.perform(get("/retention-payments").with(HR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Leavers inside a clawback period").contains("£2,000.00").contains("2024-25").contains("recorded in Retain");
        String leaving = mvc.perform(get("/leaving").param("from", "2025-01-01").param("to", "2025-12-31").with(HR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(leaving).contains("1 of the leavers left inside the clawback period").contains("/retention-payments");
        // A senior leader sees the count on the leaving page, never the payments.
        String senior = mvc.perform(get("/leaving").param("from", "2025-01-01").param("to", "2025-12-31").with(SignedInAs.role(Role.SENIOR_LEADER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(senior).contains("1 of the leavers left inside").doesNotContain("/retention-payments").doesNotContain("2,000");
        mvc.perform(get("/retention-payments").with(SignedInAs.role(Role.WORKFORCE_LEAD))).andExpect(status().isForbidden());
        // The bundle export carries the payment, and reads back as the same row.
        java.nio.file.Path out = java.nio.file.Files.createTempDirectory("payments");
        uk.retain.workforce.BundleWriter.writeFolder(registers.find("999").orElseThrow().register(), out);
        assertThat(Bundles.read(out).rows(uk.retain.development.RetentionPaymentsFile.class)).isEqualTo(rows);
    }

    @Test
    void aRefusedPaymentWritesNothingAndSaysWhyOnEachField() throws Exception {
        long version = registers.find("999").orElseThrow().version();
        String page = mvc.perform(post("/retention-payments").with(HR).with(csrf()).param("worker", "W404").param("amount", "lots")
                .param("paidOn-day", "30").param("paidOn-month", "2").param("paidOn-year", "2025").param("clawbackMonths", "61"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Error: ").contains("Select a worker of the authority").contains("Select the kind of payment")
                .contains("Enter the amount as a number").contains("must be a real date").contains("whole number of months from 0 to 60")
                .contains("href=\"#paidOn-day\"");
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from capability_file where file_name = 'retention_payments.csv'", Integer.class)).isZero();
    }

    static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);

    @Test
    void thePrioritiesTheLeadNamesAreStoredAndReadBack() throws Exception {
        mvc.perform(post("/practice-priorities").with(LEAD).with(csrf()).param("name", "Direct work with children")
                .param("kss", "P1").param("kss", "P3")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/practice-priorities/1").with(LEAD).with(csrf()).param("name", "Assessment").param("kss", "P6"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select priority_no || ':' || name || ':' || kss as p from practice_priority where la_code = '999'"
                + " order by priority_no", String.class)).containsExactly("1:Assessment:P6", "2:Core groups:P1;P5;P8",
                        "3:Writing plans:P7;P2", "4:Direct work with children:P1;P3");
        assertThat(priorities.priorities("999").get(3).kss()).extracting(k -> k.code()).containsExactly("P1", "P3");
        mvc.perform(post("/practice-priorities/defaults").with(LEAD).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from practice_priority", Integer.class)).isZero();
    }

    @Test
    void twoPrioritiesAddedAtTheSameMomentBothStand() throws Exception {
        var outcomes = atOnce(i -> priorities.add("999", "Priority " + i, List.of(uk.retain.development.KssStatement.P1)));
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.problems()).isEmpty());
        assertThat(outcomes).extracting(outcome -> outcome.priority().number()).containsExactlyInAnyOrder(4, 5);
        assertThat(priorities.priorities("999")).extracting(p -> p.name())
                .containsExactlyInAnyOrder("Assessment", "Core groups", "Writing plans", "Priority 0", "Priority 1");
    }

    @Test
    void aLevelTheLeadChangesIsStoredAndTwoChangedAtTheSameMomentBothStand() throws Exception {
        mvc.perform(post("/career-pathway/levels/practice_educator").with(LEAD).with(csrf()).param("name", "Practice educator")
                .param("criteria", "Educates students.").param("minimumMonths", "30").param("minPqeYears", "").param("minKss", "12")
                .param("qualification", "practice_educator_1")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select criteria, minimum_months, min_pqe_years, min_kss, qualification from career_level"
                + " where la_code = '999' and level_code = 'practice_educator'")).containsEntry("criteria", "Educates students.")
                .containsEntry("minimum_months", 30).containsEntry("min_pqe_years", null).containsEntry("min_kss", 12)
                .containsEntry("qualification", "practice_educator_1");
        String[] codes = {"social_worker_1", "team_manager"};
        List<java.util.Map<String, String>> outcomes = atOnce(i -> {
            var level = pathways.pathway("999").level(codes[i]).orElseThrow();
            return pathways.changeLevel("999", new uk.retain.development.CareerLevel(level.code(), "Changed " + i, level.route(),
                    level.step(), level.jobRole(), level.minimumMonths(), level.criteria(), level.minPqeYears(), level.minKss(),
                    level.qualification(), level.next()));
        });
        assertThat(outcomes).allSatisfy(problems -> assertThat(problems).isEmpty());
        var pathway = pathways.pathway("999");
        assertThat(pathway.level("social_worker_1").orElseThrow().name()).isEqualTo("Changed 0");
        assertThat(pathway.level("team_manager").orElseThrow().name()).isEqualTo("Changed 1");
        assertThat(pathway.level("practice_educator").orElseThrow().criteria()).isEqualTo("Educates students.");
    }

    /** What each of two calls made at the same moment answered. */
    private static <T> List<T> atOnce(java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            List<T> done = new ArrayList<>();
            for (Future<T> future : futures) {
                done.add(future.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private long agreedRequest() {
        long id = transfers.insert("999", "W1", "T1", "T2", "closer to home", LocalDate.of(2026, 1, 5), "ann");
        transfers.answer("999", id, Transfers.Side.CURRENT, true, "eve");
        transfers.answer("999", id, Transfers.Side.RECEIVING, true, "sam");
        return id;
    }

    private List<Employment> w1Rows() {
        return registers.find("999").orElseThrow().register().employments().stream().filter(r -> r.workerId().equals("W1")).toList();
    }

    static final RequestPostProcessor ADMIN = SignedInAs.role(Role.ADMINISTRATOR);

    /** A declined request and a waiting one, a role by job role with a successor and one by post, a level change. */
    private void recordCareers() {
        long declined = transfers.insert("999", "W1", "T1", "T2", "Closer to home.", LocalDate.of(2025, 3, 1), "ann");
        transfers.answer("999", declined, Transfers.Side.CURRENT, false, "eve");
        transfers.decline("999", declined, "The team is short.", "eve");
        transfers.insert("999", "W2", "T2", "T1", "Older children.", LocalDate.of(2025, 6, 1), "bob");
        long role = succession.addRole("999", "Team manager, North CP", null, JobRole.TEAM_MANAGER, "T1", "lead");
        succession.addRole("999", "Social worker in P1", "P1", null, null, "lead");
        succession.nameSuccessor("999", role, "W1", Readiness.READY_NOW, "lead");
        pathways.recordChange("999", "W1", "social_worker_2", LocalDate.of(2024, 1, 1), "lead");
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void theBundleExportCarriesTheCareersRecordsAndItsImportAddsNothing() throws Exception {
        recordCareers();
        byte[] zip = mvc.perform(get("/api/v1/authorities/999/bundle.zip").with(ADMIN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        Register exported = Bundles.readZip("999-bundle.zip", zip);
        assertThat(exported.rows(TransferRequestsFile.class)).isEqualTo(careersFiles.transfers("999")).satisfiesExactly(
                declined -> {
                    assertThat(declined.transferId()).startsWith(CareersFiles.RETAIN_ID);
                    assertThat(declined.status()).isEqualTo(TransferStatus.DECLINED);
                    assertThat(declined.currentAgrees()).isFalse();
                    assertThat(declined.decidedOn()).isEqualTo(transfers.today());
                    assertThat(declined.decisionNote()).isEqualTo("The team is short.");
                },
                waiting -> assertThat(waiting.status()).isEqualTo(TransferStatus.REQUESTED));
        assertThat(exported.rows(CriticalRolesFile.class)).isEqualTo(careersFiles.roles("999")).hasSize(2);
        assertThat(exported.rows(SuccessorsFile.class)).isEqualTo(careersFiles.successors("999")).singleElement()
                .satisfies(s -> assertThat(s.roleId()).isEqualTo(exported.rows(CriticalRolesFile.class).get(0).roleId()));
        assertThat(exported.rows(LevelChangesFile.class)).containsExactly(new LevelChangesFile.Row("W1", "social_worker_2", LocalDate.of(2024, 1, 1)));

        mvc.perform(multipart("/api/v1/bundles").file(new MockMultipartFile("bundle", "999-bundle.zip", "application/zip", zip)).with(ADMIN))
                .andExpect(status().isCreated());
        assertThat(careersFiles.transfers("999")).isEqualTo(exported.rows(TransferRequestsFile.class));
        assertThat(careersFiles.roles("999")).isEqualTo(exported.rows(CriticalRolesFile.class));
        assertThat(careersFiles.successors("999")).isEqualTo(exported.rows(SuccessorsFile.class));
        assertThat(careersFiles.levels("999")).isEqualTo(exported.rows(LevelChangesFile.class));
        // The tables are the store: the register is kept without the files.
        assertThat(registers.find("999").orElseThrow().register().has(TransferRequestsFile.class)).isFalse();
    }

    @Test
    void anImportAddsTheRowsRetainDoesNotHoldKeepsThoseItHoldsAndSaysSoBeforehand() throws Exception {
        recordCareers();
        List<TransferRequestsFile.Row> held = careersFiles.transfers("999");
        TransferRequestsFile.Row waiting = held.get(1);
        TransferRequestsFile.Row withdrawnElsewhere = new TransferRequestsFile.Row(waiting.transferId(), "W2", "T2", "T1",
                waiting.requestedOn(), TransferStatus.WITHDRAWN, "Older children.", null, null, null, LocalDate.of(2025, 6, 2), null);
        TransferRequestsFile.Row approved = new TransferRequestsFile.Row("TR-9", "W1", "T1", "T2", LocalDate.of(2024, 1, 5),
                TransferStatus.APPROVED, "Experience.", true, true, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1), null);
        Register bundle = Bundles.read(SMALL).toBuilder()
                .rows(TransferRequestsFile.class, List.of(withdrawnElsewhere, approved))
                .rows(CriticalRolesFile.class, List.of(new CriticalRolesFile.Row("CR-9", "Principal social worker", null,
                        JobRole.PRINCIPAL_SOCIAL_WORKER, null)))
                .rows(SuccessorsFile.class, List.of(new SuccessorsFile.Row("CR-9", "W2", Readiness.ONE_TO_TWO_YEARS)))
                .rows(LevelChangesFile.class, List.of(new LevelChangesFile.Row("W1", "social_worker_2", LocalDate.of(2024, 1, 1)),
                        new LevelChangesFile.Row("W2", "social_worker_2", LocalDate.of(2025, 9, 1))))
                .build();

        // The preview counts only what is added: Retain's own rows neither end nor change.
        var changes = registers.preview(bundle).changes();
        assertThat(changes.file(TransferRequestsFile.FILE)).hasValueSatisfying(c -> {
            assertThat(c.added()).isEqualTo(1);
            assertThat(c.ended()).isZero();
            assertThat(c.changed()).isZero();
        });
        assertThat(changes.file(LevelChangesFile.FILE)).hasValueSatisfying(c -> assertThat(c.added()).isEqualTo(1));

        registers.replace(bundle);
        assertThat(careersFiles.transfers("999")).containsExactly(held.get(0), waiting, approved);
        assertThat(transfers.request("999", Long.parseLong(waiting.transferId().substring(4))).orElseThrow().open()).isTrue();
        assertThat(careersFiles.roles("999")).extracting(CriticalRolesFile.Row::roleId).hasSize(3).endsWith("CR-9");
        assertThat(careersFiles.successors("999")).hasSize(2).contains(new SuccessorsFile.Row("CR-9", "W2", Readiness.ONE_TO_TWO_YEARS));
        assertThat(succession.roles("999")).extracting(Succession.CriticalRole::name).contains("Principal social worker");
        assertThat(pathways.changes("999").get("W2")).singleElement().satisfies(c -> assertThat(c.recordedBy()).isEqualTo(CareersFiles.IMPORTED_BY));

        // A bundle without the files leaves the tables as they are, and its preview says nothing of them.
        int[] before = {count("transfer_request"), count("critical_role"), count("successor"), count("career_level_change")};
        assertThat(registers.preview(Bundles.read(SMALL)).changes().file(TransferRequestsFile.FILE))
                .hasValueSatisfying(c -> assertThat(c.changesAnything()).isFalse());
        registers.replace(Bundles.read(SMALL));
        assertThat(new int[] {count("transfer_request"), count("critical_role"), count("successor"), count("career_level_change")})
                .containsExactly(before);
    }

    @Test
    void aRemovedSuccessorOrRoleIsGoneFromTheTablesAndTheFilesAndASecondRemovalFindsNothing() {
        recordCareers();
        long role = succession.roles("999").stream().filter(r -> r.jobRole() != null).findFirst().orElseThrow().id();
        succession.nameSuccessor("999", role, "W2", Readiness.THREE_PLUS_YEARS, "lead");
        assertThat(succession.removeSuccessor("888", role, "W1")).isEmpty();
        assertThat(succession.removeSuccessor("999", role, "W1")).hasValueSatisfying(r -> {
            assertThat(r.roleName()).isEqualTo("Team manager, North CP");
            assertThat(r.fileId()).isEqualTo(CareersFiles.RETAIN_ID + role);
            assertThat(r.successors()).extracting(Succession.Successor::workerId).containsExactly("W1");
        });
        assertThat(succession.removeSuccessor("999", role, "W1")).isEmpty();
        assertThat(careersFiles.successors("999")).containsExactly(new SuccessorsFile.Row(CareersFiles.RETAIN_ID + role, "W2",
                Readiness.THREE_PLUS_YEARS));
        assertThat(succession.removeRole("999", role)).hasValueSatisfying(r -> assertThat(r.successors())
                .extracting(Succession.Successor::workerId).containsExactly("W2"));
        assertThat(succession.removeRole("999", role)).isEmpty();
        assertThat(careersFiles.roles("999")).extracting(CriticalRolesFile.Row::name).containsExactly("Social worker in P1");
        assertThat(count("successor")).isZero();
    }
}
