package uk.retain.exits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.retain.measures.Suppression;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.EmploymentHistory.Kind;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * The results of one staff survey of {@code survey_responses.csv}, for the authority and each team: how many people
 * answered, and for each question how many answered it, the mean answer (1 to 5) and the share who agree (4 or 5).
 * Answers are anonymous, so a group's results are given only when at least {@value Suppression#THRESHOLD} people
 * answered: through the one small-number rule of Retain ({@link Suppression}), counts of 1 to 4 are suppressed, the
 * figures made from them too, and one more group where the total and the other groups would reveal a suppressed one
 * (secondary suppression). A suppressed figure is {@value Suppression#SUPPRESSED}.
 */
public final class SurveyResults {

    public static final String RESPONDENTS = "respondents";
    public static final String ANSWERS = "_answers";
    public static final String MEAN = "_mean";
    public static final String AGREE = "_agree_percent";
    /** An answer of 4 (agree) or 5 (strongly agree). */
    static final int AGREES = 4;

    /** A survey of the file: its id and the first and last days it was answered. */
    public record Survey(String surveyId, LocalDate from, LocalDate to) {
    }

    private final Survey survey;
    private final List<String> questions;
    private final Map<String, Object> authority;
    private final Map<String, Map<String, Object>> teams;

    private SurveyResults(Survey survey, List<String> questions, Map<String, Object> authority, Map<String, Map<String, Object>> teams) {
        this.survey = survey;
        this.questions = questions;
        this.authority = authority;
        this.teams = teams;
    }

    /** The surveys of the register, the earliest first (by first day answered, then id). */
    public static List<Survey> surveys(Register register) {
        Map<String, LocalDate[]> days = new LinkedHashMap<>();
        for (SurveyResponse response : register.rows(SurveyResponsesFile.class)) {
            LocalDate[] range = days.computeIfAbsent(response.surveyId(), id -> new LocalDate[] {response.surveyedOn(), response.surveyedOn()});
            if (response.surveyedOn().isBefore(range[0])) {
                range[0] = response.surveyedOn();
            }
            if (response.surveyedOn().isAfter(range[1])) {
                range[1] = response.surveyedOn();
            }
        }
        List<Survey> surveys = new ArrayList<>();
        days.forEach((id, range) -> surveys.add(new Survey(id, range[0], range[1])));
        surveys.sort(Comparator.comparing(Survey::from).thenComparing(Survey::surveyId));
        return surveys;
    }

    /** The suppression rules of a survey's figures asking {@code questions}. */
    static Suppression.Rules rules(List<String> questions) {
        Suppression.Rules rules = new Suppression.Rules().count(RESPONDENTS);
        for (String question : questions) {
            rules.count(question + ANSWERS);
        }
        for (String question : questions) {
            rules.rate(question + MEAN, List.of(RESPONDENTS, question + ANSWERS), RESPONDENTS, question + ANSWERS);
            rules.rate(question + AGREE, List.of(RESPONDENTS, question + ANSWERS), RESPONDENTS, question + ANSWERS);
        }
        return rules;
    }

    /** The results of the survey on the register, suppressed. */
    public static SurveyResults of(Register register, Survey survey) {
        List<SurveyResponse> responses = register.rows(SurveyResponsesFile.class).stream()
                .filter(response -> response.surveyId().equals(survey.surveyId())).toList();
        List<String> questions = questions(responses);
        List<String> teamIds = register.teams().stream().map(Team::teamId).sorted().toList();
        Map<String, Map<String, Object>> teams = new LinkedHashMap<>();
        for (String teamId : teamIds) {
            teams.put(teamId, figures(responses.stream().filter(r -> teamId.equals(r.teamId())).toList(), questions));
        }
        Map<String, Object> authority = figures(responses, questions);
        Suppression.Figures suppressed = Suppression.apply(rules(questions), authority, teams, Map.of(), Map.of());
        return new SurveyResults(survey, questions, suppressed.authority(), suppressed.teams());
    }

    /** The standard questions asked, in their order, then the council's own, by code. */
    static List<String> questions(List<SurveyResponse> responses) {
        Set<String> asked = new HashSet<>();
        responses.forEach(response -> asked.add(response.question()));
        List<String> questions = new ArrayList<>();
        for (SurveyQuestion question : SurveyQuestion.values()) {
            if (asked.remove(question.code())) {
                questions.add(question.code());
            }
        }
        questions.addAll(new TreeSet<>(asked));
        return questions;
    }

    /** The figures of one group of answers, before suppression. */
    static Map<String, Object> figures(List<SurveyResponse> responses, List<String> questions) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(RESPONDENTS, (int) responses.stream().map(SurveyResponse::responseId).distinct().count());
        Map<String, int[]> byQuestion = new HashMap<>();
        for (SurveyResponse response : responses) {
            int[] tally = byQuestion.computeIfAbsent(response.question(), q -> new int[3]);
            tally[0]++;
            tally[1] += response.answer();
            if (response.answer() >= AGREES) {
                tally[2]++;
            }
        }
        for (String question : questions) {
            int[] tally = byQuestion.getOrDefault(question, new int[3]);
            figures.put(question + ANSWERS, tally[0]);
            figures.put(question + MEAN, tally[0] == 0 ? null : (double) tally[1] / tally[0]);
            figures.put(question + AGREE, tally[0] == 0 ? null : 100.0 * tally[2] / tally[0]);
        }
        return figures;
    }

    public Survey survey() {
        return survey;
    }

    public List<String> questions() {
        return questions;
    }

    /** The authority's figures: numbers, null where nobody answered, or {@value Suppression#SUPPRESSED}. */
    public Map<String, Object> authority() {
        return authority;
    }

    /** Each team's figures by team_id, in order. */
    public Map<String, Map<String, Object>> teams() {
        return teams;
    }

    /** Whether a figure is suppressed. */
    public static boolean suppressed(Object value) {
        return Suppression.SUPPRESSED.equals(value);
    }

    /**
     * Of the workers in non-agency employment on {@code day} whose main non-agency row that day is in each team, how
     * many there were and how many left (a spell of non-agency employment ending) in the year after it, by team_id.
     * The actual leaving a survey's intention to stay is set against.
     */
    public static Map<String, int[]> leavingYearAfter(Register register, LocalDate day) {
        Map<String, List<Employment>> rows = new LinkedHashMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        Map<String, int[]> byTeam = new LinkedHashMap<>();
        register.teams().stream().map(Team::teamId).sorted().forEach(team -> byTeam.put(team, new int[2]));
        LocalDate end = day.plusYears(1);
        for (List<Employment> list : rows.values()) {
            EmploymentHistory history = EmploymentHistory.of(list);
            Employment main = history.mainRow(day, Kind.NON_AGENCY);
            if (main == null || !byTeam.containsKey(main.teamId())) {
                continue;
            }
            int[] counts = byTeam.get(main.teamId());
            counts[0]++;
            if (history.leavings().stream().anyMatch(left -> !left.isBefore(day) && left.isBefore(end))) {
                counts[1]++;
            }
        }
        return byTeam;
    }
}
