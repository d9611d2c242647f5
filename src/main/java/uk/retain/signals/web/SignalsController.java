package uk.retain.signals.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.signals.RiskSignal;
import uk.retain.signals.RiskSignals;
import uk.retain.signals.SignalKind;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * Risk signals today: the workers the viewer may see with their signals (a fact, its evidence, its date and its
 * source for each; never a score), every view audited with the workers shown; and, for senior leaders, the
 * workforce lead and HR, how many workers of each team have each signal, with no one named.
 */
@Controller
class SignalsController {

    private final RiskSignals signals;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    SignalsController(RiskSignals signals, Registers registers, Viewers viewers, ApplicationEventPublisher events, MessageSource messages) {
        this.signals = signals;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.messages = messages;
    }

    /** A signal kind, what it means and where its data comes from; whether Retain can raise it yet. */
    record KindLine(String code, String name, String source, boolean available) {
    }

    /** One signal of a worker, in words. */
    record SignalLine(String name, String evidence, String date, String source) {
    }

    /** A worker with signals. */
    record WorkerSignals(String workerId, String name, String team, List<SignalLine> signals) {
    }

    /** A team's counts: workers with each available signal, in the order of {@link #kinds}. */
    record TeamCounts(String team, int workers, List<Integer> counts, boolean total) {
    }

    @GetMapping("/signals")
    String workers(Model model) {
        Viewer viewer = viewers.require();
        if (!viewer.listsSignalsOf(viewer.laCode())) {
            throw new AccessDeniedException("risk signals are for the worker's managers, the principal social worker and HR");
        }
        Register register = held(viewer);
        LocalDate today = signals.today();
        RiskSignals.Raised raised = signals.of(register);
        Map<String, Worker> workers = new HashMap<>();
        register.workers().forEach(worker -> workers.put(worker.workerId(), worker));
        Map<String, String> teams = teamNames(register);
        List<WorkerSignals> shown = new ArrayList<>();
        raised.byWorker().forEach((workerId, list) -> {
            List<String> teamsToday = register.employments().stream()
                    .filter(row -> row.workerId().equals(workerId) && row.inForceOn(today)).map(row -> row.teamId()).toList();
            if (!viewer.seesSignalsOf(register.authority().laCode(), workerId, teamsToday)) {
                return;
            }
            Worker worker = workers.get(workerId);
            shown.add(new WorkerSignals(workerId, worker == null ? workerId : worker.fullName(),
                    teams.getOrDefault(raised.teams().get(workerId), raised.teams().get(workerId)),
                    list.stream().map(signal -> line(signal, workers)).toList()));
        });
        shown.sort(Comparator.comparing(WorkerSignals::team).thenComparing(WorkerSignals::name));
        events.publishEvent(Audited.of(viewer, Action.VIEW, "risk_signals", viewer.laCode(), "risk signals on " + today + " of "
                + shown.size() + " worker(s): " + String.join(",", shown.stream().map(WorkerSignals::workerId).toList())));
        model.addAttribute("today", Days.written(today));
        model.addAttribute("kinds", kinds());
        model.addAttribute("workers", shown);
        model.addAttribute("countsLink", viewer.countsSignalsOf(viewer.laCode()));
        return "signals/workers";
    }

    @GetMapping("/signals/teams")
    String teams(Model model) {
        Viewer viewer = viewers.require();
        if (!viewer.countsSignalsOf(viewer.laCode())) {
            throw new AccessDeniedException("risk signals by team are for senior leaders, the workforce lead and HR");
        }
        Register register = held(viewer);
        LocalDate today = signals.today();
        RiskSignals.Raised raised = signals.of(register);
        List<SignalKind> available = List.of(SignalKind.values()).stream().filter(SignalKind::available).toList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Integer> inTeam = new HashMap<>();
        register.teams().forEach(team -> counts.put(team.teamId(), new int[available.size() + 1]));
        raised.teams().forEach((worker, team) -> inTeam.merge(team, 1, Integer::sum));
        raised.byWorker().forEach((worker, list) -> {
            int[] teamCounts = counts.get(raised.teams().get(worker));
            if (teamCounts == null) {
                return;
            }
            for (RiskSignal signal : list) {
                teamCounts[available.indexOf(signal.kind())]++;
            }
            teamCounts[available.size()]++;
        });
        List<TeamCounts> rows = new ArrayList<>();
        int[] total = new int[available.size() + 1];
        int workersAll = 0;
        for (Team team : register.teams().stream().sorted(Comparator.comparing(Team::name)).toList()) {
            int[] c = counts.get(team.teamId());
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i <= available.size(); i++) {
                values.add(c[i]);
                total[i] += c[i];
            }
            int workers = inTeam.getOrDefault(team.teamId(), 0);
            workersAll += workers;
            rows.add(new TeamCounts(team.name(), workers, values, false));
        }
        List<Integer> totals = new ArrayList<>();
        for (int value : total) {
            totals.add(value);
        }
        rows.add(new TeamCounts(register.authority().name(), workersAll, totals, true));
        model.addAttribute("today", Days.written(today));
        model.addAttribute("kinds", kinds());
        model.addAttribute("columns", available.stream().map(kind -> text("signals.kind." + kind.code())).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("listLink", viewer.listsSignalsOf(viewer.laCode()));
        return "signals/teams";
    }

    private List<KindLine> kinds() {
        return List.of(SignalKind.values()).stream().map(kind -> new KindLine(kind.code(), text("signals.kind." + kind.code()),
                text("signals.source." + kind.code()), kind.available())).toList();
    }

    /** The signal in words: its evidence filled in, dates written out, manager ids as names. */
    private SignalLine line(RiskSignal signal, Map<String, Worker> workers) {
        List<Object> args = new ArrayList<>();
        for (Object value : signal.evidence()) {
            args.add(value instanceof LocalDate day ? Days.written(day)
                    : value instanceof Double number ? Figures.oneDecimal(number) + "%" : value);
        }
        String key = "signals.evidence." + signal.kind().code();
        switch (signal.kind()) {
            case SUPERVISION_OVERDUE -> {
                if ("none".equals(signal.evidence().get(1))) {
                    args.set(1, text("signals.evidence.noSession"));
                }
            }
            case NO_CPD_12_MONTHS -> key = "none".equals(signal.evidence().get(0)) ? key + ".never" : key;
            case TEAM_MANAGER_CHANGED -> args.set(1, String.join(", ", List.of(((String) signal.evidence().get(1)).split(",")).stream()
                    .map(id -> Optional.ofNullable(workers.get(id)).map(w -> w.fullName()).orElse(id)).toList()));
            case ASYE_REVIEW_CONCERNS -> {
                args.set(0, text("programme.review." + signal.evidence().get(0)));
                args.set(1, text("programme.reviewOutcome." + signal.evidence().get(1)));
            }
            default -> {
            }
        }
        args.add(Days.written(signal.on()));
        return new SignalLine(text("signals.kind." + signal.kind().code()), text(key, args.toArray()), Days.written(signal.on()),
                text("signals.source." + signal.kind().code()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static Map<String, String> teamNames(Register register) {
        Map<String, String> names = new HashMap<>();
        register.teams().forEach(team -> names.put(team.teamId(), team.name()));
        return names;
    }

    private Register held(Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register)
                .orElseThrow(PageNotFound::new);
    }
}
