package uk.retain.measures.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.measures.Measures;
import uk.retain.measures.WorkforceMeasures;
import uk.retain.measures.api.AuthorityMeasures;
import uk.retain.people.Audited.Action;
import uk.retain.people.Audited;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Column;
import uk.retain.web.CsvDownload;
import uk.retain.web.Days;
import uk.retain.web.Figure;
import uk.retain.web.Listing;
import uk.retain.web.PageNotFound;
import uk.retain.web.ReferenceDate;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Case;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;
import uk.retain.workforce.records.Labels;
import uk.retain.workforce.records.PersonName;

/**
 * The teams a viewer may see, with their headline measures, and each team's page: its measures and the
 * workers in it on the reference date. A team outside the viewer's scope is answered as if it did not exist.
 * The measures' pages: the figures are the DfE measures by team, the workers' names and codes in words are the
 * register's ({@code workforce :: records}).
 */
@Controller
class TeamsController {

    /** The roles that have teams to look at: a team manager their own, the others their whole authority. */
    private static final Set<Role> TEAM_ROLES = Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER);

    private final AuthorityMeasures measures;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Labels labels;
    private final Clock clock;

    TeamsController(AuthorityMeasures measures, Viewers viewers, ApplicationEventPublisher events, Labels labels, Clock clock) {
        this.clock = clock;
        this.measures = measures;
        this.viewers = viewers;
        this.events = events;
        this.labels = labels;
    }

    /** One team in the list of teams. */
    record TeamRow(String teamId, String name, String service, String locality, Integer inpostHeadcount,
            Integer agencyHeadcount, Integer cases, BigDecimal caseloadFte, Integer workersOver20Cases) {
    }

    /** One worker in a team on the reference date: their row in the team (the largest, if they hold two). */
    record TeamWorker(String workerId, PersonName name, String jobRole, String contract, BigDecimal fte, int cases) {
    }

    @GetMapping("/teams")
    String teams(@RequestParam(required = false) String date, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        Viewer viewer = teamViewer();
        LocalDate day = ReferenceDate.of(date, clock);
        WorkforceMeasures held = held(viewer).orElse(null);
        model.addAttribute("date", Days.written(day));
        model.addAttribute("registerHeld", held != null);
        model.addAttribute("teams", Listing.of(held == null ? List.of() : teamRows(viewer, held, day),
                teamColumns(ReferenceDate.kept(date)), sort, dir, page).keeping("date", ReferenceDate.kept(date)));
        model.addAttribute("csv", ReferenceDate.link("/teams.csv", ReferenceDate.kept(date)));
        return "measures/teams";
    }

    @GetMapping("/teams.csv")
    ResponseEntity<byte[]> teamsCsv(@RequestParam(required = false) String date, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        Viewer viewer = teamViewer();
        LocalDate day = ReferenceDate.of(date, clock);
        WorkforceMeasures held = held(viewer).orElse(null);
        List<TeamRow> rows = held == null ? List.of() : teamRows(viewer, held, day);
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "teams", viewer.laCode(), "teams.csv on " + day + ", " + rows.size() + " team(s)"));
        return CsvDownload.of("teams-" + day + ".csv", Listing.of(rows, teamColumns(null), sort, dir, 1));
    }

    @GetMapping("/teams/{teamId}")
    String team(@PathVariable String teamId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, Model model) {
        Viewer viewer = viewers.require();
        LocalDate day = ReferenceDate.of(date, clock);
        WorkforceMeasures held = held(viewer).orElseThrow(PageNotFound::new);
        Team team = viewer.seenTeam(held.register(), teamId).orElseThrow(PageNotFound::new);
        List<TeamWorker> workers = teamWorkers(held.register(), teamId, day);
        events.publishEvent(Audited.of(viewer, Action.VIEW, "team", teamId, "workers on " + day + ", " + workers.size() + " worker(s)"));
        String kept = ReferenceDate.kept(date);
        model.addAttribute("team", team);
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("service", labels.of("teams.service", team.service()));
        model.addAttribute("date", Days.written(day));
        model.addAttribute("figures", figures(held.byTeam(day).get(teamId)));
        model.addAttribute("workers", Listing.of(workers, workerColumns(kept), sort, dir, page).keeping("date", kept));
        model.addAttribute("csv", ReferenceDate.link("/teams/" + teamId + "/workers.csv", kept));
        model.addAttribute("caseloads", ReferenceDate.link("/teams/" + teamId + "/caseloads", kept));
        return "measures/team";
    }

    @GetMapping("/teams/{teamId}/workers.csv")
    ResponseEntity<byte[]> teamWorkersCsv(@PathVariable String teamId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        Viewer viewer = viewers.require();
        LocalDate day = ReferenceDate.of(date, clock);
        WorkforceMeasures held = held(viewer).orElseThrow(PageNotFound::new);
        viewer.seenTeam(held.register(), teamId).orElseThrow(PageNotFound::new);
        List<TeamWorker> workers = teamWorkers(held.register(), teamId, day);
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "team", teamId, "workers.csv on " + day + ", " + workers.size() + " worker(s)"));
        return CsvDownload.of("team-" + teamId + "-workers-" + day + ".csv", Listing.of(workers, workerColumns(null), sort, dir, 1));
    }

    /** The measures of the viewer's authority's register, if it is held (a regional analyst has no authority). */
    private Optional<WorkforceMeasures> held(Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(measures::of);
    }

    /** The viewer, if their role has teams to see; others are refused outright (they have no such page). */
    private Viewer teamViewer() {
        Viewer viewer = viewers.require();
        if (!TEAM_ROLES.contains(viewer.role())) {
            throw new AccessDeniedException("no teams for this role");
        }
        return viewer;
    }


    private List<TeamRow> teamRows(Viewer viewer, WorkforceMeasures held, LocalDate day) {
        String laCode = held.register().authority().laCode();
        Map<String, Measures> byTeam = held.byTeam(day);
        List<TeamRow> rows = new ArrayList<>();
        for (Team team : held.register().teams()) {
            if (!viewer.seesTeam(laCode, team.teamId())) {
                continue;
            }
            Measures m = byTeam.get(team.teamId());
            rows.add(new TeamRow(team.teamId(), team.name(), labels.of("teams.service", team.service()), team.locality(),
                    m.inpostHeadcount(), m.agencyHeadcount(), m.cases(), Figures.rounded(m.caseloadFte()), m.workersOver20Cases()));
        }
        return rows;
    }

    private static List<Column<TeamRow>> teamColumns(String date) {
        return List.of(
                Column.text("team", "teams.column.name", TeamRow::name).linkedTo(row -> ReferenceDate.link("/teams/" + row.teamId(), date)),
                Column.text("service", "teams.column.service", TeamRow::service),
                Column.text("locality", "teams.column.locality", TeamRow::locality),
                Column.number("inpost_headcount", "teams.column.inpostHeadcount", TeamRow::inpostHeadcount),
                Column.number("agency_headcount", "teams.column.agencyHeadcount", TeamRow::agencyHeadcount),
                Column.number("cases", "teams.column.cases", TeamRow::cases),
                Column.number("caseload_fte", "teams.column.caseloadFte", TeamRow::caseloadFte),
                Column.number("workers_over_20_cases", "teams.column.workersOver20Cases", TeamRow::workersOver20Cases));
    }

    /**
     * The workers with a row in the team on the day (any contract), with the open cases they hold as primary in the
     * team: a worker holds their cases in their main team of the day (measures.md), so a worker whose main team is
     * another holds 0 here, and the column adds up to the team's measure of cases.
     */
    private List<TeamWorker> teamWorkers(Register register, String teamId, LocalDate day) {
        Map<String, List<Employment>> rowsByWorker = new LinkedHashMap<>();
        Map<String, List<Employment>> allRowsByWorker = new LinkedHashMap<>();
        for (Employment row : register.employments()) {
            if (row.inForceOn(day)) {
                allRowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
                if (row.teamId().equals(teamId)) {
                    rowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
                }
            }
        }
        Map<String, Case> cases = new LinkedHashMap<>();
        register.cases().forEach(item -> cases.put(item.caseId(), item));
        Map<String, Integer> held = new LinkedHashMap<>();
        for (Allocation allocation : register.allocations()) {
            Case item = cases.get(allocation.caseId());
            if (allocation.isPrimary() && allocation.inForceOn(day) && item != null && item.openOn(day)) {
                held.merge(allocation.workerId(), 1, Integer::sum);
            }
        }
        List<TeamWorker> workers = new ArrayList<>();
        for (Worker worker : register.workers()) {
            List<Employment> rows = rowsByWorker.get(worker.workerId());
            if (rows == null) {
                continue;
            }
            Employment main = rows.stream().max(Comparator.comparing(Employment::fte)).orElseThrow();
            BigDecimal fte = rows.stream().map(Employment::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean holdsHere = Employment.main(allRowsByWorker.get(worker.workerId())).teamId().equals(teamId);
            workers.add(new TeamWorker(worker.workerId(), PersonName.of(worker), labels.of("worker.jobRole", main.jobRole()),
                    labels.of("worker.contract", main.contract()), fte, holdsHere ? held.getOrDefault(worker.workerId(), 0) : 0));
        }
        return workers;
    }

    private static List<Column<TeamWorker>> workerColumns(String date) {
        return List.of(
                Column.text("name", "teams.workers.name", TeamWorker::name).linkedTo(row -> ReferenceDate.link("/workers/" + row.workerId(), date)),
                Column.text("job_role", "teams.workers.jobRole", TeamWorker::jobRole),
                Column.text("contract", "teams.workers.contract", TeamWorker::contract),
                Column.number("fte", "teams.workers.fte", TeamWorker::fte),
                Column.number("cases", "teams.workers.cases", TeamWorker::cases));
    }

    /** The team's headline DfE measures, rounded to one decimal place; null where the bundle cannot give one. */
    private List<Figure> figures(Measures m) {
        List<Figure> figures = new ArrayList<>();
        figures.add(number("teams.measure.inpostFte", m.inpostFte()));
        figures.add(count("teams.measure.inpostHeadcount", m.inpostHeadcount()));
        figures.add(number("teams.measure.agencyFte", m.agencyFte()));
        figures.add(count("teams.measure.agencyHeadcount", m.agencyHeadcount()));
        figures.add(percent("teams.measure.agencyRateFte", m.agencyRateFte()));
        figures.add(count("teams.measure.startersHeadcount", m.startersHeadcount()));
        figures.add(count("teams.measure.leaversHeadcount", m.leaversHeadcount()));
        figures.add(percent("teams.measure.turnoverRateFte", m.turnoverRateFte()));
        figures.add(number("teams.measure.vacancyFte", m.vacancyFte()));
        figures.add(percent("teams.measure.vacancyRateFte", m.vacancyRateFte()));
        figures.add(count("teams.measure.cases", m.cases()));
        figures.add(number("teams.measure.caseHoldersFte", m.caseHoldersFte()));
        figures.add(number("teams.measure.caseloadFte", m.caseloadFte()));
        figures.add(count("teams.measure.workersOver20Cases", m.workersOver20Cases()));
        figures.add(percent("teams.measure.absenceRateFte", m.absenceRateFte()));
        figures.add(percent("teams.measure.pqeOver2yPercent", m.pqeOver2yPercent()));
        return figures;
    }

    private Figure number(String key, Double value) {
        return new Figure(labels.text(key), Figures.oneDecimalPlain(value));
    }

    private Figure percent(String key, Double value) {
        BigDecimal rounded = Figures.rounded(value);
        return new Figure(labels.text(key), rounded == null ? null : labels.text("teams.measure.percent", rounded.toPlainString()));
    }

    private Figure count(String key, Integer value) {
        return new Figure(labels.text(key), value == null ? null : value.toString());
    }
}
