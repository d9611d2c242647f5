package uk.retain.exits.web;

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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.development.RetentionPayments;
import uk.retain.exits.Leavers;
import uk.retain.exits.Leavers.Leaver;
import uk.retain.exits.LeavingInterview;
import uk.retain.exits.LeavingReason;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.web.ReferenceDate;
import uk.retain.web.charts.CategoryChart;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.PqeBand;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * Why people left: the leavers of a period (by default the year to today) counted by census reason, by what they
 * said at interview (main reason, and every reason given), by destination, length of service, experience since
 * qualifying, team and team manager; the early leavers; the would-return and would-recommend shares; and the
 * stability index at each of the last twelve month ends, as a chart and a table, with each team's on the last day.
 * Counts only, no leaver named: for the workforce lead, HR and senior leaders.
 */
@Controller
class LeavingController {

    static final Set<Role> ROLES = Set.of(Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final Registers registers;
    private final Viewers viewers;
    private final ExitWords words;
    private final Clock clock;

    LeavingController(Registers registers, Viewers viewers, ExitWords words, Clock clock) {
        this.registers = registers;
        this.viewers = viewers;
        this.words = words;
        this.clock = clock;
    }

    /** One line of a breakdown: what, how many, and the share of all the breakdown counts. */
    record Line(String label, int count, String share) {
    }

    /** A table of counts. */
    record Breakdown(String id, String caption, String heading, List<Line> lines, String note) {
    }

    /** A team's stability index on the day. */
    record TeamStability(String team, String index) {
    }

    @GetMapping("/leaving")
    String leaving(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !ROLES.contains(viewer.role())) {
            throw new AccessDeniedException("leaving is for the workforce lead, HR and senior leaders");
        }
        Register register = Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register)
                .orElseThrow(PageNotFound::new);
        LocalDate last = ReferenceDate.asked(to).orElseGet(() -> LocalDate.now(clock));
        LocalDate first = ReferenceDate.asked(from).orElse(last.minusYears(1).plusDays(1));
        if (first.isAfter(last)) {
            first = last;
        }
        List<Leaver> leavers = Leavers.between(register, first, last);
        Map<String, String> teamNames = new HashMap<>();
        register.teams().forEach(team -> teamNames.put(team.teamId(), team.name()));
        Map<String, String> names = new HashMap<>();
        register.workers().forEach(worker -> names.put(worker.workerId(), worker.fullName()));

        model.addAttribute("from", first.toString());
        model.addAttribute("to", last.toString());
        model.addAttribute("period", words.text("exits.leaving.period", Days.written(first), Days.written(last)));
        model.addAttribute("leavers", leavers.size());
        long under1 = leavers.stream().filter(l -> l.service() == Leavers.LengthOfService.UNDER_1).count();
        long under2 = leavers.stream().filter(l -> l.service().early()).count();
        model.addAttribute("under1", under1);
        model.addAttribute("under2", under2);
        List<LeavingInterview> interviews = leavers.stream().map(Leaver::interview).filter(i -> i != null).toList();
        model.addAttribute("interviewed", interviews.size());
        model.addAttribute("interviewedShare", words.share(interviews.size(), leavers.size()));
        model.addAttribute("wouldReturn", answered(interviews, LeavingInterview::wouldReturn));
        model.addAttribute("wouldRecommend", answered(interviews, LeavingInterview::wouldRecommend));

        List<Breakdown> tables = new ArrayList<>();
        tables.add(breakdown("by-census-reason", "exits.leaving.byCensusReason", "exits.leaving.censusReason", leavers.stream()
                .map(l -> l.endReason() == null ? words.text("exits.leaving.notRecorded")
                        : words.orElse("worker.endReason." + l.endReason(), l.endReason().toString())).toList(), null));
        tables.add(breakdown("by-main-reason", "exits.leaving.byMainReason", "exits.leaving.reason", interviews.stream()
                .map(i -> reason(i.mainReason())).toList(), words.text("exits.leaving.byMainReason.note", interviews.size())));
        List<String> every = new ArrayList<>();
        interviews.forEach(i -> {
            every.add(reason(i.mainReason()));
            i.otherReasons().forEach(r -> every.add(reason(r)));
        });
        tables.add(breakdownOfPeople("by-any-reason", "exits.leaving.byAnyReason", "exits.leaving.reason", every, interviews.size()));
        tables.add(breakdown("by-destination", "exits.leaving.byDestination", "exits.leaving.destination", leavers.stream()
                .map(l -> l.destination() == null ? words.text("exits.leaving.notRecorded")
                        : words.orElse("exits.destination." + l.destination(), l.destination().toString())).toList(), null));
        tables.add(ordered("by-service", "exits.leaving.byService", "exits.leaving.service", leavers.stream()
                .map(l -> words.text("exits.service." + l.service().name())).toList(),
                List.of(Leavers.LengthOfService.values()).stream().map(s -> words.text("exits.service." + s.name())).toList()));
        List<String> bandOrder = new ArrayList<>(PqeBand.KEYS.stream().map(k -> words.text("dashboard.pqe.band." + k)).toList());
        bandOrder.add(words.text("exits.leaving.notRecorded"));
        tables.add(ordered("by-pqe", "exits.leaving.byPqe", "exits.leaving.pqe", leavers.stream()
                .map(l -> l.pqeBand() == null ? words.text("exits.leaving.notRecorded") : words.text("dashboard.pqe.band." + l.pqeBand())).toList(),
                bandOrder));
        tables.add(breakdown("by-team", "exits.leaving.byTeam", "exits.leaving.team", leavers.stream()
                .map(l -> teamNames.getOrDefault(l.teamId(), l.teamId())).toList(), null));
        tables.add(breakdown("by-manager", "exits.leaving.byManager", "exits.leaving.manager", leavers.stream()
                .map(l -> l.teamManagerId() == null ? words.text("exits.leaving.noManager")
                        : words.text("exits.leaving.managerOf", names.getOrDefault(l.teamManagerId(), l.teamManagerId()),
                                teamNames.getOrDefault(l.teamId(), l.teamId()))).toList(), null));
        model.addAttribute("tables", tables);

        List<LocalDate> ends = monthEnds(last);
        List<Double> index = ends.stream().map(end -> Leavers.stabilityIndex(register, end)).toList();
        List<String> months = ends.stream().map(MONTH::format).toList();
        model.addAttribute("chart", CategoryChart.line("stability", words.text("exits.stability.chart", register.authority().name(),
                        months.get(0), months.get(months.size() - 1)))
                .categories(words.text("exits.stability.month"), months)
                .series(register.authority().name(), index)
                .valueAxis(words.text("exits.stability.axis"))
                .missing(words.text("exits.none"))
                .description(words.text("exits.stability.description"))
                .render());
        Map<String, Double> byTeam = Leavers.stabilityByTeam(register, last);
        List<TeamStability> teams = register.teams().stream().sorted(Comparator.comparing(Team::name))
                .map(team -> new TeamStability(team.name(), percent(byTeam.get(team.teamId())))).toList();
        model.addAttribute("teamStability", teams);
        model.addAttribute("stabilityOn", Days.written(last));
        model.addAttribute("stabilityNow", percent(Leavers.stabilityIndex(register, last)));
        model.addAttribute("records", viewer.recordsExitInterviewsOf(viewer.laCode()));
        // Leavers inside a clawback period (issue 13): a count for every reader; who and how much only for HR.
        model.addAttribute("insideClawback", RetentionPayments.leaversInside(register, first, last).stream()
                .map(RetentionPayments.LeaverInside::workerId).distinct().count());
        model.addAttribute("seesPayments", viewer.role() == Role.HR);
        return "exits/leaving";
    }

    private String percent(Double value) {
        return value == null ? words.text("exits.none") : Figures.oneDecimal(value) + "%";
    }

    /** "n of m who were asked (p%)", or that nobody was asked. */
    private String answered(List<LeavingInterview> interviews, Function<LeavingInterview, Boolean> answer) {
        int asked = 0;
        int yes = 0;
        for (LeavingInterview interview : interviews) {
            Boolean said = answer.apply(interview);
            if (said != null) {
                asked++;
                if (said) {
                    yes++;
                }
            }
        }
        return asked == 0 ? words.text("exits.leaving.nobodyAsked") : words.text("exits.leaving.ofAsked", yes, asked, words.share(yes, asked));
    }

    private String reason(LeavingReason reason) {
        return words.text("exits.reason." + reason.code());
    }

    /** Counts of each label, most first (then by label), as shares of all. */
    private Breakdown breakdown(String id, String caption, String heading, List<String> labels, String note) {
        return breakdownOfPeople(id, caption, heading, labels, labels.size(), note);
    }

    private Breakdown breakdownOfPeople(String id, String caption, String heading, List<String> labels, int people) {
        return breakdownOfPeople(id, caption, heading, labels, people, words.text("exits.leaving.byAnyReason.note", people));
    }

    private Breakdown breakdownOfPeople(String id, String caption, String heading, List<String> labels, int people, String note) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        List<Line> lines = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Line(e.getKey(), e.getValue(), words.share(e.getValue(), people))).toList();
        return new Breakdown(id, words.text(caption), words.text(heading), lines, note);
    }

    /** Counts in a fixed order of labels (every one shown, 0 included). */
    private Breakdown ordered(String id, String caption, String heading, List<String> labels, List<String> order) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        order.forEach(label -> counts.put(label, 0));
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        List<Line> lines = counts.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue(), words.share(e.getValue(), labels.size()))).toList();
        return new Breakdown(id, words.text(caption), words.text(heading), lines, null);
    }

    /** The twelve month ends up to the day: the last on or before it, and the eleven before that. */
    static List<LocalDate> monthEnds(LocalDate day) {
        List<LocalDate> ends = Days.monthEnds(day.minusMonths(12).withDayOfMonth(1), day);
        return ends.subList(Math.max(0, ends.size() - 12), ends.size());
    }

    static String nameOf(Worker worker) {
        return worker.fullName();
    }
}
