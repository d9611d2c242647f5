package uk.retain.standards.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.api.AuthorityMeasures;
import uk.retain.people.Audited;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.standards.EmployerStandard;
import uk.retain.standards.HealthChecks;
import uk.retain.standards.Rating;
import uk.retain.standards.StandardsEvidence;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Coded;

/**
 * The Employer Standards health check of the viewer's authority for a year: each standard's evidence from Retain's
 * own figures (on the last day of the year, or today in the current year), its rating and reasons, the action
 * plan, and the ratings of earlier years. The workforce lead and the director rate and plan; HR reads.
 */
@Controller
class HealthCheckController {

    static final int FIRST_YEAR = 2015;

    /** A figure of the evidence as the page shows it: its measure's label key and its value written out (null: not held). */
    record Shown(String key, String value) {
    }

    /** What was entered in a form, shown again with its problems. */
    record Entered(String rating, String reasons, String action, String owner, String day, String month, String year) {
        static final Entered EMPTY = new Entered("", "", "", "", "", "", "");
    }

    /** A problem of a form: the field it is on and its message key. */
    record Problem(String field, String code) {
    }

    private final Viewers viewers;
    private final AuthorityMeasures measures;
    private final HealthChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthCheckController(Viewers viewers, AuthorityMeasures measures, HealthChecks checks, ApplicationEventPublisher events, Clock clock) {
        this.viewers = viewers;
        this.measures = measures;
        this.checks = checks;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/employer-standards")
    String year(@RequestParam(required = false) Integer year, Model model) {
        Viewer viewer = reader();
        int shown = year(year);
        RegisterMeasures held = measures.all(viewer.laCode()).orElse(null);
        LocalDate day = evidenceDay(shown);
        model.addAttribute("year", shown);
        model.addAttribute("years", years());
        model.addAttribute("evidenceDay", Days.written(day));
        model.addAttribute("registerHeld", held != null);
        Map<EmployerStandard, List<Shown>> evidence = new LinkedHashMap<>();
        model.addAttribute("survey", held == null ? null : StandardsEvidence.surveyUsed(held.register(), day)
                .map(s -> s.surveyId() + " (" + Days.written(s.from()) + ")").orElse(null));
        if (held != null) {
            StandardsEvidence.of(held, day).forEach((standard, facts) -> evidence.put(standard,
                    facts.stream().map(fact -> new Shown(fact.key(), written(fact.value()))).toList()));
        }
        model.addAttribute("standards", List.of(EmployerStandard.values()));
        model.addAttribute("evidence", evidence);
        model.addAttribute("assessments", checks.assessments(viewer.laCode(), shown));
        List<HealthChecks.Action> actions = checks.actions(viewer.laCode(), shown);
        Map<EmployerStandard, List<HealthChecks.Action>> byStandard = new LinkedHashMap<>();
        actions.forEach(action -> byStandard.computeIfAbsent(action.standard(), s -> new ArrayList<>()).add(action));
        model.addAttribute("actions", byStandard);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("history", checks.history(viewer.laCode()));
        model.addAttribute("assesses", viewer.assessesStandardsOf(viewer.laCode()));
        return "standards/year";
    }

    @GetMapping("/employer-standards/{year}/{standard}")
    String form(@PathVariable int year, @PathVariable String standard, Model model) {
        Viewer viewer = assessor();
        EmployerStandard chosen = standard(standard);
        HealthChecks.Assessment current = checks.assessments(viewer.laCode(), year(year)).get(chosen);
        Entered entered = current == null ? Entered.EMPTY
                : new Entered(current.rating().code(), current.reasons(), "", "", "", "", "");
        return form(year(year), chosen, entered, List.of(), model);
    }

    @PostMapping("/employer-standards/{year}/{standard}")
    String assess(@PathVariable int year, @PathVariable String standard, @RequestParam(defaultValue = "") String rating,
            @RequestParam(defaultValue = "") String reasons, Model model, RedirectAttributes redirect) {
        Viewer viewer = assessor();
        EmployerStandard chosen = standard(standard);
        int shown = year(year);
        List<Problem> problems = new ArrayList<>();
        Rating given = Coded.fromCode(Rating.class, rating).orElse(null);
        if (given == null) {
            problems.add(new Problem("rating", "standards.error.rating"));
        }
        String why = reasons.strip();
        if (why.isEmpty()) {
            problems.add(new Problem("reasons", "standards.error.reasons"));
        } else if (why.length() > HealthChecks.MOST_REASONS) {
            problems.add(new Problem("reasons", "standards.error.reasonsLong"));
        }
        if (!problems.isEmpty()) {
            return form(shown, chosen, new Entered(rating, reasons, "", "", "", "", ""), problems, model);
        }
        checks.assess(viewer.laCode(), shown, chosen, given, why, viewer.account().username());
        events.publishEvent(Audited.of(viewer, Audited.Action.CHANGE, "employer_standard", shown + "/" + chosen.code(), "rated " + given.code()));
        redirect.addFlashAttribute("done", "standards.done.rated");
        redirect.addFlashAttribute("doneStandard", chosen.code());
        return "redirect:/employer-standards?year=" + shown + "#standard-" + chosen.code();
    }

    @PostMapping("/employer-standards/{year}/{standard}/actions")
    String addAction(@PathVariable int year, @PathVariable String standard, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String owner, @RequestParam(name = "due-day", defaultValue = "") String day,
            @RequestParam(name = "due-month", defaultValue = "") String month,
            @RequestParam(name = "due-year", defaultValue = "") String dueYear, Model model, RedirectAttributes redirect) {
        Viewer viewer = assessor();
        EmployerStandard chosen = standard(standard);
        int shown = year(year);
        List<Problem> problems = new ArrayList<>();
        String what = action.strip();
        String who = owner.strip();
        if (what.isEmpty() || what.length() > HealthChecks.MOST_ACTION) {
            problems.add(new Problem("action", what.isEmpty() ? "standards.error.action" : "standards.error.actionLong"));
        }
        if (who.isEmpty() || who.length() > HealthChecks.MOST_OWNER) {
            problems.add(new Problem("owner", who.isEmpty() ? "standards.error.owner" : "standards.error.ownerLong"));
        }
        LocalDate due = Days.fromBoxes(day, month, dueYear);
        if (due == null) {
            problems.add(new Problem("due", "standards.error.due"));
        }
        if (!problems.isEmpty()) {
            HealthChecks.Assessment current = checks.assessments(viewer.laCode(), shown).get(chosen);
            return form(shown, chosen, new Entered(current == null ? "" : current.rating().code(),
                    current == null ? "" : current.reasons(), action, owner, day, month, dueYear), problems, model);
        }
        checks.addAction(viewer.laCode(), shown, chosen, what, who, due, viewer.account().username());
        events.publishEvent(Audited.of(viewer, Audited.Action.CHANGE, "employer_standard", shown + "/" + chosen.code(), "action added"));
        redirect.addFlashAttribute("done", "standards.done.action");
        redirect.addFlashAttribute("doneStandard", chosen.code());
        return "redirect:/employer-standards?year=" + shown + "#standard-" + chosen.code();
    }

    @PostMapping("/employer-standards/actions/{id}/done")
    String done(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
        Viewer viewer = assessor();
        if (!checks.complete(viewer.laCode(), id, LocalDate.now(clock))) {
            throw new PageNotFound();
        }
        events.publishEvent(Audited.of(viewer, Audited.Action.CHANGE, "employer_standard_action", Long.toString(id), "done"));
        redirect.addFlashAttribute("done", "standards.done.actionDone");
        return "redirect:/employer-standards?year=" + year(year);
    }

    private String form(int year, EmployerStandard standard, Entered entered, List<Problem> problems, Model model) {
        Map<String, String> onField = new LinkedHashMap<>();
        problems.forEach(problem -> onField.putIfAbsent(problem.field(), problem.code()));
        model.addAttribute("year", year);
        model.addAttribute("standard", standard);
        model.addAttribute("ratings", List.of(Rating.values()));
        model.addAttribute("form", entered);
        model.addAttribute("fieldErrors", onField);
        model.addAttribute("errors", problems.isEmpty() ? null : problems);
        return "standards/assess";
    }

    /** The year asked for, from the first year the health check knows to this one; this year when none is asked for. */
    private int year(Integer asked) {
        int now = LocalDate.now(clock).getYear();
        if (asked == null) {
            return now;
        }
        if (asked < FIRST_YEAR || asked > now) {
            throw new PageNotFound();
        }
        return asked;
    }

    private List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear(); y >= FIRST_YEAR && years.size() < 5; y--) {
            years.add(y);
        }
        return years;
    }

    /** The day a year's evidence is read on: today in the current year, else the year's last day. */
    private LocalDate evidenceDay(int year) {
        LocalDate today = LocalDate.now(clock);
        return year == today.getYear() ? today : Year.of(year).atDay(1).withDayOfYear(Year.of(year).length());
    }

    private static EmployerStandard standard(String code) {
        return Coded.fromCode(EmployerStandard.class, code).orElseThrow(PageNotFound::new);
    }

    /** A figure written as the pages write them: whole numbers whole, others to one decimal place. */
    static String written(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Figures.whole(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return Figures.oneDecimal(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
        }
        return value.toString();
    }

    private Viewer reader() {
        Viewer viewer = viewers.require();
        if (!viewer.readsHealthCheckOf(viewer.laCode())) {
            throw new AccessDeniedException("the health check is for the workforce lead, HR and senior leaders");
        }
        return viewer;
    }

    private Viewer assessor() {
        Viewer viewer = viewers.require();
        if (!viewer.assessesStandardsOf(viewer.laCode())) {
            throw new AccessDeniedException("the workforce lead and the director complete the health check");
        }
        return viewer;
    }
}
