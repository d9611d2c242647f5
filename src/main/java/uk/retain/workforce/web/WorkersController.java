package uk.retain.workforce.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import uk.retain.web.Column;
import uk.retain.web.CsvDownload;
import uk.retain.web.Listing;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Case;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.PqeBand;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;
import uk.retain.workforce.records.Labels;
import uk.retain.workforce.records.PersonName;

/**
 * Every worker of the authority on a day, for HR and the workforce lead: searchable by name, filtered by team, job
 * role, contract and years since qualifying, sortable, paged, and downloadable as CSV with the same filters. Each view
 * and download is audited, as it lists people.
 */
@Controller
class WorkersController {

    private static final Set<Role> ROLES = Set.of(Role.HR, Role.WORKFORCE_LEAD);

    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Labels labels;
    private final Clock clock;

    WorkersController(Registers registers, Viewers viewers, ApplicationEventPublisher events, Labels labels, Clock clock) {
        this.clock = clock;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.labels = labels;
    }

    /** One worker in employment on the day, as the list shows them. */
    record WorkerRow(String workerId, PersonName name, String teamId, String team, String jobRoleCode, String jobRole,
            String contractCode, String contract, BigDecimal fte, String pqeBandCode, String pqeBand, int cases) {
    }

    /** What the list is filtered by; null or empty for "any". */
    record Filters(String q, String team, String role, String contract, String pqe) {

        boolean keeps(WorkerRow row) {
            return (blank(q) || row.name().toString().toLowerCase(Locale.UK).contains(q.strip().toLowerCase(Locale.UK))
                    || row.workerId().equalsIgnoreCase(q.strip()))
                    && (blank(team) || team.equals(row.teamId()))
                    && (blank(role) || role.equals(row.jobRoleCode()))
                    && (blank(contract) || contract.equals(row.contractCode()))
                    && (blank(pqe) || pqe.equals(row.pqeBandCode()));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    @GetMapping("/workers")
    String workers(@RequestParam(required = false) String date, @RequestParam(required = false) String q,
            @RequestParam(required = false) String team, @RequestParam(required = false) String role,
            @RequestParam(required = false) String contract, @RequestParam(required = false) String pqe,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, Model model) {
        Viewer viewer = allowed();
        LocalDate day = ReferenceDate.of(date, clock);
        Filters filters = new Filters(q, team, role, contract, pqe);
        Register register = registers.find(viewer.laCode()).map(Registers.StoredRegister::register).orElse(null);
        model.addAttribute("registerHeld", register != null);
        model.addAttribute("date", uk.retain.web.Days.written(day));
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("filters", filters);
        if (register == null) {
            return "workforce/workers";
        }
        List<WorkerRow> rows = rows(register, day).stream().filter(filters::keeps).toList();
        String kept = ReferenceDate.kept(date);
        model.addAttribute("listing", Listing.of(rows, columns(kept), sort, dir, page).keeping("date", kept)
                .keeping("q", emptyToNull(q)).keeping("team", emptyToNull(team)).keeping("role", emptyToNull(role))
                .keeping("contract", emptyToNull(contract)).keeping("pqe", emptyToNull(pqe)));
        model.addAttribute("count", rows.size());
        model.addAttribute("csv", csvLink(kept, filters));
        model.addAttribute("teams", register.teams().stream().sorted(java.util.Comparator.comparing(Team::name)).toList());
        model.addAttribute("roles", java.util.Arrays.stream(JobRole.values())
                .map(r -> Map.entry(r.code(), labels.of("worker.jobRole", r))).toList());
        model.addAttribute("contracts", java.util.Arrays.stream(Contract.values())
                .map(c -> Map.entry(c.code(), labels.of("worker.contract", c))).toList());
        model.addAttribute("bands", PqeBand.KEYS.stream().map(b -> Map.entry(b, labels.text("workers.pqe." + b))).toList());
        events.publishEvent(Audited.of(viewer, Action.VIEW, "workers", viewer.laCode(), "authority worker list on " + day + ", "
                + rows.size() + " worker(s)"));
        return "workforce/workers";
    }

    @GetMapping("/workers.csv")
    ResponseEntity<byte[]> download(@RequestParam(required = false) String date, @RequestParam(required = false) String q,
            @RequestParam(required = false) String team, @RequestParam(required = false) String role,
            @RequestParam(required = false) String contract, @RequestParam(required = false) String pqe) {
        Viewer viewer = allowed();
        LocalDate day = ReferenceDate.of(date, clock);
        Filters filters = new Filters(q, team, role, contract, pqe);
        Register register = registers.find(viewer.laCode()).map(Registers.StoredRegister::register)
                .orElseThrow(uk.retain.web.PageNotFound::new);
        List<WorkerRow> rows = rows(register, day).stream().filter(filters::keeps).toList();
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "workers", viewer.laCode(), "authority worker list on " + day + ", "
                + rows.size() + " worker(s)"));
        return CsvDownload.of("workers-" + day + ".csv", Listing.of(rows, columns(null), null, null, 1));
    }

    private Viewer allowed() {
        Viewer viewer = viewers.require();
        if (!ROLES.contains(viewer.role())) {
            throw new AccessDeniedException("the authority's worker list is for HR and the workforce lead");
        }
        return viewer;
    }

    /** Everyone in employment on the day (any contract), at their main row, with the open cases they hold as primary. */
    private List<WorkerRow> rows(Register register, LocalDate day) {
        Map<String, List<Employment>> rowsByWorker = new HashMap<>();
        register.employments().forEach(row -> rowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        Map<String, Team> teams = new HashMap<>();
        register.teams().forEach(t -> teams.put(t.teamId(), t));
        Map<String, Case> cases = new HashMap<>();
        register.cases().forEach(item -> cases.put(item.caseId(), item));
        Map<String, Integer> held = new HashMap<>();
        for (Allocation allocation : register.allocations()) {
            Case item = cases.get(allocation.caseId());
            if (allocation.isPrimary() && allocation.inForceOn(day) && item != null && item.openOn(day)) {
                held.merge(allocation.workerId(), 1, Integer::sum);
            }
        }
        List<WorkerRow> rows = new ArrayList<>();
        for (Worker worker : register.workers()) {
            EmploymentHistory history = EmploymentHistory.of(rowsByWorker.getOrDefault(worker.workerId(), List.of()));
            List<Employment> on = history.rowsOn(day);
            if (on.isEmpty()) {
                continue;
            }
            Employment main = Employment.main(on);
            BigDecimal fte = on.stream().map(Employment::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
            String band = PqeBand.of(worker.qualifiedOn(), day);
            Team team = teams.get(main.teamId());
            rows.add(new WorkerRow(worker.workerId(), PersonName.of(worker), main.teamId(), team == null ? main.teamId() : team.name(),
                    main.jobRole().code(), labels.of("worker.jobRole", main.jobRole()), main.contract().code(),
                    labels.of("worker.contract", main.contract()), fte, band,
                    band == null ? labels.text("workers.pqe.none") : labels.text("workers.pqe." + band),
                    held.getOrDefault(worker.workerId(), 0)));
        }
        return rows;
    }

    private static List<Column<WorkerRow>> columns(String date) {
        return List.of(
                Column.text("name", "workers.column.name", WorkerRow::name).linkedTo(row -> ReferenceDate.link("/workers/" + row.workerId(), date)),
                Column.text("worker_id", "workers.column.workerId", WorkerRow::workerId),
                Column.text("team", "workers.column.team", WorkerRow::team),
                Column.text("job_role", "workers.column.jobRole", WorkerRow::jobRole),
                Column.text("contract", "workers.column.contract", WorkerRow::contract),
                Column.number("fte", "workers.column.fte", WorkerRow::fte),
                Column.text("pqe", "workers.column.pqe", WorkerRow::pqeBand),
                Column.number("cases", "workers.column.cases", WorkerRow::cases));
    }

    private static String csvLink(String date, Filters filters) {
        var link = org.springframework.web.util.UriComponentsBuilder.fromPath("/workers.csv");
        addIf(link, "date", date);
        addIf(link, "q", filters.q());
        addIf(link, "team", filters.team());
        addIf(link, "role", filters.role());
        addIf(link, "contract", filters.contract());
        addIf(link, "pqe", filters.pqe());
        return link.encode().build().toUriString();
    }

    private static void addIf(org.springframework.web.util.UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value.strip());
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
