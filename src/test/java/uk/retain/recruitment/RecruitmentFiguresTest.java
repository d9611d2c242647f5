package uk.retain.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.workforce.Register;

/** The recruitment page's figures on {@link RecruitmentBundle}: days open and the 90-day flag, pipeline, conversion, sources. */
class RecruitmentFiguresTest {

    @TempDir
    Path temp;

    Register register() throws Exception {
        return RecruitmentBundle.valid().read(temp);
    }

    @Test
    void aVacancyOpenExactly90DaysIsNotFlaggedAndOneDayMoreIs() throws Exception {
        LocalDate opened = LocalDate.of(2025, 6, 2);
        RecruitmentFigures at90 = new RecruitmentFigures(register(), opened.plusDays(90), team -> true);
        assertThat(at90.open()).singleElement().satisfies(o -> {
            assertThat(o.vacancy().vacancyId()).isEqualTo("V2");
            assertThat(o.daysOpen()).isEqualTo(90);
            assertThat(o.longOpen()).isFalse();
            assertThat(o.applications()).isEqualTo(1);
        });
        assertThat(new RecruitmentFigures(register(), opened.plusDays(91), team -> true).open().get(0).longOpen()).isTrue();
    }

    @Test
    void aTeamManagerSeesOnlyTheirTeamsVacancies() throws Exception {
        LocalDate day = LocalDate.of(2025, 2, 1);
        assertThat(new RecruitmentFigures(register(), day, "T1"::equals).open()).extracting(o -> o.vacancy().vacancyId())
                .containsExactly("V1");
        assertThat(new RecruitmentFigures(register(), day, "T2"::equals).open()).isEmpty();
    }

    @Test
    void thePipelineCountsApplicationsInProgressByTheStageReachedOnTheDay() throws Exception {
        int[] pipeline = new RecruitmentFigures(register(), LocalDate.of(2025, 6, 30), team -> true).pipeline();
        assertThat(pipeline).containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(new RecruitmentFigures(register(), LocalDate.of(2025, 6, 9), team -> true).pipeline())
                .as("not yet applied").containsExactly(0, 0, 0, 0, 0, 0);
    }

    @Test
    void conversionCountsTheYearsApplicationsReachingEachStageByTheDay() throws Exception {
        RecruitmentFigures figures = new RecruitmentFigures(register(), LocalDate.of(2025, 2, 5), team -> true);
        assertThat(figures.conversion()).containsExactly(2, 2, 2, 2, 0, 0);
        assertThat(new RecruitmentFigures(register(), LocalDate.of(2025, 9, 30), team -> true).conversion())
                .containsExactly(3, 2, 2, 2, 1, 1);
    }

    @Test
    void bySourceJoinsStartersToTheirEmploymentAYearOn() throws Exception {
        // A1 started as W1 on 2025-03-03; W1 is permanent from 2020 and never leaves.
        List<RecruitmentFigures.BySource> early = new RecruitmentFigures(register(), LocalDate.of(2026, 3, 2), team -> true).bySource();
        assertThat(early).filteredOn(s -> s.source() == Source.FRONTLINE).singleElement()
                .satisfies(s -> assertThat(s.startedAYearAgo()).as("a day short of a year").isZero());
        List<RecruitmentFigures.BySource> later = new RecruitmentFigures(register(), LocalDate.of(2026, 3, 3), team -> true).bySource();
        assertThat(later).filteredOn(s -> s.source() == Source.FRONTLINE).singleElement().satisfies(s -> {
            assertThat(s.startedAYearAgo()).isEqualTo(1);
            assertThat(s.stayedAYear()).isEqualTo(1);
            assertThat(s.applications()).as("applied over a year before").isZero();
        });
        RecruitmentFigures inYear = new RecruitmentFigures(register(), LocalDate.of(2025, 9, 30), team -> true);
        assertThat(inYear.bySource()).filteredOn(s -> s.source() == Source.FRONTLINE).singleElement()
                .satisfies(s -> assertThat(List.of(s.applications(), s.offers(), s.starts())).containsExactly(1, 1, 1));
    }

    @Test
    void offersDeclinedInTheYearWithTheirReason() throws Exception {
        assertThat(new RecruitmentFigures(register(), LocalDate.of(2026, 2, 4), team -> true).offersDeclined())
                .singleElement().satisfies(a -> assertThat(a.outcomeReason()).isEqualTo("pay"));
        assertThat(new RecruitmentFigures(register(), LocalDate.of(2026, 2, 5), team -> true).offersDeclined())
                .as("offered exactly a year before: out of the year").isEmpty();
    }
}
