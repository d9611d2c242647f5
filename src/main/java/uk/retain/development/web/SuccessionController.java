package uk.retain.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import uk.retain.development.Readiness;
import uk.retain.development.Succession;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.workforce.Coded;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * Succession planning: the authority's critical roles, who holds each today, the named successors and their
 * readiness, and first the roles with no ready successor. The workforce lead names roles and successors; HR reads.
 */
@Controller
class SuccessionController {

    private final Registers registers;
    private final Succession succession;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuccessionController(Registers registers, Succession succession, Viewers viewers, ApplicationEventPublisher events, Clock clock) {
        this.registers = registers;
        this.succession = succession;
        this.viewers = viewers;
        this.events = events;
        this.clock = clock;
    }

    record Named(String workerId, String name, String readiness) {
    }

    /** What was just removed, for the banner: {@code message} says whether a successor (then named) or a role. */
    record Removed(String message, String successor, String role) implements java.io.Serializable {
    }

    record Line(long id, String name, String postId, String jobRole, String teamName, List<String> holders, List<Named> successors,
            boolean noReady) {
    }

    @GetMapping("/succession")
    String plans(Model model) {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.WORKFORCE_LEAD, Role.HR);
        Register register = Careers.held(registers, viewer);
        show(viewer, register, Map.of(), new String[] {"", "", "", "", "", ""}, model.asMap());
        return "development/succession";
    }

    private void show(Viewer viewer, Register register, Map<String, String> problems, String[] entered, Map<String, Object> model) {
        String la = register.authority().laCode();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> teams = Careers.teamNames(register);
        var successors = succession.successors(la);
        List<Line> lines = new ArrayList<>();
        for (Succession.CriticalRole role : succession.roles(la)) {
            List<Succession.Successor> named = successors.getOrDefault(role.id(), List.of());
            lines.add(new Line(role.id(), role.name(), role.postId(), role.jobRole() == null ? null : role.jobRole().code(),
                    role.teamId() == null ? null : teams.getOrDefault(role.teamId(), role.teamId()), Succession.holders(register, role, today).stream()
                    .map(id -> Careers.nameOf(register, id)).toList(), named.stream().map(s -> new Named(s.workerId(), Careers.nameOf(register, s.workerId()),
                    s.readiness().code())).toList(), Succession.noReadySuccessor(register, named, today)));
        }
        events.publishEvent(Audited.of(viewer, Action.VIEW, "succession", la, lines.size() + " critical role(s) on " + today));
        model.put("date", Days.written(today));
        model.put("lines", lines);
        model.put("noReady", lines.stream().filter(Line::noReady).toList());
        model.put("sets", viewer.setsPoliciesOf(la));
        model.put("roles", List.of(JobRole.values()).stream().map(JobRole::code).toList());
        model.put("teams", Careers.teamsSeen(viewer, register));
        model.put("workers", Careers.people(viewer, register, today));
        model.put("readiness", List.of(Readiness.values()).stream().map(Readiness::code).toList());
        model.put("entered", entered);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    private Register lead(Viewer viewer) {
        Register register = Careers.held(registers, viewer);
        if (!viewer.setsPoliciesOf(register.authority().laCode())) {
            throw new AccessDeniedException("the workforce lead plans succession");
        }
        return register;
    }

    /** A critical role by job role, in one team or any: a name of 1 to 200 characters and a job role. */
    @PostMapping("/succession/roles")
    ModelAndView addRole(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String jobRole,
            @RequestParam(defaultValue = "") String team, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = lead(viewer);
        String la = register.authority().laCode();
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isBlank() || name.strip().length() > Succession.MAX_NAME) {
            problems.put("name", "succession.error.name");
        }
        var role = Coded.fromCode(JobRole.class, jobRole.strip());
        if (role.isEmpty()) {
            problems.put("jobRole", "succession.error.jobRole");
        }
        if (!team.isBlank() && register.teams().stream().noneMatch(t -> t.teamId().equals(team.strip()))) {
            problems.put("team", "succession.error.team");
        }
        if (!problems.isEmpty()) {
            ModelAndView page = new ModelAndView("development/succession", HttpStatus.UNPROCESSABLE_CONTENT);
            show(viewer, register, problems, new String[] {name, jobRole, team, "", "", ""}, page.getModelMap());
            return page;
        }
        succession.addRole(la, name.strip(), null, role.get(), team.isBlank() ? null : team.strip(), viewer.account().username(),
                id -> events.publishEvent(Audited.of(viewer, Action.CHANGE, "critical_role", String.valueOf(id), "named " + name.strip())));
        redirect.addFlashAttribute("done", "succession.roleAdded");
        return new ModelAndView("redirect:/succession");
    }

    @PostMapping("/succession/successors")
    ModelAndView nameSuccessor(@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String worker,
            @RequestParam(defaultValue = "") String readiness, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = lead(viewer);
        String la = register.authority().laCode();
        Map<String, String> problems = new LinkedHashMap<>();
        Long roleId = role.strip().matches("\\d{1,18}") ? Long.valueOf(role.strip()) : null;
        if (roleId == null || succession.roles(la).stream().noneMatch(r -> r.id() == roleId)) {
            problems.put("role", "succession.error.role");
        }
        if (register.workers().stream().noneMatch(w -> w.workerId().equals(worker.strip()))) {
            problems.put("worker", "succession.error.worker");
        }
        var ready = Coded.fromCode(Readiness.class, readiness.strip());
        if (ready.isEmpty()) {
            problems.put("readiness", "succession.error.readiness");
        }
        if (!problems.isEmpty()) {
            ModelAndView page = new ModelAndView("development/succession", HttpStatus.UNPROCESSABLE_CONTENT);
            show(viewer, register, problems, new String[] {"", "", "", role, worker, readiness}, page.getModelMap());
            return page;
        }
        succession.nameSuccessor(la, roleId, worker.strip(), ready.get(), viewer.account().username(), () -> events.publishEvent(
                Audited.of(viewer, Action.CHANGE, "critical_role", String.valueOf(roleId), "successor " + worker.strip() + " " + readiness.strip())));
        redirect.addFlashAttribute("done", "succession.successorNamed");
        return new ModelAndView("redirect:/succession");
    }

    /** Removes a successor of a role; a removal of what is no longer there (removed already, a stale page) says so. */
    @PostMapping("/succession/roles/{roleId}/successors/{workerId}/remove")
    ModelAndView removeSuccessor(@PathVariable long roleId, @PathVariable String workerId, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = lead(viewer);
        // The removal and its audit record commit together, or neither does.
        var removed = succession.removeSuccessor(register.authority().laCode(), roleId, workerId, what -> events.publishEvent(
                Audited.of(viewer, Action.CHANGE, "critical_role", String.valueOf(roleId), "removed successor " + workerId + " "
                        + what.successors().getFirst().readiness().code() + " of " + what.roleName() + " (" + what.fileId() + ")")));
        if (removed.isEmpty()) {
            return gone();
        }
        Succession.Removed r = removed.get();
        redirect.addFlashAttribute("removed", new Removed("succession.successorRemoved", Careers.nameOf(register, workerId), r.roleName()));
        return new ModelAndView("redirect:/succession");
    }

    /** Removes a critical role with its successors; a removal of what is no longer there says so. */
    @PostMapping("/succession/roles/{roleId}/remove")
    ModelAndView removeRole(@PathVariable long roleId, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = lead(viewer);
        var removed = succession.removeRole(register.authority().laCode(), roleId, what -> events.publishEvent(
                Audited.of(viewer, Action.CHANGE, "critical_role", String.valueOf(roleId), "removed " + what.roleName() + " (" + what.fileId()
                        + ") with successor(s) " + what.successors().stream().map(s -> s.workerId() + " " + s.readiness().code()).toList())));
        if (removed.isEmpty()) {
            return gone();
        }
        Succession.Removed r = removed.get();
        redirect.addFlashAttribute("removed", new Removed("succession.roleRemoved", null, r.roleName()));
        return new ModelAndView("redirect:/succession");
    }

    private static ModelAndView gone() {
        return new ModelAndView("development/succession-gone", HttpStatus.CONFLICT);
    }
}
