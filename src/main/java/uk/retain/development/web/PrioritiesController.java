package uk.retain.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.development.KssStatement;
import uk.retain.development.PracticePriorities;
import uk.retain.development.PracticePriority;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Coded;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;

/**
 * The authority's practice priorities, each with the Knowledge and Skills Statements that evidence it, and a
 * team-by-priority table of how many of each team's workers hold evidence for it in the last 2 years, where it is
 * thin (under half) marked. Counts of teams, no person: team managers see their teams, the workforce lead and HR
 * every team. The workforce lead names the authority's own priorities: adds, changes and removes one, or goes back
 * to the defaults, each audited as the pathway's changes are.
 */
@Controller
class PrioritiesController {

    private final Registers registers;
    private final PracticePriorities priorities;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrioritiesController(Registers registers, PracticePriorities priorities, Viewers viewers, ApplicationEventPublisher events, Clock clock) {
        this.registers = registers;
        this.priorities = priorities;
        this.viewers = viewers;
        this.events = events;
        this.clock = clock;
    }

    /** One team's row: its name, workers, and per priority the count evidencing it and whether that is thin. */
    record Row(String team, int workers, List<Cell> cells) {
    }

    record Cell(int evidenced, boolean thin) {
    }

    @GetMapping("/practice-priorities")
    String table(Model model) {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR);
        Register register = Careers.held(registers, viewer);
        LocalDate today = LocalDate.now(clock);
        List<PracticePriority> own = priorities.priorities(register.authority().laCode());
        List<Team> teams = Careers.teamsSeen(viewer, register);
        var evidence = PracticePriorities.evidence(register, own, teams.stream().map(Team::teamId).toList(), today);
        List<Row> rows = new java.util.ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            var team = evidence.get(t);
            List<Cell> cells = new java.util.ArrayList<>();
            for (int p = 0; p < own.size(); p++) {
                cells.add(new Cell(team.evidenced().get(p), team.thin(p)));
            }
            rows.add(new Row(teams.get(t).name(), team.workers(), cells));
        }
        String la = register.authority().laCode();
        model.addAttribute("date", Days.written(today));
        model.addAttribute("priorities", own.stream().map(p -> new Named(p.number(), p.name(), codes(p.kss()))).toList());
        model.addAttribute("sets", viewer.setsPoliciesOf(la));
        model.addAttribute("own", priorities.ownPriorities(la));
        model.addAttribute("full", own.size() >= PracticePriorities.MAX_PRIORITIES);
        model.addAttribute("max", PracticePriorities.MAX_PRIORITIES);
        model.addAttribute("rows", rows);
        model.addAttribute("thinTeams", rows.stream().filter(r -> r.cells().stream().anyMatch(Cell::thin)).count());
        return "development/priorities";
    }

    record Named(int number, String name, List<String> kss) {
    }

    /** What the form holds: the priority's number (null when adding), its name and the statements ticked. */
    record Form(Integer number, String name, List<String> kss) {
    }

    @GetMapping("/practice-priorities/new")
    String adding(Model model) {
        String la = lead(viewers.require());
        form(new Form(null, "", List.of()), Map.of(), la, model.asMap());
        return "development/priority";
    }

    @PostMapping("/practice-priorities")
    ModelAndView add(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> kss,
            RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        String la = lead(viewer);
        Form entered = new Form(null, name, kss == null ? List.of() : kss);
        PracticePriorities.Changed added = priorities.add(la, name, statements(entered.kss()));
        if (added.priority() == null) {
            return refused(entered, added.problems(), la);
        }
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "practice_priority", la, "added " + written(added.priority())));
        redirect.addFlashAttribute("done", "priorities.added");
        redirect.addFlashAttribute("doneName", added.priority().name());
        return new ModelAndView("redirect:/practice-priorities");
    }

    @GetMapping("/practice-priorities/{number}")
    String changing(@PathVariable int number, Model model) {
        String la = lead(viewers.require());
        PracticePriority held = held(la, number).orElseThrow(PageNotFound::new);
        form(new Form(number, held.name(), codes(held.kss())), Map.of(), la, model.asMap());
        return "development/priority";
    }

    @PostMapping("/practice-priorities/{number}")
    ModelAndView change(@PathVariable int number, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) List<String> kss, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        String la = lead(viewer);
        PracticePriority held = held(la, number).orElseThrow(PageNotFound::new);
        Form entered = new Form(number, name, kss == null ? List.of() : kss);
        PracticePriorities.Changed changed = priorities.change(la, number, name, statements(entered.kss()));
        if (changed.priority() == null) {
            return refused(entered, changed.problems(), la);
        }
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "practice_priority", la, "changed " + written(held) + " to " + written(changed.priority())));
        redirect.addFlashAttribute("done", "priorities.changed");
        redirect.addFlashAttribute("doneName", changed.priority().name());
        return new ModelAndView("redirect:/practice-priorities");
    }

    @PostMapping("/practice-priorities/{number}/remove")
    ModelAndView remove(@PathVariable int number, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        String la = lead(viewer);
        PracticePriority held = held(la, number).orElseThrow(PageNotFound::new);
        String problem = priorities.remove(la, number);
        if (problem != null) {
            return refused(new Form(number, held.name(), codes(held.kss())), Map.of("remove", problem), la);
        }
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "practice_priority", la, "removed " + written(held)));
        redirect.addFlashAttribute("done", "priorities.removed");
        redirect.addFlashAttribute("doneName", held.name());
        return new ModelAndView("redirect:/practice-priorities");
    }

    @PostMapping("/practice-priorities/defaults")
    String useDefaults(RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        String la = lead(viewer);
        List<PracticePriority> dropped = priorities.ownPriorities(la) ? priorities.priorities(la) : List.of();
        priorities.useDefaults(la);
        // The priorities dropped go in the audit record, so that what the lead had named can be found again.
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "practice_priority", la, "back to the defaults, dropping "
                + dropped.stream().map(PrioritiesController::written).toList()));
        redirect.addFlashAttribute("done", "priorities.defaults");
        return "redirect:/practice-priorities";
    }

    /** The authority of the viewer, who must set its policies (the workforce lead). */
    private String lead(Viewer viewer) {
        Careers.requireRole(viewer, Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR);
        String la = Careers.held(registers, viewer).authority().laCode();
        if (!viewer.setsPoliciesOf(la)) {
            throw new AccessDeniedException("the workforce lead names the practice priorities");
        }
        return la;
    }

    private Optional<PracticePriority> held(String la, int number) {
        return priorities.priorities(la).stream().filter(p -> p.number() == number).findFirst();
    }

    private ModelAndView refused(Form entered, Map<String, String> problems, String la) {
        ModelAndView page = new ModelAndView("development/priority", HttpStatus.UNPROCESSABLE_CONTENT);
        form(entered, problems, la, page.getModelMap());
        return page;
    }

    private void form(Form form, Map<String, String> problems, String la, Map<String, Object> model) {
        model.put("form", form);
        model.put("heading", form.number() == null ? "priorities.add.title" : "priorities.change.title");
        model.put("statements", codes(List.of(KssStatement.values())));
        model.put("own", priorities.ownPriorities(la));
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    /** The statements of the codes ticked; a code that is no statement is dropped (the checkboxes offer only them). */
    private static List<KssStatement> statements(List<String> codes) {
        return codes.stream().map(code -> Coded.fromCode(KssStatement.class, code)).flatMap(Optional::stream).toList();
    }

    /** A priority as the audit trail records it: its name and its statements' codes. */
    private static String written(PracticePriority p) {
        return p.name() + " " + codes(p.kss());
    }

    private static List<String> codes(List<KssStatement> kss) {
        return kss.stream().map(KssStatement::code).toList();
    }
}
