package uk.retain.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionStatuses;
import uk.retain.web.Column;
import uk.retain.web.CsvDownload;
import uk.retain.web.Days;
import uk.retain.web.Listing;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;
import uk.retain.workforce.records.WorkerRecords;

/**
 * Who is overdue supervision on a date, under the policy that applies to each (the authority's, their variation,
 * or the contract's defaults): for a team manager the workers of their teams, for the workforce lead and HR the
 * whole authority. Longest overdue first. Every view and download is audited.
 */
@Controller
class OverdueController {

    static final Set<Role> ROLES = Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR);

    private final SupervisionPolicies policies;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final SupervisionWords words;
    private final Clock clock;

    OverdueController(SupervisionPolicies policies, Registers registers, Viewers viewers, ApplicationEventPublisher events, SupervisionWords words, Clock clock) {
        this.clock = clock;
        this.policies = policies;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
    }

    /** One overdue worker. {@code lastSession} is null when they have had no counting session since they started. */
    record Row(String workerId, String name, String team, String jobRole, LocalDate lastSession, LocalDate nextDue,
            long daysOverdue, String policy) {
    }

    @GetMapping("/supervision/overdue")
    String overdue(@RequestParam(required = false) String date, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        Viewer viewer = allowed();
        LocalDate day = ReferenceDate.of(date, clock);
        String kept = ReferenceDate.kept(date);
        Register register = Scope.held(registers, viewer);
        SupervisionStatuses statuses = SupervisionStatuses.of(register, policies.of(viewer.laCode()));
        List<Row> rows = rows(viewer, register, statuses, day);
        events.publishEvent(Audited.of(viewer, Action.VIEW, "supervision_overdue", viewer.laCode(), "overdue on " + day + ", " + rows.size() + " worker(s)"));
        model.addAttribute("date", Days.written(day));
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("held", statuses.held());
        model.addAttribute("teams", viewer.role() == Role.TEAM_MANAGER);
        model.addAttribute("source", words.of("suppolicy.uses", statuses.policy().source()));
        model.addAttribute("rows", Listing.of(rows, columns(kept), sort == null ? "days_overdue" : sort,
                sort == null ? "desc" : dir, page).keeping("date", kept));
        model.addAttribute("csv", ReferenceDate.link("/supervision/overdue.csv", kept));
        return "supervision/overdue";
    }

    @GetMapping("/supervision/overdue.csv")
    ResponseEntity<byte[]> overdueCsv(@RequestParam(required = false) String date) {
        Viewer viewer = allowed();
        LocalDate day = ReferenceDate.of(date, clock);
        Register register = Scope.held(registers, viewer);
        SupervisionStatuses statuses = SupervisionStatuses.of(register, policies.of(viewer.laCode()));
        List<Row> rows = rows(viewer, register, statuses, day);
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "supervision_overdue", viewer.laCode(), "overdue.csv on " + day + ", " + rows.size() + " worker(s)"));
        return CsvDownload.of("supervision-overdue-" + day + ".csv", Listing.of(rows, columns(null), "days_overdue", "desc", 1));
    }

    private Viewer allowed() {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !ROLES.contains(viewer.role())) {
            throw new AccessDeniedException("the overdue list is for team managers, the workforce lead and HR");
        }
        return viewer;
    }

    /** The overdue workers the viewer may see: in a team they see (a manager's own), by the worker's main team. */
    private List<Row> rows(Viewer viewer, Register register, SupervisionStatuses statuses, LocalDate day) {
        if (!statuses.held()) {
            return List.of();
        }
        Map<String, Worker> workers = new HashMap<>();
        register.workers().forEach(worker -> workers.put(worker.workerId(), worker));
        Map<String, Team> teams = new HashMap<>();
        register.teams().forEach(team -> teams.put(team.teamId(), team));
        List<Row> rows = new ArrayList<>();
        for (SupervisionStatuses.Status status : statuses.on(day)) {
            if (!status.overdue() || !viewer.seesTeam(viewer.laCode(), status.teamId())) {
                continue;
            }
            rows.add(row(status, workers, teams));
        }
        return rows;
    }

    private Row row(SupervisionStatuses.Status status, Map<String, Worker> workers, Map<String, Team> teams) {
        Team team = teams.get(status.teamId());
        return new Row(status.workerId(), WorkerRecords.nameOf(workers, status.workerId()),
                team == null ? status.teamId() : team.name(), words.of("worker.jobRole", status.jobRole()), status.lastSession(),
                status.nextDue(), status.daysOverdue(), words.applied(status.applied()));
    }

    static List<Column<Row>> columns(String date) {
        List<Column<Row>> columns = new ArrayList<>();
        columns.add(Column.text("name", "supervision.column.name", Row::name)
                .linkedTo(row -> ReferenceDate.link("/workers/" + row.workerId(), date)));
        columns.add(Column.text("team", "supervision.column.team", Row::team));
        columns.add(Column.text("job_role", "supervision.column.jobRole", Row::jobRole));
        columns.add(Column.number("days_overdue", "supervision.column.daysOverdue", Row::daysOverdue));
        columns.add(Column.text("last_session", "supervision.column.lastSession", Row::lastSession));
        columns.add(Column.text("next_due", "supervision.column.nextDue", Row::nextDue));
        columns.add(Column.text("policy", "supervision.column.policy", Row::policy));
        return columns;
    }
}
