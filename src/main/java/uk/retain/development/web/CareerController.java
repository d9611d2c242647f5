package uk.retain.development.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.development.CareerLevel;
import uk.retain.development.CareerPathway;
import uk.retain.development.CareerPathways;
import uk.retain.development.CareerRoute;
import uk.retain.development.Cpd;
import uk.retain.development.DevelopmentActivity;
import uk.retain.development.DevelopmentFile;
import uk.retain.development.KssStatement;
import uk.retain.development.LevelChange;
import uk.retain.development.LevelHistory;
import uk.retain.development.Progression;
import uk.retain.development.Qualification;
import uk.retain.development.QualificationKind;
import uk.retain.development.QualificationsFile;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Coded;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Worker;

/**
 * The career pathway: the authority's levels, practice and management routes side by side by step, how many of the
 * viewer's workers are at each, who is due a progression review; one worker's level history, time at level and
 * criteria, where a manager of theirs (or the workforce lead) records a level they reached; and the workforce lead's
 * changes: each level's minimum time on the pathway page, and one level's name and criteria on a page of its own.
 */
@Controller
class CareerController {

    private final Registers registers;
    private final CareerPathways pathways;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    CareerController(Registers registers, CareerPathways pathways, Viewers viewers, ApplicationEventPublisher events, java.time.Clock clock) {
        this.registers = registers;
        this.pathways = pathways;
        this.viewers = viewers;
        this.events = events;
        this.clock = clock;
    }

    /** One step of the pathway: its levels on each route, with how many workers are at each. */
    record Step(int step, List<Placed> practice, List<Placed> management) {
    }

    record Placed(CareerLevel level, int workers) {
    }

    /** A worker due a progression review. */
    record Due(Careers.Person person, String level, long months, String next) {
    }

    @GetMapping("/career-pathway")
    String pathway(Model model) {
        Viewer viewer = viewers.require();
        Careers.requireLister(viewer);
        Register register = Careers.held(registers, viewer);
        show(viewer, register, Map.of(), null, model.asMap());
        return "development/pathway";
    }

    private void show(Viewer viewer, Register register, Map<String, String> problems, Map<String, String> entered, Map<String, Object> model) {
        String la = register.authority().laCode();
        LocalDate today = LocalDate.now(clock);
        CareerPathway pathway = pathways.pathway(la);
        Map<String, List<LevelChange>> changes = pathways.changes(la);
        List<DevelopmentActivity> activities = register.rows(DevelopmentFile.class);
        List<Qualification> qualifications = register.rows(QualificationsFile.class);
        Map<String, Integer> atLevel = new LinkedHashMap<>();
        List<Due> due = new ArrayList<>();
        for (Careers.Person person : Careers.people(viewer, register, today)) {
            LevelHistory history = LevelHistory.of(pathway, historyOf(register, person.workerId()),
                    changes.getOrDefault(person.workerId(), List.of()));
            Worker worker = worker(register, person.workerId()).orElseThrow();
            Progression progression = Progression.of(pathway, history, worker, activities, qualifications, today);
            if (progression == null) {
                continue;
            }
            atLevel.merge(progression.level().code(), 1, Integer::sum);
            if (progression.due()) {
                due.add(new Due(person, progression.level().name(), progression.monthsAtLevel(), progression.next().name()));
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int step : pathway.steps()) {
            steps.add(new Step(step, placed(pathway, CareerRoute.PRACTICE, step, atLevel), placed(pathway, CareerRoute.MANAGEMENT, step, atLevel)));
        }
        events.publishEvent(Audited.of(viewer, Action.VIEW, "career_pathway", la, due.size() + " due a progression review on " + today));
        model.put("date", Days.written(today));
        model.put("steps", steps.reversed());
        model.put("levels", pathway.levels());
        model.put("due", due);
        model.put("own", pathways.ownPathway(la));
        model.put("sets", viewer.setsPoliciesOf(la));
        model.put("teams", viewer.role() == Role.TEAM_MANAGER);
        model.put("entered", entered);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    private static List<Placed> placed(CareerPathway pathway, CareerRoute route, int step, Map<String, Integer> atLevel) {
        return pathway.route(route).stream().filter(level -> level.step() == step)
                .map(level -> new Placed(level, atLevel.getOrDefault(level.code(), 0))).toList();
    }

    /** The workforce lead sets each level's minimum time (whole months, 0 to 240): fields {@code minimum-CODE}. */
    @PostMapping("/career-pathway")
    ModelAndView setMinimums(@RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = Careers.held(registers, viewer);
        String la = register.authority().laCode();
        if (!viewer.setsPoliciesOf(la)) {
            throw new org.springframework.security.access.AccessDeniedException("the workforce lead sets the pathway");
        }
        CareerPathway pathway = pathways.pathway(la);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        Map<String, Integer> minimums = new LinkedHashMap<>();
        for (CareerLevel level : pathway.levels()) {
            String value = fields.getOrDefault("minimum-" + level.code(), "").strip();
            entered.put(level.code(), value);
            Integer months = whole(value, CareerPathways.MAX_MINIMUM_MONTHS);
            if (months == null) {
                problems.put("minimum-" + level.code(), "careers.pathway.error.minimum");
            } else {
                minimums.put(level.code(), months);
            }
        }
        if (!problems.isEmpty()) {
            ModelAndView page = new ModelAndView("development/pathway", HttpStatus.UNPROCESSABLE_CONTENT);
            show(viewer, register, problems, entered, page.getModelMap());
            return page;
        }
        pathways.changeMinimums(la, minimums);
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "career_pathway", la, "minimum months " + entered));
        redirect.addFlashAttribute("saved", true);
        return new ModelAndView("redirect:/career-pathway");
    }

    /** A whole number of 0 to {@code max} as typed, or null when it is not one. */
    private static Integer whole(String value, int max) {
        Integer number = value.matches("\\d{1,3}") ? Integer.valueOf(value) : null;
        return number == null || number > max ? null : number;
    }

    /** What the level form holds, as typed. */
    record LevelForm(String name, String criteria, String minimumMonths, String minPqeYears, String minKss, String qualification) {

        static LevelForm of(CareerLevel level) {
            return new LevelForm(level.name(), level.criteria(), String.valueOf(level.minimumMonths()),
                    level.minPqeYears() == null ? "" : String.valueOf(level.minPqeYears()),
                    level.minKss() == null ? "" : String.valueOf(level.minKss()),
                    level.qualification() == null ? NONE : level.qualification().code());
        }
    }

    /** The qualification radio that asks for none. */
    static final String NONE = "none";

    /** The fields of the level form in the order of the page, for the error summary. */
    private static final List<String> LEVEL_FIELDS = List.of("name", "criteria", "minimumMonths", "minPqeYears", "minKss", "qualification");

    @GetMapping("/career-pathway/levels/{level}")
    String level(@PathVariable String level, Model model) {
        Viewer viewer = viewers.require();
        String la = pathwaySetter(viewer);
        CareerLevel held = pathways.pathway(la).level(level).orElseThrow(PageNotFound::new);
        showLevel(la, held, LevelForm.of(held), Map.of(), model.asMap());
        return "development/level";
    }

    /**
     * The workforce lead changes one level: its name, progression criteria, minimum months, and the measurable
     * criteria (whole years since qualifying and statements evidenced, each empty for none; a qualification or none).
     * Its route, step, job role and next level stay as they are.
     */
    @PostMapping("/career-pathway/levels/{level}")
    ModelAndView changeLevel(@PathVariable String level, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String criteria, @RequestParam(defaultValue = "") String minimumMonths,
            @RequestParam(defaultValue = "") String minPqeYears, @RequestParam(defaultValue = "") String minKss,
            @RequestParam(defaultValue = "") String qualification, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        String la = pathwaySetter(viewer);
        CareerPathway pathway = pathways.pathway(la);
        CareerLevel held = pathway.level(level).orElseThrow(PageNotFound::new);
        LevelForm entered = new LevelForm(name, criteria, minimumMonths.strip(), minPqeYears.strip(), minKss.strip(), qualification.strip());
        Map<String, String> typed = new LinkedHashMap<>();
        Integer months = whole(entered.minimumMonths(), CareerPathways.MAX_MINIMUM_MONTHS);
        if (months == null) {
            typed.put("minimumMonths", "careers.pathway.error.minimum");
        }
        Integer pqe = entered.minPqeYears().isEmpty() ? null : whole(entered.minPqeYears(), CareerPathways.MAX_PQE_YEARS);
        if (!entered.minPqeYears().isEmpty() && pqe == null) {
            typed.put("minPqeYears", "careers.pathway.error.pqe");
        }
        Integer kss = entered.minKss().isEmpty() ? null : whole(entered.minKss(), KssStatement.values().length);
        if (!entered.minKss().isEmpty() && kss == null) {
            typed.put("minKss", "careers.pathway.error.kss");
        }
        Optional<QualificationKind> award = Coded.fromCode(QualificationKind.class, entered.qualification());
        if (!entered.qualification().equals(NONE) && award.isEmpty()) {
            typed.put("qualification", "careers.pathway.error.qualification");
        }
        // The level as typed, a number that does not read kept as held, so that the rules on the other fields still speak.
        CareerLevel changed = new CareerLevel(held.code(), name.strip(), held.route(), held.step(), held.jobRole(),
                months == null ? held.minimumMonths() : months, criteria.strip(),
                typed.containsKey("minPqeYears") ? held.minPqeYears() : pqe, typed.containsKey("minKss") ? held.minKss() : kss,
                award.orElse(null), held.next());
        Map<String, String> problems = new LinkedHashMap<>(CareerPathways.levelProblems(pathway, changed));
        problems.putAll(typed);
        if (problems.isEmpty()) {
            problems.putAll(pathways.changeLevel(la, changed));
        }
        if (!problems.isEmpty()) {
            Map<String, String> ordered = new LinkedHashMap<>();
            LEVEL_FIELDS.stream().filter(problems::containsKey).forEach(field -> ordered.put(field, problems.get(field)));
            ModelAndView page = new ModelAndView("development/level", HttpStatus.UNPROCESSABLE_CONTENT);
            showLevel(la, held, entered, ordered, page.getModelMap());
            return page;
        }
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "career_pathway", la, "level " + held.code() + ": " + describe(held) + " to " + describe(changed)));
        redirect.addFlashAttribute("saved", true);
        return new ModelAndView("redirect:/career-pathway");
    }

    private void showLevel(String la, CareerLevel held, LevelForm form, Map<String, String> problems, Map<String, Object> model) {
        model.put("level", held);
        model.put("next", held.next() == null ? null : pathways.pathway(la).level(held.next()).map(CareerLevel::name).orElse(null));
        model.put("form", form);
        model.put("qualifications", List.of(QualificationKind.values()).stream().map(QualificationKind::code).toList());
        model.put("maxCriteria", CareerPathways.MAX_CRITERIA);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    /** The authority of the viewer, who must set its policies (the workforce lead). */
    private String pathwaySetter(Viewer viewer) {
        String la = Careers.held(registers, viewer).authority().laCode();
        if (!viewer.setsPoliciesOf(la)) {
            throw new org.springframework.security.access.AccessDeniedException("the workforce lead sets the pathway");
        }
        return la;
    }

    /** A level's changeable fields, for the audit record. */
    private static String describe(CareerLevel l) {
        return "name " + l.name() + ", minimum months " + l.minimumMonths() + ", PQE " + l.minPqeYears() + ", statements " + l.minKss()
                + ", qualification " + (l.qualification() == null ? NONE : l.qualification().code()) + ", criteria " + l.criteria();
    }

    /** A level in a worker's history, written. */
    record Spell(String level, String from, String to) {
    }

    @GetMapping("/workers/{workerId}/career")
    String worker(@PathVariable String workerId, Model model) {
        Viewer viewer = viewers.require();
        Register register = Careers.held(registers, viewer);
        LocalDate today = LocalDate.now(clock);
        if (!Careers.sees(viewer, register, workerId, today)) {
            throw new PageNotFound();
        }
        showWorker(viewer, register, workerId, Map.of(), null, model.asMap());
        return "development/career";
    }

    private void showWorker(Viewer viewer, Register register, String workerId, Map<String, String> problems, String[] entered,
            Map<String, Object> model) {
        String la = register.authority().laCode();
        LocalDate today = LocalDate.now(clock);
        CareerPathway pathway = pathways.pathway(la);
        LevelHistory history = pathways.history(register, workerId);
        Worker worker = worker(register, workerId).orElseThrow(PageNotFound::new);
        List<DevelopmentActivity> activities = register.rows(DevelopmentFile.class);
        Progression progression = Progression.of(pathway, history, worker, activities, register.rows(QualificationsFile.class), today);
        events.publishEvent(Audited.of(viewer, Action.VIEW, "worker", workerId, "career and CPD on " + today));
        model.put("name", Careers.name(worker));
        model.put("workerId", workerId);
        model.put("date", Days.written(today));
        model.put("progression", progression);
        model.put("since", progression == null ? null : Days.written(progression.since()));
        model.put("spells", history.spells(today).stream().map(s -> new Spell(s.level().name(), Days.written(s.from()),
                Days.written(s.to()))).toList().reversed());
        model.put("hours", Cpd.hoursInLastYear(activities, workerId, today));
        model.put("covered", Cpd.coverage(activities, workerId, today).stream().map(KssStatement::code).toList());
        model.put("noCpd", !Cpd.anyInLastYear(activities, workerId, today));
        var main = historyOf(register, workerId).mainRow(today);
        boolean changes = main != null && Careers.changes(viewer, la, Careers.teamsOn(register, workerId, today));
        model.put("changes", changes);
        model.put("choices", main == null ? List.of() : pathway.levelsOf(main.jobRole()));
        model.put("entered", entered == null ? new String[] {"", "", "", ""} : entered);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    /**
     * Records the level a worker reached from a day: one of the pathway's levels of their job role on that day, the
     * day not in the future nor before their first employment. A manager of one of their teams today, or the lead.
     */
    @PostMapping("/workers/{workerId}/career")
    ModelAndView recordLevel(@PathVariable String workerId, @RequestParam(defaultValue = "") String level,
            @RequestParam(name = "date-day", defaultValue = "") String day, @RequestParam(name = "date-month", defaultValue = "") String month,
            @RequestParam(name = "date-year", defaultValue = "") String year, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = Careers.held(registers, viewer);
        String la = register.authority().laCode();
        LocalDate today = LocalDate.now(clock);
        if (!Careers.sees(viewer, register, workerId, today) || !Careers.changes(viewer, la, Careers.teamsOn(register, workerId, today))) {
            throw new org.springframework.security.access.AccessDeniedException("a manager of the worker or the workforce lead");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        CareerPathway pathway = pathways.pathway(la);
        Optional<CareerLevel> chosen = pathway.level(level.strip());
        if (level.isBlank()) {
            problems.put("level", "careers.level.error.missing");
        }
        LocalDate from = day.isBlank() && month.isBlank() && year.isBlank() ? null : Careers.dateOf(day, month, year);
        EmploymentHistory history = historyOf(register, workerId);
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            problems.put("date", "careers.level.error.date.missing");
        } else if (from == null) {
            problems.put("date", "careers.level.error.date.invalid");
        } else if (from.isAfter(today)) {
            problems.put("date", "careers.level.error.date.future");
        } else if (history.mainRow(from) == null) {
            problems.put("date", "careers.level.error.date.notEmployed");
        } else if (!level.isBlank() && (chosen.isEmpty() || chosen.get().jobRole() != history.mainRow(from).jobRole())) {
            problems.put("level", "careers.level.error.role");
        }
        if (!level.isBlank() && chosen.isEmpty()) {
            problems.put("level", "careers.level.error.role");
        }
        if (!problems.isEmpty()) {
            ModelAndView page = new ModelAndView("development/career", HttpStatus.UNPROCESSABLE_CONTENT);
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String field : List.of("level", "date")) {
                if (problems.containsKey(field)) {
                    ordered.put(field, problems.get(field));
                }
            }
            showWorker(viewer, register, workerId, ordered, new String[] {level, day, month, year}, page.getModelMap());
            return page;
        }
        pathways.recordChange(la, workerId, chosen.get().code(), from, viewer.account().username());
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "worker", workerId, "reached " + chosen.get().code() + " from " + from));
        redirect.addFlashAttribute("recorded", chosen.get().name());
        return new ModelAndView("redirect:/workers/" + workerId + "/career");
    }

    private static Optional<Worker> worker(Register register, String workerId) {
        return register.workers().stream().filter(w -> w.workerId().equals(workerId)).findFirst();
    }

    private static EmploymentHistory historyOf(Register register, String workerId) {
        return EmploymentHistory.of(register.employments().stream().filter(row -> row.workerId().equals(workerId)).toList());
    }
}
