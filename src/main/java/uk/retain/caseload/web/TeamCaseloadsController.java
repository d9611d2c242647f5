package uk.retain.caseload.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.Caseloads.Alert;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.TeamCaseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.people.Audited.Action;
import uk.retain.people.Audited;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionStatuses;
import uk.retain.web.Column;
import uk.retain.web.CsvDownload;
import uk.retain.web.Days;
import uk.retain.web.Figure;
import uk.retain.web.Listing;
import uk.retain.web.PageNotFound;
import uk.retain.web.ReferenceDate;
import uk.retain.web.Tag;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Case;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * A team's caseloads on a date: each worker's load against their capacity under the authority's caseload policy,
 * the team's totals, the alerts its manager acts on, and the cases waiting for a primary worker. Seen by the
 * team's managers and the whole-authority roles; for anyone else the team does not exist (404), as on the team page.
 */
@Controller
class TeamCaseloadsController {

    private final Registers registers;
    private final CaseloadPolicies policies;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final SupervisionPolicies supervision;
    private final Clock clock;

    TeamCaseloadsController(Registers registers, CaseloadPolicies policies, Viewers viewers, ApplicationEventPublisher events, Texts texts,
            SupervisionPolicies supervision, Clock clock) {
        this.clock = clock;
        this.registers = registers;
        this.policies = policies;
        this.viewers = viewers;
        this.events = events;
        this.texts = texts;
        this.supervision = supervision;
    }

    /** A worker's name as the pages show it (given name first), sorting by family name. */
    record Name(String givenName, String familyName) implements Comparable<Name> {

        private static final Comparator<Name> ORDER = Comparator.comparing(Name::familyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Name::givenName, String.CASE_INSENSITIVE_ORDER);

        @Override
        public int compareTo(Name other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return givenName + " " + familyName;
        }
    }

    /**
     * One worker's row: their load against capacity on the date, and their next supervision date under the policy
     * that applies to them (null when the register has no supervisions). Points are null when weighting is off.
     */
    record WorkerRow(String workerId, Name name, String jobRole, BigDecimal fte, int cases, int cap, Integer points,
            Integer capacityPoints, BigDecimal load, Tag absent, Tag overCap, LocalDate nextSupervision, Tag supervisionOverdue) {
    }

    /** One alert: what kind, about whom or which case (with a link to the worker), and what is wrong. */
    record AlertRow(Tag kind, String about, String link, String detail) {
    }

    /** A case waiting for a primary worker. */
    record QueueRow(String caseId, String childId, String category, String courtProceedings, String since, long workingDays,
            String queue, Tag overdue) {
    }

    @GetMapping("/teams/{teamId}/caseloads")
    String caseloads(@PathVariable String teamId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
        Viewer viewer = viewers.require();
        Register register = held(viewer);
        Team team = viewer.seenTeam(register, teamId).orElseThrow(PageNotFound::new);
        LocalDate day;
        String kept;
        try {
            day = ReferenceDate.of(date, clock);
            kept = ReferenceDate.kept(date);
            model.addAttribute("dateValue", day.toString());
        } catch (ReferenceDate.NotADate notADate) {
            // The page for today with the error on its date field (GOV.UK's pattern); its links carry no date.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("dateError", texts.text("date.error", Days.written(ReferenceDate.EARLIEST),
                    Days.written(ReferenceDate.LATEST)));
            model.addAttribute("dateValue", date);
            day = ReferenceDate.of(null, clock);
            kept = null;
        }
        TeamCaseloads loads = loads(register, teamId, day);
        SupervisionStatuses statuses = SupervisionStatuses.of(register, supervision.of(register.authority().laCode()));
        List<WorkerRow> workers = workerRows(register, loads, statuses, day);
        events.publishEvent(Audited.of(viewer, Action.VIEW, "team", teamId, "caseloads on " + day + ", " + workers.size() + " worker(s)"));
        model.addAttribute("team", team);
        model.addAttribute("service", texts.of("teams.service", team.service()));
        model.addAttribute("date", Days.written(day));
        model.addAttribute("back", ReferenceDate.link("/teams/" + teamId, kept));
        model.addAttribute("weighted", loads.policy().weighting().enabled());
        model.addAttribute("figures", figures(loads.totals()));
        model.addAttribute("alerts", alertRows(register, loads, kept));
        model.addAttribute("workers", Listing.of(workers, columns(kept, loads.policy().weighting().enabled(), statuses.held()),
                sort, dir, page).keeping("date", kept));
        model.addAttribute("supervised", statuses.held());
        model.addAttribute("csv", ReferenceDate.link("/teams/" + teamId + "/caseloads.csv", kept));
        model.addAttribute("queue", queueRows(loads));
        model.addAttribute("alertDays", loads.policy().unallocatedAlertWorkingDays());
        model.addAttribute("continuity", ReferenceDate.link("/continuity", kept));
        return "caseload/team";
    }

    @GetMapping("/teams/{teamId}/caseloads.csv")
    ResponseEntity<byte[]> caseloadsCsv(@PathVariable String teamId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        Viewer viewer = viewers.require();
        LocalDate day = ReferenceDate.of(date, clock);
        Register register = held(viewer);
        viewer.seenTeam(register, teamId).orElseThrow(PageNotFound::new);
        TeamCaseloads loads = loads(register, teamId, day);
        SupervisionStatuses statuses = SupervisionStatuses.of(register, supervision.of(register.authority().laCode()));
        List<WorkerRow> workers = workerRows(register, loads, statuses, day);
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "team", teamId, "caseloads.csv on " + day + ", " + workers.size() + " worker(s)"));
        return CsvDownload.of("team-" + teamId + "-caseloads-" + day + ".csv",
                Listing.of(workers, columns(null, loads.policy().weighting().enabled(), statuses.held()), sort, dir, 1));
    }

    /** The viewer's authority's register; none held (or no authority, as for a regional analyst) is a 404. */
    private Register held(Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register)
                .orElseThrow(PageNotFound::new);
    }


    private TeamCaseloads loads(Register register, String teamId, LocalDate day) {
        Caseloads caseloads = Caseloads.of(register, policies.of(register.authority().laCode(), day), day);
        return TeamCaseloads.of(register, caseloads, teamId);
    }

    private List<WorkerRow> workerRows(Register register, TeamCaseloads loads, SupervisionStatuses statuses, LocalDate day) {
        Map<String, Worker> byId = workers(register);
        boolean weighted = loads.policy().weighting().enabled();
        List<WorkerRow> rows = new ArrayList<>();
        for (WorkerLoad load : loads.workers()) {
            Worker worker = byId.get(load.workerId());
            SupervisionStatuses.Status next = statuses.held() ? statuses.of(load.workerId(), day).orElse(null) : null;
            rows.add(new WorkerRow(load.workerId(), new Name(worker.givenName(), worker.familyName()),
                    texts.of("worker.jobRole", load.role()), Texts.plain(load.fte()), load.cases(), load.cap(),
                    weighted ? load.points() : null, weighted ? load.capacityPoints() : null, Figures.rounded(load.percent()),
                    load.absent() ? new Tag(texts.text("caseloads.absent"), "grey") : null,
                    load.overCap() ? new Tag(texts.text("caseloads.overCap"), "red") : null,
                    next == null ? null : next.nextDue(),
                    next != null && next.overdue() ? new Tag(texts.text("caseloads.supervisionOverdue"), "red") : null));
        }
        return rows;
    }

    private static List<Column<WorkerRow>> columns(String date, boolean weighted, boolean supervised) {
        List<Column<WorkerRow>> columns = new ArrayList<>();
        columns.add(Column.text("name", "caseloads.column.name", WorkerRow::name)
                .linkedTo(row -> ReferenceDate.link("/workers/" + row.workerId(), date)));
        columns.add(Column.text("job_role", "caseloads.column.jobRole", WorkerRow::jobRole));
        columns.add(Column.number("fte", "caseloads.column.fte", WorkerRow::fte));
        columns.add(Column.number("cases", "caseloads.column.cases", WorkerRow::cases));
        columns.add(Column.number("cap", "caseloads.column.cap", WorkerRow::cap));
        if (weighted) {
            columns.add(Column.number("points", "caseloads.column.points", WorkerRow::points));
            columns.add(Column.number("capacity_points", "caseloads.column.capacityPoints", WorkerRow::capacityPoints));
        }
        columns.add(Column.number("load_percent", "caseloads.column.load", WorkerRow::load));
        columns.add(Column.text("absent", "caseloads.column.absent", WorkerRow::absent));
        columns.add(Column.text("over_cap", "caseloads.column.overCap", WorkerRow::overCap));
        if (supervised) {
            columns.add(Column.text("next_supervision", "caseloads.column.nextSupervision", WorkerRow::nextSupervision));
            columns.add(Column.text("supervision_overdue", "caseloads.column.supervisionOverdue", WorkerRow::supervisionOverdue));
        }
        return columns;
    }

    private List<Figure> figures(TeamCaseloads.Totals totals) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(texts.text("caseloads.total.workers"), Integer.toString(totals.workers())));
        figures.add(new Figure(texts.text("caseloads.total.caseHolders"),
                texts.text("caseloads.total.caseHoldersValue", totals.caseHolders(), Texts.plain(totals.caseHolderFte()).toPlainString())));
        figures.add(new Figure(texts.text("caseloads.total.cases"), Integer.toString(totals.cases())));
        figures.add(new Figure(texts.text("caseloads.total.cap"), Integer.toString(totals.cap())));
        if (totals.weighted()) {
            figures.add(new Figure(texts.text("caseloads.total.points"),
                    texts.text("caseloads.total.pointsValue", totals.points(), totals.capacityPoints())));
        }
        BigDecimal load = Figures.rounded(totals.percent());
        figures.add(new Figure(texts.text("caseloads.total.load"),
                load == null ? texts.text("caseloads.total.noCapacity") : texts.text("caseloads.percent", load.toPlainString())));
        figures.add(new Figure(texts.text("caseloads.total.overCap"), Integer.toString(totals.overCap())));
        figures.add(new Figure(texts.text("caseloads.total.absent"), Integer.toString(totals.absent())));
        figures.add(new Figure(texts.text("caseloads.total.waiting"), Integer.toString(totals.waiting())));
        return figures;
    }

    /** Up to this many cases waiting too long are an alert each; more are one alert. */
    private static final int SEPARATE_WAITING_ALERTS = 3;

    private List<AlertRow> alertRows(Register register, TeamCaseloads loads, String date) {
        Map<String, Worker> byId = workers(register);
        List<AlertRow> rows = new ArrayList<>();
        List<Alert> waiting = new ArrayList<>();
        for (Alert alert : loads.alerts()) {
            switch (alert.detail()) {
                case Caseloads.OverCap over -> rows.add(new AlertRow(new Tag(texts.text("caseloads.alert.overCap"), "red"),
                        name(byId, alert.workerId()), ReferenceDate.link("/workers/" + alert.workerId(), date), over.weighted()
                                ? texts.text("caseloads.alert.overCapWeighted", over.cases(), over.cap(), over.points(), over.capacityPoints())
                                : texts.text("caseloads.alert.overCapDetail", over.cases(), over.cap())));
                case Caseloads.Unprotected unprotected -> rows.add(new AlertRow(new Tag(texts.text("caseloads.alert.unprotected"), "red"),
                        name(byId, alert.workerId()), ReferenceDate.link("/workers/" + alert.workerId(), date),
                        texts.text("caseloads.alert.unprotectedDetail", alert.caseId(), texts.of("caseloads.work", unprotected.work()))));
                case Caseloads.Waiting ignored -> waiting.add(alert);
            }
        }
        Tag waitingTag = new Tag(texts.text("caseloads.alert.waiting"), "orange");
        if (waiting.size() <= SEPARATE_WAITING_ALERTS) {
            for (Alert alert : waiting) {
                Caseloads.Waiting detail = (Caseloads.Waiting) alert.detail();
                rows.add(new AlertRow(waitingTag, alert.caseId(), null,
                        texts.text("caseloads.alert.waitingDetail", alert.caseId(), detail.workingDays(), detail.alertAfter())));
            }
        } else {
            // A long queue is one alert pointing at the queue, where each of its cases is tagged, not a row per case.
            long longest = waiting.stream().mapToLong(alert -> ((Caseloads.Waiting) alert.detail()).workingDays()).max().orElse(0);
            rows.add(new AlertRow(waitingTag, texts.text("caseloads.alert.waitingCases", waiting.size()), "#queue",
                    texts.text("caseloads.alert.waitingManyDetail", waiting.size(), loads.policy().unallocatedAlertWorkingDays(), longest)));
        }
        return rows;
    }

    private List<QueueRow> queueRows(TeamCaseloads loads) {
        int alertAfter = loads.policy().unallocatedAlertWorkingDays();
        List<QueueRow> rows = new ArrayList<>();
        for (TeamCaseloads.Queued queued : loads.queue()) {
            Case item = queued.waiting().item();
            long days = queued.waiting().workingDaysWaiting();
            rows.add(new QueueRow(item.caseId(), item.childId(), texts.of("worker.category", item.category()),
                    texts.text(item.courtProceedings() ? "worker.yes" : "worker.no"), Days.written(queued.waiting().waitingSince()), days,
                    texts.text(queued.neverAllocated() ? "caseloads.queue.frontDoor" : "caseloads.queue.team"),
                    days > alertAfter ? new Tag(texts.text("caseloads.alert.waiting"), "orange") : null));
        }
        return rows;
    }

    private static Map<String, Worker> workers(Register register) {
        Map<String, Worker> byId = new HashMap<>();
        register.workers().forEach(worker -> byId.put(worker.workerId(), worker));
        return byId;
    }

    private static String name(Map<String, Worker> byId, String workerId) {
        Worker worker = byId.get(workerId);
        return worker == null ? workerId : worker.fullName();
    }
}
