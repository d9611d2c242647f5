package uk.retain.development.web;

import java.time.LocalDate;
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

import uk.retain.development.TransferRequest;
import uk.retain.development.TransferRule;
import uk.retain.development.Transfers;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * Transfers between teams: a social worker sees the rule applied to them and asks to move; each manager answers; the
 * receiving manager or the workforce lead approves (the move is made on its day) or any of them declines with a
 * reason; the worker may withdraw while it waits. Managers see the requests into and out of their teams; the
 * workforce lead and HR every request; the workforce lead sets the rule.
 */
@Controller
class TransferController {

    private final Registers registers;
    private final Transfers transfers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;

    TransferController(Registers registers, Transfers transfers, Viewers viewers, ApplicationEventPublisher events) {
        this.registers = registers;
        this.transfers = transfers;
        this.viewers = viewers;
        this.events = events;
    }

    /** A part of the rule as a page explains it: message key, and the months held and needed, the day it is met. */
    record Explained(String key, long held, long needed, String from, boolean met) {
    }

    static List<Explained> explain(List<TransferRule.Check> checks) {
        return checks.stream().map(c -> new Explained("transfers.check." + c.code() + "." + c.state().name().toLowerCase(java.util.Locale.ROOT),
                c.held(), c.needed(), Days.written(c.from()), c.state() == TransferRule.State.MET)).toList();
    }

    /** A request as the lists show it. */
    record Row(long id, String workerName, String from, String to, String requestedOn, String status) {
    }

    private static Row row(Register register, TransferRequest r) {
        Map<String, String> teams = Careers.teamNames(register);
        return new Row(r.id(), Careers.nameOf(register, r.workerId()), teams.getOrDefault(r.fromTeamId(), r.fromTeamId()),
                teams.getOrDefault(r.toTeamId(), r.toTeamId()), Days.written(r.requestedOn()), r.status().code());
    }

    /** Whether the viewer sees the request: the worker, a manager of either team, the workforce lead or HR. */
    private static boolean sees(Viewer viewer, String la, TransferRequest r) {
        if (!la.equals(viewer.laCode())) {
            return false;
        }
        return switch (viewer.role()) {
            case SOCIAL_WORKER -> r.workerId().equals(viewer.account().workerId());
            case TEAM_MANAGER -> manages(viewer, la, r.fromTeamId()) || manages(viewer, la, r.toTeamId());
            case WORKFORCE_LEAD, HR -> true;
            default -> false;
        };
    }

    private static boolean manages(Viewer viewer, String la, String teamId) {
        return viewer.recordsSupervisionIn(la, teamId);
    }

    @GetMapping("/transfers")
    String list(Model model) {
        Viewer viewer = viewers.require();
        Careers.requireLister(viewer);
        Register register = Careers.held(registers, viewer);
        showList(viewer, register, Map.of(), null, model.asMap());
        return "development/transfers";
    }

    private void showList(Viewer viewer, Register register, Map<String, String> problems, String[] entered, Map<String, Object> model) {
        String la = register.authority().laCode();
        List<Row> rows = transfers.requests(la).stream().filter(r -> sees(viewer, la, r)).map(r -> row(register, r)).toList();
        events.publishEvent(Audited.of(viewer, Action.VIEW, "transfers", la, rows.size() + " request(s)"));
        TransferRule rule = transfers.rule(la);
        model.put("rows", rows);
        model.put("rule", rule);
        model.put("sets", viewer.setsPoliciesOf(la));
        model.put("entered", entered == null ? new String[] {String.valueOf(rule.minMonthsInPost()), String.valueOf(rule.managersAgree())} : entered);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    @PostMapping("/transfers/rule")
    ModelAndView setRule(@RequestParam(defaultValue = "") String months, @RequestParam(defaultValue = "") String managersAgree,
            RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = Careers.held(registers, viewer);
        String la = register.authority().laCode();
        if (!viewer.setsPoliciesOf(la)) {
            throw new AccessDeniedException("the workforce lead sets the transfer rule");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String value = months.strip();
        if (!value.matches("\\d{1,2}") || Integer.parseInt(value) > TransferRule.MAX_MONTHS) {
            problems.put("months", "transfers.rule.error.months");
        }
        if (!managersAgree.equals("true") && !managersAgree.equals("false")) {
            problems.put("managersAgree", "transfers.rule.error.agree");
        }
        if (!problems.isEmpty()) {
            ModelAndView page = new ModelAndView("development/transfers", HttpStatus.UNPROCESSABLE_CONTENT);
            showList(viewer, register, problems, new String[] {months, managersAgree}, page.getModelMap());
            return page;
        }
        TransferRule rule = new TransferRule(Integer.parseInt(value), Boolean.parseBoolean(managersAgree));
        transfers.setRule(la, rule, viewer.account().username());
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "transfer_rule", la, rule.minMonthsInPost() + " months, managers agree " + rule.managersAgree()));
        redirect.addFlashAttribute("done", "transfers.rule.saved");
        return new ModelAndView("redirect:/transfers");
    }

    @GetMapping("/transfers/{id}")
    String one(@PathVariable long id, Model model) {
        Viewer viewer = viewers.require();
        Register register = Careers.held(registers, viewer);
        TransferRequest request = visible(viewer, register, id);
        showOne(viewer, register, request, Map.of(), null, model.asMap());
        return "development/transfer";
    }

    private TransferRequest visible(Viewer viewer, Register register, long id) {
        String la = register.authority().laCode();
        return transfers.request(la, id).filter(r -> sees(viewer, la, r)).orElseThrow(PageNotFound::new);
    }

    private void showOne(Viewer viewer, Register register, TransferRequest r, Map<String, String> problems, String[] entered,
            Map<String, Object> model) {
        String la = register.authority().laCode();
        events.publishEvent(Audited.of(viewer, Action.VIEW, "transfer", String.valueOf(r.id()), "request of " + r.workerId()));
        model.put("request", r);
        model.put("row", row(register, r));
        model.put("checks", explain(transfers.checks(register, r.workerId(), r)));
        model.put("rule", transfers.rule(la));
        model.put("moveOn", Days.written(r.moveOn()));
        model.put("answersCurrent", r.open() && manages(viewer, la, r.fromTeamId()));
        model.put("answersReceiving", r.open() && manages(viewer, la, r.toTeamId()));
        boolean lead = viewer.setsPoliciesOf(la);
        model.put("approves", r.open() && (lead || manages(viewer, la, r.toTeamId())));
        model.put("declines", r.open() && (lead || manages(viewer, la, r.toTeamId()) || manages(viewer, la, r.fromTeamId())));
        model.put("withdraws", r.open() && viewer.role() == Role.SOCIAL_WORKER);
        model.put("entered", entered == null ? new String[] {"", "", "", "", ""} : entered);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    @PostMapping("/transfers/{id}/answer")
    ModelAndView answer(@PathVariable long id, @RequestParam(defaultValue = "") String side, @RequestParam(defaultValue = "") String agrees,
            RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = Careers.held(registers, viewer);
        String la = register.authority().laCode();
        TransferRequest request = visible(viewer, register, id);
        Transfers.Side answering = switch (side) {
            case "current" -> Transfers.Side.CURRENT;
            case "receiving" -> Transfers.Side.RECEIVING;
            default -> null;
        };
        String team = answering == null ? null : answering == Transfers.Side.CURRENT ? request.fromTeamId() : request.toTeamId();
        if (team == null || !manages(viewer, la, team)) {
            throw new AccessDeniedException("the manager of that team answers");
        }
        if (!agrees.equals("true") && !agrees.equals("false")) {
            ModelAndView page = new ModelAndView("development/transfer", HttpStatus.UNPROCESSABLE_CONTENT);
            showOne(viewer, register, request, Map.of("agrees-" + side, "transfers.answer.error.missing"), null, page.getModelMap());
            return page;
        }
        var outcome = transfers.answer(la, id, answering, Boolean.parseBoolean(agrees), viewer.account().username());
        return after(viewer, register, id, outcome, "answered " + side + " " + agrees, redirect);
    }

    @PostMapping("/transfers/{id}/decision")
    ModelAndView decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(name = "moveOn-day", defaultValue = "") String day, @RequestParam(name = "moveOn-month", defaultValue = "") String month,
            @RequestParam(name = "moveOn-year", defaultValue = "") String year, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Register register = Careers.held(registers, viewer);
        String la = register.authority().laCode();
        TransferRequest request = visible(viewer, register, id);
        boolean lead = viewer.setsPoliciesOf(la);
        boolean receiving = manages(viewer, la, request.toTeamId());
        boolean current = manages(viewer, la, request.fromTeamId());
        String[] entered = {decision, day, month, year, note};
        Transfers.Outcome outcome;
        if (decision.equals("approve")) {
            if (!(lead || receiving)) {
                throw new AccessDeniedException("the receiving manager or the workforce lead approves");
            }
            LocalDate moveOn = day.isBlank() && month.isBlank() && year.isBlank() ? null : Careers.dateOf(day, month, year);
            if (moveOn == null && !(day.isBlank() && month.isBlank() && year.isBlank())) {
                outcome = new Transfers.Refused(Map.of("moveOn", "transfers.decide.error.moveOn.invalid"));
            } else {
                outcome = transfers.approve(la, id, moveOn, note, viewer.account().username(),
                        version -> events.publishEvent(Audited.of(viewer, Action.CHANGE, "transfer", String.valueOf(id),
                                "approved: " + request.workerId() + " moves to " + request.toTeamId() + " on " + moveOn)));
            }
        } else if (decision.equals("decline")) {
            if (!(lead || receiving || current)) {
                throw new AccessDeniedException("a manager of either team or the workforce lead declines");
            }
            outcome = transfers.decline(la, id, note, viewer.account().username());
        } else {
            if (!(lead || receiving || current)) {
                throw new AccessDeniedException("a manager of either team or the workforce lead decides");
            }
            outcome = new Transfers.Refused(Map.of("decision", "transfers.decide.error.decision"));
        }
        if (outcome instanceof Transfers.Refused refused) {
            ModelAndView page = new ModelAndView("development/transfer", HttpStatus.UNPROCESSABLE_CONTENT);
            showOne(viewer, register, transfers.request(la, id).orElseThrow(), refused.problems(), entered, page.getModelMap());
            return page;
        }
        if (decision.equals("decline")) {
            events.publishEvent(Audited.of(viewer, Action.CHANGE, "transfer", String.valueOf(id), "declined"));
        }
        redirect.addFlashAttribute("done", decision.equals("approve") ? "transfers.decide.approved" : "transfers.decide.declined");
        return new ModelAndView("redirect:/transfers/" + id);
    }

    @PostMapping("/transfers/{id}/withdraw")
    ModelAndView withdraw(@PathVariable long id, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.SOCIAL_WORKER);
        Register register = Careers.held(registers, viewer);
        visible(viewer, register, id);
        var outcome = transfers.withdraw(register.authority().laCode(), id, viewer.account().username());
        return after(viewer, register, id, outcome, "withdrawn", redirect);
    }

    private ModelAndView after(Viewer viewer, Register register, long id, Transfers.Outcome outcome, String detail, RedirectAttributes redirect) {
        if (outcome instanceof Transfers.Refused refused) {
            ModelAndView page = new ModelAndView("development/transfer", HttpStatus.CONFLICT);
            showOne(viewer, register, transfers.request(register.authority().laCode(), id).orElseThrow(), refused.problems(), null,
                    page.getModelMap());
            return page;
        }
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "transfer", String.valueOf(id), detail));
        redirect.addFlashAttribute("done", "transfers.saved");
        return new ModelAndView("redirect:/transfers/" + id);
    }

    @GetMapping("/my-transfer")
    String mine(Model model) {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.SOCIAL_WORKER);
        showMine(viewer, Map.of(), null, model.asMap());
        return "development/my-transfer";
    }

    private void showMine(Viewer viewer, Map<String, String> problems, String[] entered, Map<String, Object> model) {
        String workerId = viewer.account().workerId();
        Register register = viewer.laCode() == null ? null : registers.find(viewer.laCode()).map(Registers.StoredRegister::register).orElse(null);
        if (workerId == null || register == null || register.workers().stream().noneMatch(w -> w.workerId().equals(workerId))) {
            model.put("problem", "development.mine.notInRegister");
            return;
        }
        String la = register.authority().laCode();
        LocalDate today = transfers.today();
        List<TransferRequest> own = transfers.requests(la).stream().filter(r -> r.workerId().equals(workerId)).toList();
        var main = uk.retain.workforce.EmploymentHistory.of(register.employments().stream()
                .filter(row -> row.workerId().equals(workerId)).toList()).mainRow(today);
        model.put("rule", transfers.rule(la));
        model.put("checks", explain(transfers.checks(register, workerId, null)));
        model.put("requests", own.stream().map(r -> row(register, r)).toList());
        model.put("waiting", own.stream().anyMatch(TransferRequest::open));
        model.put("team", main == null ? null : Careers.teamNames(register).get(main.teamId()));
        model.put("teams", register.teams().stream().filter(t -> main == null || !t.teamId().equals(main.teamId()))
                .sorted(java.util.Comparator.comparing(uk.retain.workforce.Team::name)).toList());
        model.put("entered", entered == null ? new String[] {"", ""} : entered);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    @PostMapping("/my-transfer")
    ModelAndView ask(@RequestParam(defaultValue = "") String team, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.SOCIAL_WORKER);
        Register register = Careers.held(registers, viewer);
        String workerId = viewer.account().workerId();
        if (workerId == null || register.workers().stream().noneMatch(w -> w.workerId().equals(workerId))) {
            throw new PageNotFound();
        }
        var outcome = transfers.ask(register, workerId, team, reason, viewer.account().username());
        if (outcome instanceof Transfers.Refused refused) {
            ModelAndView page = new ModelAndView("development/my-transfer", HttpStatus.UNPROCESSABLE_CONTENT);
            showMine(viewer, refused.problems(), new String[] {team, reason}, page.getModelMap());
            return page;
        }
        long id = ((Transfers.Done) outcome).id();
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "transfer", String.valueOf(id), "asked to move to " + team.strip()));
        redirect.addFlashAttribute("done", "transfers.ask.done");
        return new ModelAndView("redirect:/transfers/" + id);
    }
}
