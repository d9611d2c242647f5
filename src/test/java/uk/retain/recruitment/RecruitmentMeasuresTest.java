package uk.retain.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.recruitment.RecruitmentBundle.APPLICATIONS;
import static uk.retain.recruitment.RecruitmentBundle.APPLICATIONS_HEADER;
import static uk.retain.recruitment.RecruitmentBundle.VACANCIES;
import static uk.retain.recruitment.RecruitmentBundle.VACANCIES_HEADER;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.measures.MeasureSet;
import uk.retain.measures.RegisterMeasures;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * measures.md, the recruitment measures on D = 2025-09-30, whose year is 2024-10-01 to 2025-09-30: each boundary
 * once, by team (the vacancy's team) and for the authority, and null without the file a measure needs.
 */
class RecruitmentMeasuresTest {

    static final LocalDate D = LocalDate.of(2025, 9, 30);

    @TempDir
    Path dir;

    private final List<String> vacancies = new ArrayList<>();
    private final List<String> applications = new ArrayList<>();

    private RecruitmentMeasuresTest vacancy(String... rows) {
        vacancies.addAll(Arrays.asList(rows));
        return this;
    }

    private RecruitmentMeasuresTest application(String... rows) {
        applications.addAll(Arrays.asList(rows));
        return this;
    }

    /** Teams T1 and T2 (and T3, with nothing), worker W1 for started applications, and the rows given. */
    private TestBundle bundle() {
        TestBundle bundle = TestBundle.withTeams("T1", "T2", "T3").worker("W1")
                .employment("W1,permanent,social_worker,T1,,1,2025-06-01,,,");
        List<String> vacancyLines = new ArrayList<>(List.of(VACANCIES_HEADER));
        vacancyLines.addAll(vacancies);
        bundle.lines(VACANCIES, vacancyLines.toArray(String[]::new));
        List<String> applicationLines = new ArrayList<>(List.of(APPLICATIONS_HEADER));
        applicationLines.addAll(applications);
        bundle.lines(APPLICATIONS, applicationLines.toArray(String[]::new));
        return bundle;
    }

    private MeasureSet.Prepared prepared(TestBundle bundle) throws Exception {
        return new RecruitmentMeasures().prepare(bundle.read(dir));
    }

    private Map<String, Object> authority() throws Exception {
        return prepared(bundle()).forAuthority(D);
    }

    private Map<String, Map<String, Object>> byTeam() throws Exception {
        return prepared(bundle()).byTeam(D);
    }

    // ---- vacancies open ------------------------------------------------------------------------------------

    @Test
    void aVacancyIsOpenFromTheDayItIsAdvertisedUntilTheDayBeforeItCloses() throws Exception {
        vacancy("V1,T1,social_worker,,2025-09-30,,",                // advertised on D: open
                "V2,T1,social_worker,,2025-10-01,,",                // advertised after D
                "V3,T1,social_worker,,2025-01-06,2025-09-30,filled", // closed on D: not open
                "V4,T1,social_worker,,2025-01-06,2025-10-01,filled"); // closes after D: open

        assertThat(authority()).containsEntry("vacancies_open", 2);
    }

    @Test
    void openOver90DaysMeansAdvertisedBeforeDMinus90Days() throws Exception {
        vacancy("V1,T1,social_worker,,2025-07-02,,",                // exactly D − 90 days: not over 90
                "V2,T1,social_worker,,2025-07-01,,",                // the day before: over 90
                "V3,T1,social_worker,,2024-01-01,2025-09-30,withdrawn"); // long open, but closed on D

        assertThat(authority()).containsEntry("vacancies_open", 2).containsEntry("vacancies_open_over_90_days", 1);
    }

    // ---- time to fill ---------------------------------------------------------------------------------------

    @Test
    void timeToFillIsTheMedianOverVacanciesFilledInTheYear() throws Exception {
        vacancy("V1,T1,social_worker,,2024-09-01,2024-10-01,filled",  // filled on the year's first day: 30 days
                "V2,T1,social_worker,,2024-09-01,2024-09-30,filled",  // the day before the year
                "V3,T1,social_worker,,2025-06-01,2025-09-30,filled",  // filled on D: 121 days
                "V4,T1,social_worker,,2025-06-01,2025-10-01,filled",  // after D
                "V5,T1,social_worker,,2025-01-01,2025-03-01,withdrawn", // not filled
                "V6,T1,social_worker,,2025-01-01,2025-03-01,readvertised",
                "V7,T2,social_worker,,2025-01-01,2025-01-01,filled"); // the day it opened: 0 days

        // 0, 30, 121: the middle one.
        assertThat(authority()).containsEntry("time_to_fill_days", 30.0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() throws Exception {
        vacancy("V1,T1,social_worker,,2025-01-01,2025-01-11,filled",  // 10
                "V2,T1,social_worker,,2025-01-01,2025-01-22,filled",  // 21
                "V3,T1,social_worker,,2025-01-01,2025-03-01,filled",  // 59
                "V4,T1,social_worker,,2025-01-01,2025-01-02,filled"); // 1

        assertThat(authority()).containsEntry("time_to_fill_days", 15.5);
    }

    @Test
    void withNothingFilledTimeToFillIsNull() throws Exception {
        vacancy("V1,T1,social_worker,,2025-01-01,,");

        assertThat(authority()).containsEntry("time_to_fill_days", null).containsEntry("vacancies_open", 1);
    }

    // ---- applications ------------------------------------------------------------------------------------------

    @Test
    void timeToHireIsTheMedianFromApplyingToAcceptingOverAcceptancesInTheYear() throws Exception {
        vacancy("V1,T1,social_worker,,2024-06-01,,");
        application(
                "A1,V1,C1,frontline,2024-09-01,2024-09-10,2024-09-20,2024-09-25,2024-10-01,,in_progress,,",  // 30 days
                "A2,V1,C2,frontline,2024-08-01,2024-08-10,2024-08-20,2024-08-25,2024-09-30,,in_progress,,",  // before the year
                "A3,V1,C3,frontline,2025-09-01,2025-09-02,2025-09-03,2025-09-04,2025-09-30,,in_progress,,",  // 29 days, on D
                "A4,V1,C4,frontline,2025-09-01,2025-09-02,2025-09-03,2025-09-04,2025-10-01,,in_progress,,",  // after D
                "A5,V1,C5,frontline,2025-09-01,2025-09-02,2025-09-03,2025-09-04,,,in_progress,,");           // not accepted

        assertThat(authority()).containsEntry("time_to_hire_days", 29.5);
    }

    @Test
    void offersDeclinedCountsDeclinedOffersMadeInTheYear() throws Exception {
        vacancy("V1,T1,social_worker,,2024-06-01,,");
        application(
                "A1,V1,C1,job_board,2024-09-01,2024-09-10,2024-09-20,2024-10-01,,,offer_declined,,",  // offered on the first day
                "A2,V1,C2,job_board,2024-09-01,2024-09-10,2024-09-20,2024-09-30,,,offer_declined,,",  // before the year
                "A3,V1,C3,job_board,2025-09-01,2025-09-10,2025-09-20,2025-09-30,,,offer_declined,,",  // on D
                "A4,V1,C4,job_board,2025-09-01,2025-09-10,2025-09-20,2025-10-01,,,offer_declined,,",  // after D
                "A5,V1,C5,job_board,2025-09-01,2025-09-10,2025-09-20,2025-09-25,,,withdrawn,,");      // offered, not declined

        assertThat(authority()).containsEntry("offers_declined", 2).containsEntry("time_to_hire_days", null);
    }

    @Test
    void applicationsBySourceCountsApplicationsOfTheYearInTheOrderOfTheSources() throws Exception {
        vacancy("V1,T1,social_worker,,2024-06-01,,");
        application(
                "A1,V1,C1,referral,2025-01-10,,,,,,rejected,,",
                "A2,V1,C2,frontline,2024-10-01,2024-10-02,2024-10-03,2024-10-04,2024-10-05,2024-11-01,started,,W1",
                "A3,V1,C3,frontline,2025-09-01,2025-09-02,2025-09-03,2025-09-30,2025-09-30,2025-10-01,in_progress,,",
                "A4,V1,C4,frontline,2025-09-30,2025-09-30,2025-09-30,2025-10-01,,,in_progress,,",
                "A5,V1,C5,job_board,2024-09-30,2024-10-02,2024-10-03,2024-10-04,,,offer_declined,,",  // applied before the year
                "A6,V1,C6,job_board,2025-10-01,,,,,,in_progress,,");                                  // applied after D

        assertThat(authority().get("applications_by_source")).isEqualTo(Map.of(
                "frontline", Map.of("applications", 3, "offers", 2, "starts", 1),
                "referral", Map.of("applications", 1, "offers", 0, "starts", 0)));
        @SuppressWarnings("unchecked")
        Map<String, Object> bySource = (Map<String, Object>) authority().get("applications_by_source");
        assertThat(bySource.keySet()).containsExactly("frontline", "referral");
    }

    @Test
    void withNoApplicationInTheYearApplicationsBySourceIsEmpty() throws Exception {
        vacancy("V1,T1,social_worker,,2024-06-01,,");
        application("A1,V1,C1,referral,2024-09-10,,,,,,rejected,,");

        assertThat(authority()).containsEntry("applications_by_source", Map.of()).containsEntry("offers_declined", 0)
                .containsEntry("time_to_hire_days", null);
    }

    // ---- by team -------------------------------------------------------------------------------------------------

    @Test
    void byTeamAVacancyAndItsApplicationsCountToTheVacancysTeam() throws Exception {
        vacancy("V1,T2,social_worker,,2025-01-01,,",
                "V2,T1,team_manager,,2025-01-01,2025-02-01,filled",
                "V3,T2,social_worker,,2025-01-01,2025-01-11,filled",
                "V4,T2,social_worker,,2025-01-01,2025-01-31,filled");
        application("A1,V2,C1,step_up,2025-01-02,2025-01-05,2025-01-06,2025-01-10,2025-01-12,,in_progress,,",
                "A2,V1,C2,other,2025-02-02,2025-02-05,2025-02-06,2025-02-10,,,offer_declined,,");

        Map<String, Map<String, Object>> teams = byTeam();

        assertThat(teams.keySet()).containsExactly("T1", "T2", "T3");
        assertThat(teams.get("T1")).containsEntry("vacancies_open", 0).containsEntry("time_to_fill_days", 31.0)
                .containsEntry("time_to_hire_days", 10.0).containsEntry("offers_declined", 0)
                .containsEntry("applications_by_source", Map.of("step_up", Map.of("applications", 1, "offers", 1, "starts", 0)));
        assertThat(teams.get("T2")).containsEntry("vacancies_open", 1).containsEntry("vacancies_open_over_90_days", 1)
                .containsEntry("time_to_fill_days", 20.0).containsEntry("time_to_hire_days", null)
                .containsEntry("offers_declined", 1)
                .containsEntry("applications_by_source", Map.of("other", Map.of("applications", 1, "offers", 1, "starts", 0)));
        assertThat(teams.get("T3")).containsEntry("vacancies_open", 0).containsEntry("vacancies_open_over_90_days", 0)
                .containsEntry("time_to_fill_days", null).containsEntry("time_to_hire_days", null)
                .containsEntry("offers_declined", 0).containsEntry("applications_by_source", Map.of());
        Map<String, Object> authority = authority();
        assertThat(authority).containsEntry("vacancies_open", 1).containsEntry("time_to_fill_days", 30.0)
                .containsEntry("offers_declined", 1);
    }

    // ---- absent files --------------------------------------------------------------------------------------------

    @Test
    void withoutApplicationsCsvTheApplicationMeasuresAreNull() throws Exception {
        vacancy("V1,T1,social_worker,,2025-01-01,,");
        MeasureSet.Prepared prepared = prepared(bundle().without(APPLICATIONS));

        assertThat(prepared.forAuthority(D)).containsEntry("vacancies_open", 1).containsEntry("time_to_hire_days", null)
                .containsEntry("offers_declined", null).containsEntry("applications_by_source", null);
        assertThat(prepared.byTeam(D).get("T1")).containsEntry("vacancies_open", 1).containsEntry("offers_declined", null)
                .containsEntry("applications_by_source", null);
    }

    @Test
    void withoutEitherFileEveryRecruitmentMeasureIsNull() throws Exception {
        MeasureSet.Prepared prepared = prepared(bundle().without(APPLICATIONS).without(VACANCIES));

        Map<String, Object> nulls = new java.util.HashMap<>();
        for (String name : List.of("vacancies_open", "vacancies_open_over_90_days", "time_to_fill_days", "time_to_hire_days",
                "offers_declined", "applications_by_source")) {
            nulls.put(name, null);
        }
        assertThat(prepared.forAuthority(D)).isEqualTo(nulls);
        assertThat(prepared.byTeam(D).values()).hasSize(3).allSatisfy(team -> assertThat(team).isEqualTo(nulls));
    }

    @Test
    void anEmptyFileCountsNothingRatherThanNull() throws Exception {
        assertThat(authority()).containsEntry("vacancies_open", 0).containsEntry("vacancies_open_over_90_days", 0)
                .containsEntry("time_to_fill_days", null).containsEntry("offers_declined", 0)
                .containsEntry("applications_by_source", Map.of());
    }

    // ---- with the other measures --------------------------------------------------------------------------------

    @Test
    void theMeasuresCommandGivesThemWithTheHistoryRule() throws Exception {
        vacancy("V1,T1,social_worker,,2025-01-01,,", "V2,T1,social_worker,,2025-01-01,2025-02-01,filled");
        Register register = bundle().lines("authority.csv", "la_code,name,region_code,history_from", "999,Test Council,,2025-01-01")
                .read(dir);

        Map<String, Object> measures = RegisterMeasures.of(register).forAuthority(D);

        // The year starts before history_from: the measures of the year are null, the others given.
        assertThat(measures).containsEntry("vacancies_open", 1).containsEntry("vacancies_open_over_90_days", 1)
                .containsEntry("time_to_fill_days", null).containsEntry("applications_by_source", null);
        assertThat(RegisterMeasures.of(register).forAuthority(LocalDate.of(2025, 12, 30))).containsEntry("time_to_fill_days", null);
        // From the first D whose year starts on history_from, they are given.
        assertThat(RegisterMeasures.of(register).forAuthority(LocalDate.of(2025, 12, 31)))
                .containsEntry("time_to_fill_days", 31.0).containsEntry("applications_by_source", Map.of());
    }
}
