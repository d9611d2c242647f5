package uk.retain.development.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.springframework.web.server.ResponseStatusException;

import uk.retain.development.Activity;
import uk.retain.development.Cpd;
import uk.retain.development.CpdRecording;
import uk.retain.development.DevelopmentActivity;
import uk.retain.development.DevelopmentFile;
import uk.retain.development.KssStatement;
import uk.retain.development.Qualification;
import uk.retain.development.QualificationsFile;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * Continuing professional development: the CPD of the workers a viewer sees (hours in the last 12 months, the
 * Knowledge and Skills Statements evidenced in the last 2 years, who has none in 12 months, the qualifications
 * expiring in the next 90 days), a social worker's own, and the form on which a worker records their own activity
 * and a manager (or the workforce lead) one of a worker of theirs. Today is the service's clock's.
 */
@Controller
class CpdController {

    private final Registers registers;
    private final CpdRecording recording;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;

    CpdController(Registers registers, CpdRecording recording, Viewers viewers, ApplicationEventPublisher events) {
        this.registers = registers;
        this.recording = recording;
        this.viewers = viewers;
        this.events = events;
    }

    /** One worker's line of the CPD table. */
    record Line(Careers.Person person, BigDecimal hours, List<String> kss, boolean none) {
    }

    /** A qualification expiring, with whose it is. */
    record Expiring(Careers.Person person, String qualification, String expiresOn) {
    }

    @GetMapping("/development")
    String overview(Model model) {
        Viewer viewer = viewers.require();
        Careers.requireLister(viewer);
        Register register = Careers.held(registers, viewer);
        LocalDate today = recording.today();
        List<DevelopmentActivity> activities = register.rows(DevelopmentFile.class);
        List<Line> lines = new ArrayList<>();
        Map<String, Careers.Person> seen = new LinkedHashMap<>();
        for (Careers.Person person : Careers.people(viewer, register, today)) {
            seen.put(person.workerId(), person);
            lines.add(new Line(person, Cpd.hoursInLastYear(activities, person.workerId(), today),
                    Cpd.coverage(activities, person.workerId(), today).stream().map(KssStatement::code).toList(),
                    !Cpd.anyInLastYear(activities, person.workerId(), today)));
        }
        List<Expiring> expiring = new ArrayList<>();
        for (Qualification q : Cpd.expiringSoon(register.rows(QualificationsFile.class), today)) {
            if (seen.containsKey(q.workerId())) {
                expiring.add(new Expiring(seen.get(q.workerId()), q.qualification().code(), Days.written(q.expiresOn())));
            }
        }
        events.publishEvent(Audited.of(viewer, Action.VIEW, "development", register.authority().laCode(),
                "CPD of " + lines.size() + " worker(s) on " + today));
        model.addAttribute("date", Days.written(today));
        model.addAttribute("held", register.has(DevelopmentFile.class));
        model.addAttribute("lines", lines);
        model.addAttribute("none", lines.stream().filter(Line::none).toList());
        model.addAttribute("expiring", expiring);
        model.addAttribute("teams", viewer.role() == Role.TEAM_MANAGER);
        model.addAttribute("mayRecord", viewer.role() != Role.HR);
        return "development/cpd";
    }

    @GetMapping("/my-development")
    String mine(Model model) {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.SOCIAL_WORKER);
        LocalDate today = recording.today();
        model.addAttribute("date", Days.written(today));
        String workerId = viewer.account().workerId();
        Register register = viewer.laCode() == null ? null : registers.find(viewer.laCode()).map(Registers.StoredRegister::register).orElse(null);
        if (workerId == null || register == null || register.workers().stream().noneMatch(w -> w.workerId().equals(workerId))) {
            model.addAttribute("problem", "development.mine.notInRegister");
            return "development/my-cpd";
        }
        List<DevelopmentActivity> activities = register.rows(DevelopmentFile.class);
        Map<String, Integer> recorded = recording.recordedIds(register.authority().laCode());
        events.publishEvent(Audited.of(viewer, Action.VIEW, "development", workerId, "own CPD on " + today));
        model.addAttribute("hours", Cpd.hoursInLastYear(activities, workerId, today));
        model.addAttribute("covered", Cpd.coverage(activities, workerId, today).stream().map(KssStatement::code).toList());
        model.addAttribute("activities", Cpd.of(activities, workerId).stream().limit(20).map(a -> new Shown(Days.written(a.date()),
                a.activity().code(), a.hours(), a.kss().stream().map(KssStatement::code).toList(), a.title(),
                recorded.get(CpdRecording.cellsOf(a)))).toList());
        model.addAttribute("qualifications", register.rows(QualificationsFile.class).stream().filter(q -> q.workerId().equals(workerId))
                .map(q -> new Held(q.qualification().code(), Days.written(q.awardedOn()), Days.written(q.expiresOn()),
                        Cpd.expiring(q, today))).toList());
        return "development/my-cpd";
    }

    /** An activity as the own page lists it; {@code id} its recorded note's number, null when it was imported. */
    record Shown(String date, String activity, BigDecimal hours, List<String> kss, String title, Integer id) {
    }

    /** A qualification held, with whether it expires in the next 90 days. */
    record Held(String qualification, String awardedOn, String expiresOn, boolean expiring) {
    }

    /** What was entered, shown again with the problems. */
    record Form(String worker, String day, String month, String year, String activity, String hours, List<String> kss, String title) {
        static final Form EMPTY = new Form("", "", "", "", "", "", List.of(), "");
    }

    /** The activity just recorded, for the banner. */
    record Done(String workerName, String date, String hours) implements java.io.Serializable {
    }

    /** The activity just changed or removed, for the banner: {@code message} says which. */
    record Changed(String message, String workerName, String date) implements java.io.Serializable {
    }

    @GetMapping("/development/record")
    String form(@RequestParam(required = false) String worker, Model model) {
        Viewer viewer = recorder();
        Register register = Careers.held(registers, viewer);
        Form form = worker == null ? Form.EMPTY : new Form(worker, "", "", "", "", "", List.of(), "");
        show(viewer, register, form, Map.of(), model.asMap());
        return "development/record-cpd";
    }

    @PostMapping("/development/record")
    ModelAndView record(@RequestParam(defaultValue = "") String worker, @RequestParam(name = "date-day", defaultValue = "") String day,
            @RequestParam(name = "date-month", defaultValue = "") String month,
            @RequestParam(name = "date-year", defaultValue = "") String year, @RequestParam(defaultValue = "") String activity,
            @RequestParam(defaultValue = "") String hours, @RequestParam(required = false) List<String> kss,
            @RequestParam(defaultValue = "") String title, RedirectAttributes redirect) {
        Viewer viewer = recorder();
        Register register = Careers.held(registers, viewer);
        String la = register.authority().laCode();
        List<String> statements = kss == null ? List.of() : kss;
        var draft = draft(viewer, worker, day, month, year, activity, hours, statements, title);
        String workerId = draft.workerId();
        var outcome = recording.record(la, draft, viewer.account().username(), scope(viewer, la),
                version -> events.publishEvent(Audited.of(viewer, Action.CHANGE, "development", workerId == null ? null : workerId.strip(),
                        "recorded " + activity.strip() + " of " + hours.strip() + " hour(s) on " + draft.date())));
        return switch (outcome) {
            case CpdRecording.Recorded recorded -> {
                redirect.addFlashAttribute("done", new Done(Careers.nameOf(register, recorded.activity().workerId()),
                        Days.written(recorded.activity().date()), recorded.activity().hours().toPlainString()));
                yield new ModelAndView("redirect:/development/record");
            }
            case CpdRecording.Refused refused -> {
                ModelAndView page = new ModelAndView("development/record-cpd", HttpStatus.UNPROCESSABLE_CONTENT);
                show(viewer, register, new Form(worker, day, month, year, activity, hours, statements, title), refused.problems(),
                        page.getModelMap());
                yield page;
            }
        };
    }

    @GetMapping("/development/activities/{id}/change")
    String changeForm(@PathVariable int id, Model model) {
        Viewer viewer = recorder();
        Register register = Careers.held(registers, viewer);
        CpdRecording.Held held = heldOr404(viewer, register, id);
        DevelopmentActivity a = held.activity();
        Form form = new Form(a.workerId(), String.valueOf(a.date().getDayOfMonth()), String.valueOf(a.date().getMonthValue()),
                String.valueOf(a.date().getYear()), a.activity().code(), a.hours().toPlainString(),
                a.kss().stream().map(KssStatement::code).toList(), a.title() == null ? "" : a.title());
        show(viewer, register, form, Map.of(), model.asMap());
        model.addAttribute("changing", held);
        return "development/record-cpd";
    }

    @PostMapping("/development/activities/{id}/change")
    ModelAndView change(@PathVariable int id, @RequestParam(defaultValue = "") String was, @RequestParam(defaultValue = "") String worker,
            @RequestParam(name = "date-day", defaultValue = "") String day, @RequestParam(name = "date-month", defaultValue = "") String month,
            @RequestParam(name = "date-year", defaultValue = "") String year, @RequestParam(defaultValue = "") String activity,
            @RequestParam(defaultValue = "") String hours, @RequestParam(required = false) List<String> kss,
            @RequestParam(defaultValue = "") String title, RedirectAttributes redirect) {
        Viewer viewer = recorder();
        Register register = Careers.held(registers, viewer);
        String la = register.authority().laCode();
        List<String> statements = kss == null ? List.of() : kss;
        var draft = draft(viewer, worker, day, month, year, activity, hours, statements, title);
        var outcome = recording.change(la, id, was, draft, viewer.account().username(), scope(viewer, la), version ->
                events.publishEvent(Audited.of(viewer, Action.CHANGE, "development", draft.workerId() == null ? null : draft.workerId().strip(),
                        "changed CPD activity " + was + " to " + activity.strip() + " of " + hours.strip() + " hour(s) on " + draft.date())));
        return switch (outcome) {
            case CpdRecording.Changed changed -> done(viewer, register, "development.change.done", changed.activity(), redirect);
            case CpdRecording.Refused refused -> {
                ModelAndView page = new ModelAndView("development/record-cpd", HttpStatus.UNPROCESSABLE_CONTENT);
                show(viewer, register, new Form(worker, day, month, year, activity, hours, statements, title), refused.problems(),
                        page.getModelMap());
                page.addObject("changing", new CpdRecording.Held(id, was, null));
                yield page;
            }
            case CpdRecording.Gone gone -> gone(viewer);
            case CpdRecording.NotYours notYours -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    @GetMapping("/development/activities/{id}/remove")
    String removeForm(@PathVariable int id, Model model) {
        Viewer viewer = recorder();
        Register register = Careers.held(registers, viewer);
        CpdRecording.Held held = heldOr404(viewer, register, id);
        DevelopmentActivity a = held.activity();
        model.addAttribute("held", held);
        model.addAttribute("workerName", Careers.nameOf(register, a.workerId()));
        model.addAttribute("date", Days.written(a.date()));
        model.addAttribute("kss", a.kss().stream().map(KssStatement::code).toList());
        model.addAttribute("back", back(viewer));
        return "development/remove-cpd";
    }

    @PostMapping("/development/activities/{id}/remove")
    ModelAndView remove(@PathVariable int id, @RequestParam(defaultValue = "") String was, RedirectAttributes redirect) {
        Viewer viewer = recorder();
        Register register = Careers.held(registers, viewer);
        String la = register.authority().laCode();
        var outcome = recording.change(la, id, was, null, viewer.account().username(), scope(viewer, la), version ->
                events.publishEvent(Audited.of(viewer, Action.CHANGE, "development", was.split(",", 2)[0], "removed CPD activity " + was)));
        return switch (outcome) {
            case CpdRecording.Changed changed -> done(viewer, register, "development.remove.done", changed.was(), redirect);
            case CpdRecording.Gone gone -> gone(viewer);
            case CpdRecording.NotYours notYours -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case CpdRecording.Refused refused -> throw new IllegalStateException("a removal has no fields to refuse: " + refused);
        };
    }

    /** The activity the viewer may change, or 404: no such recorded activity, imported over, or another's. */
    private CpdRecording.Held heldOr404(Viewer viewer, Register register, int id) {
        String la = register.authority().laCode();
        return recording.held(la, id, scope(viewer, la)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ModelAndView done(Viewer viewer, Register register, String message, DevelopmentActivity activity, RedirectAttributes redirect) {
        redirect.addFlashAttribute("changed", new Changed(message, Careers.nameOf(register, activity.workerId()), Days.written(activity.date())));
        return new ModelAndView("redirect:" + back(viewer));
    }

    /** Refuses a change or removal of an activity that is no longer as the page showed it, saying so. */
    private ModelAndView gone(Viewer viewer) {
        ModelAndView page = new ModelAndView("development/cpd-gone", HttpStatus.CONFLICT);
        page.addObject("back", back(viewer));
        return page;
    }

    /** Where a worker's own activities are listed: their own page, or the CPD overview for the others. */
    private static String back(Viewer viewer) {
        return viewer.role() == Role.SOCIAL_WORKER ? "/my-development" : "/development";
    }

    /** The activity as entered: a social worker's is always their own. */
    private static CpdRecording.Draft draft(Viewer viewer, String worker, String day, String month, String year, String activity,
            String hours, List<String> statements, String title) {
        String workerId = viewer.role() == Role.SOCIAL_WORKER ? viewer.account().workerId() : worker;
        LocalDate date = null;
        String dateProblem = null;
        if (!(day.isBlank() && month.isBlank() && year.isBlank())) {
            date = Careers.dateOf(day, month, year);
            dateProblem = date == null ? "development.record.error.date.invalid" : null;
        }
        return new CpdRecording.Draft(workerId, date, dateProblem, activity, hours, statements, title);
    }

    /** Whom the viewer may record for, changing or removing as for recording. */
    private static java.util.function.BiPredicate<String, Set<String>> scope(Viewer viewer, String la) {
        return (workerId, teams) -> mayRecordFor(viewer, la, workerId, teams);
    }

    /** A worker records their own; a manager for a worker in one of their teams on the day; the lead for anyone. */
    private static boolean mayRecordFor(Viewer viewer, String la, String workerId, Set<String> teams) {
        return switch (viewer.role()) {
            case SOCIAL_WORKER -> workerId.equals(viewer.account().workerId());
            case TEAM_MANAGER -> teams.stream().anyMatch(team -> viewer.recordsSupervisionIn(la, team));
            case WORKFORCE_LEAD -> la.equals(viewer.laCode());
            default -> false;
        };
    }

    private void show(Viewer viewer, Register register, Form form, Map<String, String> problems, Map<String, Object> model) {
        LocalDate today = recording.today();
        boolean own = viewer.role() == Role.SOCIAL_WORKER;
        model.put("own", own);
        model.put("ownName", own ? Careers.nameOf(register, viewer.account().workerId()) : null);
        model.put("workers", own ? List.of() : Careers.people(viewer, register, today));
        model.put("activities", List.of(Activity.values()).stream().map(Activity::code).toList());
        model.put("statements", List.of(KssStatement.values()).stream().map(KssStatement::code).toList());
        model.put("form", form);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    private Viewer recorder() {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.WORKFORCE_LEAD);
        return viewer;
    }
}
