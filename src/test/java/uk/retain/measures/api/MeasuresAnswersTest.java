package uk.retain.measures.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import uk.retain.measures.RegisterMeasures;
import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.AllocationRequest;

/**
 * Repeat measures calls are answered from the answers kept per register version, and what each viewer is given of
 * a kept answer is still cut to what they may see, whoever asked first.
 */
class MeasuresAnswersTest extends PageTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor HR = SignedInAs.role(Role.HR);
    static final RequestPostProcessor MANAGER_OF_T1 = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    static final RequestPostProcessor ANALYST = SignedInAs.role(Role.REGIONAL_ANALYST);

    @Autowired
    MeasuresAnswers answers;

    @Test
    void aRepeatCallIsAnsweredFromTheKeptAnswerWithTheSameMeasures() throws Exception {
        Object expected = expectedForAuthority(CENSUS);
        long computedBefore = answers.stats().missCount();
        long foundBefore = answers.stats().hitCount();

        Map<String, Object> first = measures(HR, CENSUS, false);
        Map<String, Object> second = measures(HR, CENSUS, false);

        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(first);
        assertThat(answers.stats().missCount() - computedBefore).as("worked out once").isEqualTo(1);
        assertThat(answers.stats().hitCount() - foundBefore).as("found once").isEqualTo(1);
    }

    @Test
    void eachDateAndGroupingIsAnAnswerOfItsOwn() throws Exception {
        long computedBefore = answers.stats().missCount();

        measures(HR, "2024-09-30", false);
        measures(HR, CENSUS, false);
        measures(HR, CENSUS, true);
        measures(HR, CENSUS, true);

        assertThat(answers.stats().missCount() - computedBefore).isEqualTo(3);
        assertThat(measures(HR, "2024-09-30", false)).isEqualTo(expectedForAuthority("2024-09-30"));
        assertThat(measures(HR, CENSUS, true)).isEqualTo(expectedByTeam(CENSUS));
    }

    @Test
    void aTeamManagerGetsOnlyTheirTeamsOfAnAnswerKeptForTheWholeAuthority() throws Exception {
        Map<String, Object> everyTeam = measures(HR, CENSUS, true);
        assertThat(everyTeam.keySet()).containsExactly("T1", "T2");

        Map<String, Object> managers = measures(MANAGER_OF_T1, CENSUS, true);

        assertThat(managers.keySet()).containsExactly("T1");
        assertThat(managers.get("T1")).isEqualTo(everyTeam.get("T1"));
        assertThat(measures(HR, CENSUS, true).keySet()).as("the kept answer is whole still").containsExactly("T1", "T2");
    }

    @Test
    void aRegionalAnalystNeverGetsTheCaseloadByWorkerWhoeverAskedFirst() throws Exception {
        Map<String, Object> hr = measures(HR, CENSUS, false);
        assertThat(hr.get("caseload_by_worker")).asList().isNotEmpty();

        Map<String, Object> analyst = measures(ANALYST, CENSUS, false);
        Map<String, Object> analystByTeam = measures(ANALYST, CENSUS, true);

        assertThat(analyst).containsEntry("caseload_by_worker", null);
        assertThat(analyst.keySet()).as("the same measures, suppressed where small").isEqualTo(hr.keySet());
        assertThat(analystByTeam.values()).allSatisfy(team -> assertThat((Map<String, Object>) team).containsEntry("caseload_by_worker", null));
        assertThat(measures(HR, CENSUS, false).get("caseload_by_worker")).as("HR after the analyst").asList().isNotEmpty();
        assertThat(((Map<String, Object>) measures(HR, CENSUS, true).get("T1")).get("caseload_by_worker")).asList().isNotEmpty();
    }

    @Test
    void aNewVersionOfTheRegisterIsAnsweredAfresh() throws Exception {
        String october = "2025-10-01";
        Map<String, Object> before = measures(HR, october, false);
        assertThat(answers.held("999")).isPositive();

        registers.allocate(new AllocationRequest("999", "K5", "W1", null, LocalDate.parse(october), null), "tara.manager");
        assertThat(answers.held("999")).as("the allocation's event lets go of the answers it made stale").isZero();

        Map<String, Object> after = measures(HR, october, false);
        assertThat(after).isEqualTo(expectedForAuthority(october)).isNotEqualTo(before);
    }

    @Test
    void aSeriesIsMadeOfTheSameAnswersAsSingleCalls() throws Exception {
        String body = mvc.perform(get("/api/v1/authorities/999/measures/series").param("from", "2023-01-01")
                        .param("to", "2025-12-31").param("by", "team").with(MANAGER_OF_T1))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        @SuppressWarnings("unchecked")
        Map<String, Object> series = JSON.readValue(body, Map.class);
        assertThat(series.get("la_code")).isEqualTo("999");
        assertThat(series.get("every")).isEqualTo("census");
        var points = (java.util.List<?>) series.get("series");
        assertThat(points).hasSize(3);
        for (Object each : points) {
            Map<String, Object> point = (Map<String, Object>) each;
            assertThat(point.get("measures")).as("on %s", point.get("date"))
                    .isEqualTo(measures(MANAGER_OF_T1, (String) point.get("date"), true));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> measures(RequestPostProcessor viewer, String date, boolean byTeam) throws Exception {
        var request = get("/api/v1/authorities/999/measures").param("date", date).with(viewer);
        if (byTeam) {
            request.param("by", "team");
        }
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/json");
        return JSON.readValue(response.getContentAsString(StandardCharsets.UTF_8), Map.class);
    }

    /** The measures worked out afresh from the register held, through JSON as the API writes it. */
    private Object expectedForAuthority(String date) {
        RegisterMeasures m = RegisterMeasures.of(registers.find("999").orElseThrow().register());
        return JSON.readValue(JSON.writeValueAsString(m.forAuthority(LocalDate.parse(date))), Map.class);
    }

    private Object expectedByTeam(String date) {
        RegisterMeasures m = RegisterMeasures.of(registers.find("999").orElseThrow().register());
        return JSON.readValue(JSON.writeValueAsString(m.byTeam(LocalDate.parse(date))), Map.class);
    }
}
