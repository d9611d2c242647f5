package uk.retain.exits.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.exits.SurveyQuestion;
import uk.retain.exits.SurveyResults;
import uk.retain.exits.SurveyResults.Survey;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;

/**
 * A staff survey's results: each question for the authority beside the previous survey; one question team by team,
 * beside the authority and the previous survey; and intention to stay against actual leaving in the year after the
 * last survey that is a year old. Every group of fewer than 5 people, and any group a total would reveal, is
 * suppressed ({@link SurveyResults}). Aggregates only: for team managers, the workforce lead, HR and senior leaders.
 */
@Controller
class StaffSurveyController {

    static final Set<Role> ROLES = Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER);
    private static final String INTENTION = SurveyQuestion.INTEND_TO_STAY_2Y.code();

    private final Registers registers;
    private final Viewers viewers;
    private final ExitWords words;
    private final Clock clock;

    StaffSurveyController(Registers registers, Viewers viewers, ExitWords words, Clock clock) {
        this.registers = registers;
        this.viewers = viewers;
        this.words = words;
        this.clock = clock;
    }

    record Choice(String value, String label, boolean selected) {
    }

    /** A question for the authority: answered, mean, agree share, and the previous survey's agree share. */
    record QuestionRow(String question, String answered, String mean, String agree, String previousAgree) {
    }

    /** A team's (or the authority's) figures for one question. */
    record TeamRow(String team, String respondents, String answered, String mean, String agree, String previousAgree, boolean total) {
    }

    /** A team's intention to stay and its actual leaving in the year after. */
    record IntentionRow(String team, String respondents, String intendToStay, String inTeam, String left, String leftShare, boolean total) {
    }

    @GetMapping("/staff-survey")
    String survey(@RequestParam(required = false) String survey, @RequestParam(required = false) String question, Model model) {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !ROLES.contains(viewer.role())) {
            throw new AccessDeniedException("the staff survey is for managers, the workforce lead, HR and senior leaders");
        }
        Register register = Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register)
                .orElseThrow(PageNotFound::new);
        List<Survey> surveys = SurveyResults.surveys(register);
        model.addAttribute("held", !surveys.isEmpty());
        if (surveys.isEmpty()) {
            return "exits/survey";
        }
        int chosen = surveys.size() - 1;
        for (int i = 0; i < surveys.size(); i++) {
            if (surveys.get(i).surveyId().equals(survey)) {
                chosen = i;
            }
        }
        Survey shown = surveys.get(chosen);
        SurveyResults results = SurveyResults.of(register, shown);
        SurveyResults previous = chosen == 0 ? null : SurveyResults.of(register, surveys.get(chosen - 1));
        int index = chosen;
        model.addAttribute("surveys", surveys.stream().map(s -> new Choice(s.surveyId(), words.text("exits.survey.choice", s.surveyId(),
                Days.written(s.from())), surveys.indexOf(s) == index)).toList());
        model.addAttribute("surveyId", shown.surveyId());
        model.addAttribute("surveyed", words.text("exits.survey.surveyed", Days.written(shown.from()), Days.written(shown.to()),
                words.count(results.authority().get(SurveyResults.RESPONDENTS))));
        model.addAttribute("previous", previous == null ? null : words.text("exits.survey.previous", previous.survey().surveyId(),
                Days.written(previous.survey().from())));
        List<QuestionRow> questions = new ArrayList<>();
        for (String code : results.questions()) {
            Map<String, Object> a = results.authority();
            questions.add(new QuestionRow(words.question(code), words.count(a.get(code + SurveyResults.ANSWERS)),
                    words.figure(a.get(code + SurveyResults.MEAN), false), words.figure(a.get(code + SurveyResults.AGREE), true),
                    previous == null ? words.text("exits.none") : words.figure(previous.authority().get(code + SurveyResults.AGREE), true)));
        }
        model.addAttribute("questions", questions);
        String asked = question != null && results.questions().contains(question) ? question
                : results.questions().contains(INTENTION) ? INTENTION : results.questions().get(0);
        model.addAttribute("questionChoices", results.questions().stream()
                .map(code -> new Choice(code, words.question(code), code.equals(asked))).toList());
        model.addAttribute("questionAsked", words.question(asked));
        List<TeamRow> teams = new ArrayList<>();
        List<Team> ordered = register.teams().stream().sorted(Comparator.comparing(Team::name)).toList();
        for (Team team : ordered) {
            teams.add(teamRow(team.name(), results.teams().get(team.teamId()),
                    previous == null ? null : previous.teams().get(team.teamId()), asked, false));
        }
        teams.add(teamRow(register.authority().name(), results.authority(), previous == null ? null : previous.authority(), asked, true));
        model.addAttribute("teams", teams);
        intention(register, surveys, ordered, model);
        return "exits/survey";
    }

    private TeamRow teamRow(String name, Map<String, Object> figures, Map<String, Object> before, String code, boolean total) {
        return new TeamRow(name, words.count(figures.get(SurveyResults.RESPONDENTS)), words.count(figures.get(code + SurveyResults.ANSWERS)),
                words.figure(figures.get(code + SurveyResults.MEAN), false), words.figure(figures.get(code + SurveyResults.AGREE), true),
                before == null ? words.text("exits.none") : words.figure(before.get(code + SurveyResults.AGREE), true), total);
    }

    /** Intention to stay in the last survey at least a year old, against who left in the year after its first day. */
    private void intention(Register register, List<Survey> surveys, List<Team> ordered, Model model) {
        LocalDate today = LocalDate.now(clock);
        Survey yearOld = null;
        for (Survey s : surveys) {
            if (!s.from().plusYears(1).isAfter(today)) {
                yearOld = s;
            }
        }
        if (yearOld == null) {
            return;
        }
        SurveyResults results = SurveyResults.of(register, yearOld);
        if (!results.questions().contains(INTENTION)) {
            return;
        }
        Map<String, int[]> left = SurveyResults.leavingYearAfter(register, yearOld.from());
        List<IntentionRow> rows = new ArrayList<>();
        int inAll = 0;
        int leftAll = 0;
        for (Team team : ordered) {
            Map<String, Object> figures = results.teams().get(team.teamId());
            int[] counts = left.get(team.teamId());
            inAll += counts[0];
            leftAll += counts[1];
            rows.add(new IntentionRow(team.name(), words.count(figures.get(SurveyResults.RESPONDENTS)),
                    words.figure(figures.get(INTENTION + SurveyResults.AGREE), true), Integer.toString(counts[0]),
                    Integer.toString(counts[1]), words.share(counts[1], counts[0]), false));
        }
        rows.add(new IntentionRow(register.authority().name(), words.count(results.authority().get(SurveyResults.RESPONDENTS)),
                words.figure(results.authority().get(INTENTION + SurveyResults.AGREE), true), Integer.toString(inAll),
                Integer.toString(leftAll), words.share(leftAll, inAll), true));
        model.addAttribute("intention", rows);
        model.addAttribute("intentionCaption", words.text("exits.intention.caption", yearOld.surveyId(), Days.written(yearOld.from()),
                Days.written(yearOld.from().plusYears(1).minusDays(1))));
    }
}
