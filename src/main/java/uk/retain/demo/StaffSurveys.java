package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.development.DevelopmentActivity;
import uk.retain.exits.SurveyQuestion;
import uk.retain.exits.SurveyResponse;
import uk.retain.workforce.EmploymentHistory;

/**
 * The yearly staff health check, each May: the council's permanent and fixed-term staff at work in its three weeks
 * answer the eight standard questions, anonymously (a response number, never a worker id; a few leave out their
 * team). Most of each team answer, fewer in a stretched team and in a small one (whose people fear being
 * recognised, and more often leave out their team), so a small team some years has fewer than five respondents, whose results the product does not show. Each answer follows what the register knows of the person: a caseload near or over
 * its cap makes work less manageable; a recent one-to-one, regular supervision; recent development, opportunities;
 * a stretched team, less support and wellbeing; and those who leave within the year said they meant to.
 */
final class StaffSurveys {

    /** How many of the history's May surveys are written: the last two. */
    private static final int SURVEYS = 2;
    private static final int WINDOW_WORKING_DAYS = 15;
    /** A team of fewer permanent and fixed-term staff than this answers less, and more leave out their team. */
    private static final int SMALL_TEAM = 10;

    private final DemoFacts facts;
    private final Chance chance;
    private final Map<String, List<DevelopmentActivity>> development = new HashMap<>();
    final List<SurveyResponse> responses = new ArrayList<>();

    StaffSurveys(DemoFacts facts, List<DevelopmentActivity> activities, Chance chance) {
        this.facts = facts;
        this.chance = chance;
        for (DevelopmentActivity activity : activities) {
            development.computeIfAbsent(activity.workerId(), id -> new ArrayList<>()).add(activity);
        }
    }

    StaffSurveys write() {
        List<LocalDate> opens = new ArrayList<>();
        for (int year = facts.first.getYear(); year <= facts.last.getYear(); year++) {
            LocalDate open = DemoFacts.weekdayFrom(LocalDate.of(year, 5, 5));
            LocalDate close = CensusYears.afterWorkingDays(open, WINDOW_WORKING_DAYS);
            if (!open.isBefore(facts.first) && !close.isAfter(facts.last)) {
                opens.add(open);
            }
        }
        for (LocalDate open : opens.subList(Math.max(0, opens.size() - SURVEYS), opens.size())) {
            survey("health-check-" + open.getYear(), open);
        }
        return this;
    }

    private record Respondent(String workerId, String teamId, LocalDate day) {
    }

    private void survey(String surveyId, LocalDate open) {
        LocalDate close = CensusYears.afterWorkingDays(open, WINDOW_WORKING_DAYS);
        Map<String, Integer> staff = new HashMap<>();
        facts.histories.forEach((workerId, history) -> {
            String team = facts.mainTeam(workerId, open, EmploymentHistory.Kind.NON_AGENCY);
            if (team != null) {
                staff.merge(team, 1, Integer::sum);
            }
        });
        Map<String, Double> rates = new HashMap<>();
        List<Respondent> respondents = new ArrayList<>();
        facts.histories.forEach((workerId, history) -> {
            String team = facts.mainTeam(workerId, open, EmploymentHistory.Kind.NON_AGENCY);
            if (team == null || facts.awayThroughout(workerId, open, close)) {
                return;
            }
            // Most of a team answer; fewer in a stretched team, and in a small one, where people fear being known.
            double rate = rates.computeIfAbsent(team, id -> chance.uniform(0.55, 0.92)
                    - (facts.strain.share(id, open.minusWeeks(12), open) >= 0.5 ? 0.1 : 0)
                    - (staff.get(id) < SMALL_TEAM ? 0.25 : 0));
            if (!chance.of(rate)) {
                return;
            }
            LocalDate day = CensusYears.afterWorkingDays(open, chance.between(1, WINDOW_WORKING_DAYS));
            if (!history.inNonAgencyEmploymentOn(day)) {
                day = open;
            }
            // In a small team, more leave out their team, for the same reason.
            boolean withheld = chance.of(staff.get(team) < SMALL_TEAM ? 0.2 : 0.04);
            respondents.add(new Respondent(workerId, withheld ? null : team, day));
        });
        // Shuffled before numbering, so that a response number says nothing of who answered.
        for (int i = respondents.size() - 1; i > 0; i--) {
            int j = chance.between(0, i);
            Respondent swap = respondents.get(i);
            respondents.set(i, respondents.get(j));
            respondents.set(j, swap);
        }
        int number = 0;
        for (Respondent respondent : respondents) {
            String responseId = Numbering.id("R", ++number, 4);
            answer(surveyId, responseId, respondent);
        }
    }

    private void answer(String surveyId, String responseId, Respondent respondent) {
        String workerId = respondent.workerId();
        LocalDate day = respondent.day();
        String team = facts.mainTeam(workerId, day, EmploymentHistory.Kind.NON_AGENCY);
        double strain = team == null ? 0 : facts.strain.share(team, day.minusWeeks(12), day);
        double load = facts.caseloadAgainstCap(workerId, day);
        boolean supervised = facts.supervisedRecently(workerId, day);
        double hours = 0;
        for (DevelopmentActivity activity : development.getOrDefault(workerId, List.of())) {
            if (!activity.date().isAfter(day) && activity.date().isAfter(day.minusYears(1))) {
                hours += activity.hours().doubleValue();
            }
        }
        boolean leaving = facts.history(workerId).leavings().stream()
                .anyMatch(leaves -> leaves.isAfter(day) && !leaves.isAfter(day.plusYears(1)));
        for (SurveyQuestion question : SurveyQuestion.values()) {
            double mean = switch (question) {
                case WORKLOAD_MANAGEABLE -> 4.3 - 1.6 * Math.min(load, 1.3) - 0.5 * strain;
                case SUPERVISION_REGULAR -> supervised ? 4.1 - 0.4 * strain : 2.4;
                case SUPERVISION_HELPFUL -> 3.7 - 0.7 * strain + (supervised ? 0.2 : -0.3);
                case DEVELOPMENT_OPPORTUNITIES -> 2.6 + Math.min(1.4, hours / 20);
                case MANAGER_SUPPORT -> 3.9 - 1.0 * strain;
                case WELLBEING_SUPPORTED -> 3.5 - 0.9 * strain - (load > 1 ? 0.3 : 0);
                case FEEL_VALUED -> 3.3 - 0.8 * strain;
                case INTEND_TO_STAY_2Y -> 3.7 - 0.8 * strain - (leaving ? 1.4 : 0);
            };
            double noise = (chance.uniform(0, 1) + chance.uniform(0, 1) + chance.uniform(0, 1) - 1.5) * 1.4;
            int answer = (int) Math.max(SurveyResponse.LOWEST_ANSWER,
                    Math.min(SurveyResponse.HIGHEST_ANSWER, Math.round(mean + noise)));
            responses.add(new SurveyResponse(surveyId, responseId, respondent.teamId(), day, question.code(), answer));
        }
    }
}
