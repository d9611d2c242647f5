package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.retain.development.DevelopmentFile;
import uk.retain.development.Programme;
import uk.retain.development.ProgrammeKind;
import uk.retain.development.ProgrammeProgress;
import uk.retain.development.ProgrammeReviewsFile;
import uk.retain.development.ProgrammeSteps;
import uk.retain.development.ProgrammesFile;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;

/**
 * The demo's programmes as the programme pages read them at the end of its history: cohorts in their programme,
 * most newly qualified workers taking their protected development time and a few, in stretched teams, not; and the
 * retention of earlier intakes known.
 */
class DemoProgrammesTest {

    private static final LocalDate LAST = CouncilSize.DEMO.historyEnd();

    static Register demo;
    static List<ProgrammeProgress.Place> places;
    static Map<String, EmploymentHistory> histories;

    @BeforeAll
    static void generate() {
        demo = DemoCouncil.demo();
        histories = new HashMap<>();
        demo.employments().stream().collect(Collectors.groupingBy(Employment::workerId))
                .forEach((worker, rows) -> histories.put(worker, EmploymentHistory.of(rows)));
        places = new ArrayList<>();
        for (Programme p : demo.<Programme>rows(ProgrammesFile.class)) {
            places.add(ProgrammeProgress.of(p, demo.rows(ProgrammeReviewsFile.class), ProgrammeSteps.CONTRACT,
                    histories.getOrDefault(p.workerId(), EmploymentHistory.none()), demo.rows(DevelopmentFile.class), LAST));
        }
    }

    @Test
    void mostInTheirAsyeTakeTheirProtectedTimeAndAFewDoNot() {
        List<ProgrammeProgress.ProtectedTime> running = places.stream()
                .filter(p -> p.programme().programme() == ProgrammeKind.ASYE && p.state().inProgramme())
                .map(ProgrammeProgress.Place::protectedTime).toList();
        long below = running.stream().filter(ProgrammeProgress.ProtectedTime::belowDue).count();
        assertThat(running).hasSizeGreaterThanOrEqualTo(8);
        assertThat(below).as("of %s in their ASYE", running.size()).isBetween(1L, running.size() / 3L);
    }

    @Test
    void twoCohortsAreInTheirAsyeAtTheEndAndEarlierIntakesRetentionIsKnown() {
        var cohorts = ProgrammeProgress.cohorts(places).stream()
                .filter(c -> c.cohort().programme() == ProgrammeKind.ASYE && c.inProgramme() >= 3).toList();
        assertThat(cohorts).as("cohorts with three or more in their ASYE").hasSizeGreaterThanOrEqualTo(2);
        var retention = ProgrammeProgress.retentionByYear(demo.rows(ProgrammesFile.class), ProgrammeSteps.CONTRACT,
                id -> histories.getOrDefault(id, EmploymentHistory.none()), LAST);
        assertThat(retention).filteredOn(r -> r.percent() != null).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(r -> assertThat(r.percent()).isLessThan(100.0));
    }
}
