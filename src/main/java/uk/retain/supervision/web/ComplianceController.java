package uk.retain.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
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
import uk.retain.web.Days;
import uk.retain.web.ReferenceDate;
import uk.retain.web.charts.CategoryChart;
import uk.retain.web.charts.Chart;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;
import uk.retain.workforce.records.WorkerRecords;

/**
 * Supervision compliance over a year: the in-date percentage of each team and of the authority at each of the twelve
 * month ends up to the date, as a table and a chart, under the policy that applies to each worker; and, for the
 * workforce lead and HR, the workers longest overdue on the date. Senior leaders see the figures by team, never a
 * named list. Only the list is audited: the rest is aggregates.
 */
@Controller
class ComplianceController {

    static final Set<Role> ROLES = Set.of(Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER);
    static final int MONTHS = 12;
    static final int LONGEST = 10;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final SupervisionPolicies policies;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final SupervisionWords words;
    private final Clock clock;

    ComplianceController(SupervisionPolicies policies, Registers registers, Viewers viewers, ApplicationEventPublisher events, SupervisionWords words, Clock clock) {
        this.clock = clock;
        this.policies = policies;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
    }

    /** A team's (or the authority's) row of the table: the in-date percentage at each month end, in words. */
    record TeamRow(String name, List<String> cells) {
    }

    /** A team that may be shown on the chart. */
    record TeamChoice(String teamId, String name, boolean selected) {
    }

    /** One of the longest overdue. */
    record LongestRow(String workerId, String name, String team, long daysOverdue, String nextDue, String policy) {
    }

    @GetMapping("/supervision/compliance")
    String compliance(@RequestParam(required = false) String date, @RequestParam(name = "team", required = false) String chosen, Model model) {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !ROLES.contains(viewer.role())) {
            throw new AccessDeniedException("supervision compliance is for the workforce lead, HR and senior leaders");
        }
        LocalDate day = ReferenceDate.of(date, clock);
        String kept = ReferenceDate.kept(date);
        Register register = Scope.held(registers, viewer);
        SupervisionStatuses statuses = SupervisionStatuses.of(register, policies.of(viewer.laCode()));
        model.addAttribute("date", Days.written(day));
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("held", statuses.held());
        model.addAttribute("source", words.of("suppolicy.uses", statuses.policy().source()));
        if (!statuses.held()) {
            return "supervision/compliance";
        }
        List<LocalDate> ends = monthEnds(day);
        Map<String, String> teamNames = new LinkedHashMap<>();
        register.teams().stream().sorted(Comparator.comparing(Team::name)).forEach(team -> teamNames.put(team.teamId(), team.name()));
        Map<String, List<Double>> byTeam = new LinkedHashMap<>();
        teamNames.keySet().forEach(team -> byTeam.put(team, new ArrayList<>()));
        List<Double> authority = new ArrayList<>();
        for (LocalDate end : ends) {
            Map<String, SupervisionStatuses.Tally> tallies = statuses.byTeam(end);
            byTeam.forEach((team, values) -> values.add(tallies.get(team).inDatePercent()));
            authority.add(statuses.authority(end).inDatePercent());
        }
        String none = words.text("supervision.compliance.none");
        List<String> months = ends.stream().map(MONTH::format).toList();
        List<TeamRow> rows = new ArrayList<>();
        byTeam.forEach((team, values) -> rows.add(new TeamRow(teamNames.get(team), cells(values, none))));
        rows.add(new TeamRow(register.authority().name(), cells(authority, none)));
        // A line for each of many teams would be unreadable: the authority and one team, the one asked for or else
        // the one least in date at the last month end.
        String shown = chosen != null && byTeam.containsKey(chosen) ? chosen : lowest(byTeam);
        CategoryChart chart = CategoryChart.line("supervision-compliance", words.text("supervision.compliance.chart",
                        register.authority().name(), shown == null ? "" : teamNames.get(shown), months.get(0), months.get(months.size() - 1)))
                .categories(words.text("supervision.compliance.month"), months)
                .series(register.authority().name(), authority)
                .valueAxis(words.text("supervision.compliance.axis"))
                .missing(none)
                .description(words.text("supervision.compliance.description"));
        if (shown != null) {
            chart.series(teamNames.get(shown), byTeam.get(shown));
        }
        model.addAttribute("chart", chart.render());
        model.addAttribute("teamChoices", teamNames.entrySet().stream()
                .map(e -> new TeamChoice(e.getKey(), e.getValue(), e.getKey().equals(shown))).toList());
        model.addAttribute("months", ends.stream().map(Days::written).toList());
        model.addAttribute("rows", rows);
        if (viewer.role() != Role.SENIOR_LEADER) {
            List<LongestRow> longest = longest(register, statuses, day, kept);
            events.publishEvent(Audited.of(viewer, Action.VIEW, "supervision_overdue", viewer.laCode(),
                    "longest overdue on " + day + ", " + longest.size() + " worker(s)"));
            model.addAttribute("longest", longest);
            model.addAttribute("overdueLink", ReferenceDate.link("/supervision/overdue", kept));
        }
        return "supervision/compliance";
    }

    /** The twelve month ends up to the day: the last on or before it, and the eleven before that. */
    static List<LocalDate> monthEnds(LocalDate day) {
        LocalDate from = day.minusMonths(MONTHS).withDayOfMonth(1);
        List<LocalDate> ends = Days.monthEnds(from, day);
        return ends.subList(Math.max(0, ends.size() - MONTHS), ends.size());
    }

    /** The team least in date at the last month end (a team with no one due is never the least); null when none. */
    private static String lowest(Map<String, List<Double>> byTeam) {
        String lowest = null;
        double least = Double.MAX_VALUE;
        for (Map.Entry<String, List<Double>> entry : byTeam.entrySet()) {
            Double last = entry.getValue().get(entry.getValue().size() - 1);
            if (last != null && last < least) {
                least = last;
                lowest = entry.getKey();
            }
        }
        return lowest == null && !byTeam.isEmpty() ? byTeam.keySet().iterator().next() : lowest;
    }

    private static List<String> cells(List<Double> values, String none) {
        return values.stream().map(value -> value == null ? none : Figures.oneDecimal(value) + "%").toList();
    }

    private List<LongestRow> longest(Register register, SupervisionStatuses statuses, LocalDate day, String kept) {
        Map<String, Worker> workers = new HashMap<>();
        register.workers().forEach(worker -> workers.put(worker.workerId(), worker));
        Map<String, String> teams = new HashMap<>();
        register.teams().forEach(team -> teams.put(team.teamId(), team.name()));
        return statuses.on(day).stream().filter(SupervisionStatuses.Status::overdue)
                .sorted(Comparator.comparingLong(SupervisionStatuses.Status::daysOverdue).reversed()
                        .thenComparing(SupervisionStatuses.Status::workerId))
                .limit(LONGEST)
                .map(status -> {
                    return new LongestRow(status.workerId(), WorkerRecords.nameOf(workers, status.workerId()),
                            teams.getOrDefault(status.teamId(), status.teamId()), status.daysOverdue(), Days.written(status.nextDue()),
                            words.applied(status.applied()));
                }).toList();
    }
}
