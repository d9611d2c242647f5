package uk.retain.development.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.development.Programme;
import uk.retain.development.ProgrammeKind;
import uk.retain.development.ProgrammeOutcome;
import uk.retain.development.ProgrammeReview;
import uk.retain.development.ProgrammeReviewsFile;
import uk.retain.development.ProgrammesFile;
import uk.retain.development.ReviewOutcome;
import uk.retain.development.ReviewPoint;
import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Bundles;

/**
 * The programme pages on the small bundle with three places: W2's ASYE (2025-01 cohort, its 3-month review held late,
 * its 6-month review overdue on the census date, probation ending 24 days from that review), W1's academy place,
 * and W3's ASYE of 2024, passed.
 */
class ProgrammePagesTest extends PageTest {

    private static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);
    private static final RequestPostProcessor SENIOR = SignedInAs.role(Role.SENIOR_LEADER);
    private static final RequestPostProcessor MANAGER_OF_T1 = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    private static final RequestPostProcessor W1 = SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1");

    @BeforeEach
    void programmes() throws Exception {
        registers.replace(Bundles.read(SMALL)
                .withRows(ProgrammesFile.class, List.of(
                        new Programme("PR1", "W2", ProgrammeKind.ASYE, "2025-01", d("2025-01-06"), "W4", d("2025-07-30"), null, null),
                        new Programme("PR2", "W1", ProgrammeKind.ACADEMY, "2025-04", d("2025-04-01"), null, null, null, null),
                        new Programme("PR3", "W3", ProgrammeKind.ASYE, "2024-03", d("2024-03-04"), null, null, d("2025-03-03"),
                                ProgrammeOutcome.PASSED)))
                .withRows(ProgrammeReviewsFile.class, List.of(
                        new ProgrammeReview("PR1", ReviewPoint.THREE_MONTH, d("2025-04-10"), ReviewOutcome.ON_TRACK))));
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aWorkersProgrammeShowsEachReviewDueAndHeldWithTheLateOnesMarked() throws Exception {
        String html = page("/workers/W2/programme?date=" + CENSUS, LEAD);

        assertThat(html).contains("Early-career programme: Bob Jones");
        assertThat(Html.table(html, "Reviews of the ASYE place, cohort 2025-01")).containsExactly(
                List.of("3-month review", "6 April 2025", "10 April 2025", "On track", "Held 4 days late"),
                List.of("6-month review", "6 July 2025", "Not held", "", "Late: 86 days overdue"),
                List.of("9-month review", "6 October 2025 (optional)", "Not held", "", "Not yet due"),
                List.of("12-month review", "6 January 2026", "Not held", "", "Not yet due"),
                List.of("Final review", "6 January 2026 (optional)", "Not held", "", "Not yet due"));
        var summary = Html.summary(html);
        assertThat(summary).containsEntry("Assessor", "Dee Okafor, Jr").containsEntry("Started", "6 January 2025");
        assertThat(summary.get("Probation")).contains("30 July 2025").contains("6 July 2025").contains("24 days apart");
        assertThat(html).contains("is more than 14 days from their 6-month review");
        // 0.4 FTE on the day (the ASYE row ended in June): a tenth of 37 hours × 0.4.
        assertThat(summary.get("Protected development time")).contains("1.5 hours a week")
                .contains("no development.csv");
        assertThat(html).contains("Holds 1 case against their cap of 6; they are not in an ASYE role on this day");
        assertThat(audited()).extracting(e -> e.get("subject_id") + " " + e.get("detail"))
                .containsExactly("W2 programme on 2025-09-30, 1 place(s)");
    }

    @Test
    void theProbationWarningIsNotShownWhenTheEndFallsWithin14Days() throws Exception {
        registers.replace(registers.find("999").orElseThrow().register().withRows(ProgrammesFile.class, List.of(
                new Programme("PR1", "W2", ProgrammeKind.ASYE, "2025-01", d("2025-01-06"), "W4", d("2025-07-20"), null, null))));
        String html = page("/workers/W2/programme?date=" + CENSUS, LEAD);
        assertThat(Html.summary(html).get("Probation")).contains("14 days apart");
        assertThat(html).doesNotContain("is more than 14 days from their 6-month review");
    }

    @Test
    void aSocialWorkerSeesTheirOwnProgrammeAndNoOneElses() throws Exception {
        String html = page("/my-programme?date=" + CENSUS, W1);
        assertThat(html).contains("My early-career programme").contains("Council academy, cohort 2025-04")
                .contains("This programme has no review points.");
        assertThat(html).doesNotContain("Bob Jones");
        assertThat(page("/workers/W1/programme?date=" + CENSUS, W1)).contains("Council academy");
        mvc.perform(get("/workers/W2/programme").with(W1)).andExpect(status().isNotFound());
        mvc.perform(get("/my-programme").with(LEAD)).andExpect(status().isForbidden());
    }

    @Test
    void aTeamManagerSeesTheWorkersInTheirTeamsOnTheDayAndNoOneElse() throws Exception {
        // On the census date W2 is in T1 only (their ASYE row in T2 ended in June), W3 in T2.
        assertThat(page("/workers/W2/programme?date=" + CENSUS, MANAGER_OF_T1)).contains("Bob Jones");
        mvc.perform(get("/workers/W3/programme?date=" + CENSUS).with(MANAGER_OF_T1)).andExpect(status().isNotFound());
        assertThat(page("/workers/W2/programme?date=2025-06-30", SignedInAs.role(Role.TEAM_MANAGER, Set.of("T2"), null)))
                .contains("Bob Jones");
        mvc.perform(get("/workers/NOBODY/programme").with(LEAD)).andExpect(status().isNotFound());
        String html = page("/programmes?date=" + CENSUS, MANAGER_OF_T1);
        assertThat(Html.table(html, "Cohorts on 30 September 2025")).extracting(row -> row.get(1)).containsExactly("2025-01", "2025-04");
        assertThat(html).doesNotContain("Cal Khan");
    }

    @Test
    void aSeniorLeaderSeesTheCohortsCountsAndNoName() throws Exception {
        mvc.perform(get("/workers/W2/programme").with(SENIOR)).andExpect(status().isNotFound());
        String html = page("/programmes?date=" + CENSUS, SENIOR);
        assertThat(Html.table(html, "Cohorts on 30 September 2025")).hasSize(3);
        assertThat(html).doesNotContain("Bob Jones").doesNotContain("Ann Smith").doesNotContain("Cal Khan")
                .contains("counts only");
        mvc.perform(get("/programmes/places.csv").with(SENIOR)).andExpect(status().isForbidden());
        assertThat(page("/workers/W2?date=" + CENSUS, SENIOR)).doesNotContain("See the programme");
        assertThat(audited()).extracting(e -> e.get("subject_type")).doesNotContain("programmes");
    }

    @Test
    void theCohortsCountEachPersonAndTheRetentionOfEachIntakeYear() throws Exception {
        String html = page("/programmes?date=" + CENSUS, LEAD);
        assertThat(Html.table(html, "Cohorts on 30 September 2025")).containsExactly(
                List.of("ASYE", "2024-03", "1", "0", "0", "0", "1", "0", "0", "0"),
                List.of("ASYE", "2025-01", "1", "1", "1", "0", "0", "0", "0", "1"),
                List.of("Council academy", "2025-04", "1", "1", "1", "0", "0", "0", "0", "0"));
        // W3 passed on 2025-03-03: a year on is after the census date, so their retention is not known yet.
        assertThat(Html.table(html, "Retention of those who passed, by intake year")).containsExactly(
                List.of("ASYE", "2024", "1", "0", "0", "Not known yet"));
        assertThat(Html.table(html, "Places on 30 September 2025")).extracting(row -> row.getFirst())
                .containsExactlyInAnyOrder("Bob Jones", "Ann Smith", "Cal Khan");
        assertThat(audited()).extracting(e -> e.get("detail")).containsExactly("cohort progress on 2025-09-30, 3 place(s) listed");
        // A year on from W3's pass, they are agency staff, not retained.
        String later = page("/programmes?date=2026-03-03", LEAD);
        assertThat(Html.table(later, "Retention of those who passed, by intake year")).containsExactly(
                List.of("ASYE", "2024", "1", "1", "0", "0.0%"));
    }

    @Test
    void theWorkerPageSummarisesTheProgrammeForThoseWhoMaySeeIt() throws Exception {
        String html = page("/workers/W2?date=" + CENSUS, LEAD);
        assertThat(html).contains("Early-career programme").contains("ASYE, cohort 2025-01, started 6 January 2025: On track.")
                .contains("1 review(s) late.").contains("/workers/W2/programme?date=2025-09-30");
        assertThat(page("/workers/W4?date=2025-08-01", LEAD)).doesNotContain("See the programme");
    }

    @Test
    void thePlacesDownloadAsCsvForThoseWhoSeeNames() throws Exception {
        List<String> lines = csv("/programmes/places.csv?date=" + CENSUS, SignedInAs.role(Role.HR));
        assertThat(lines.getFirst()).isEqualTo("name,programme,cohort,start,state,reviews_overdue,next_review,probation");
        assertThat(lines).anyMatch(line -> line.startsWith("Bob Jones,ASYE,2025-01,2025-01-06,On track,1,2026-01-06,"));
        assertThat(audited()).extracting(e -> e.get("action")).containsExactly("EXPORT");
    }
}
