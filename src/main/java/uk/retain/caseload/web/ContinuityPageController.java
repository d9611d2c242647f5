package uk.retain.caseload.web;

import java.time.Clock;
import static uk.retain.web.charts.Figures.oneDecimalPlain;
import static uk.retain.web.charts.Figures.rounded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.caseload.Continuity.Figures;
import uk.retain.benchmarking.PublishedContinuity;
import uk.retain.caseload.Continuity;
import uk.retain.people.Audited.Action;
import uk.retain.people.Audited;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.Figure;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;

/**
 * Whether children keep their social worker, over the year to a date: the authority's continuity figures, each
 * team's, and the authority's at the last three census dates. A team manager sees only their own teams' rows,
 * never the authority's totals; roles without teams are refused (403), as on the teams page.
 */
@Controller
class ContinuityPageController {

    /** The roles of the teams page: a team manager for their own teams, the others for the whole authority. */
    private static final Set<Role> ROLES = Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER);

    private static final Figures NONE = new Figures(0, 0, null, null, 0, 0, 0, null);

    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final Clock clock;

    ContinuityPageController(Registers registers, Viewers viewers, ApplicationEventPublisher events, Texts texts, Clock clock) {
        this.clock = clock;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.texts = texts;
    }

    /** One row of a figures table: a team or a date, then the values in the order of the headings (null: a dash). */
    record Line(String label, String link, List<String> values) {
    }

    /** One table of a group's figures over time. */
    record Timeline(String caption, List<Line> lines) {
    }

    @GetMapping("/continuity")
    String continuity(@RequestParam(required = false) String date, Model model) {
        Viewer viewer = viewers.require();
        if (!ROLES.contains(viewer.role())) {
            throw new AccessDeniedException("continuity is for managers and leaders of the authority");
        }
        LocalDate day = ReferenceDate.of(date, clock);
        model.addAttribute("date", Days.written(day));
        Register register = Optional.ofNullable(viewer.laCode()).flatMap(registers::find)
                .map(Registers.StoredRegister::register).orElse(null);
        model.addAttribute("registerHeld", register != null);
        if (register == null) {
            return "caseload/continuity";
        }
        String la = register.authority().laCode();
        boolean whole = viewer.seesAggregatesOf(la, register.authority().regionCode());
        List<Team> teams = register.teams().stream().filter(team -> viewer.seesTeam(la, team.teamId())).toList();
        String kept = ReferenceDate.kept(date);
        Map<String, Figures> byTeam = Continuity.byTeam(register, day);
        events.publishEvent(Audited.of(viewer, Action.VIEW, "continuity", la, "continuity on " + day + ", " + teams.size() + " team(s)"
                + (whole ? " and the authority" : "")));

        model.addAttribute("whole", whole);
        model.addAttribute("authority", register.authority().name());
        model.addAttribute("summary", whole ? summary(Continuity.of(register, day)) : List.of());
        model.addAttribute("england", england());
        model.addAttribute("teams", teamLines(teams, byTeam, whole, kept));
        model.addAttribute("timelines", whole ? List.of(authorityTimeline(register, day)) : teamTimelines(register, teams, day, byTeam));
        return "caseload/continuity";
    }

    /** Each visible team's row, and for the whole authority the children whose worker was in no team on record. */
    private List<Line> teamLines(List<Team> teams, Map<String, Figures> byTeam, boolean whole, String kept) {
        List<Line> lines = new ArrayList<>();
        for (Team team : teams) {
            lines.add(new Line(team.name(), ReferenceDate.link("/teams/" + team.teamId(), kept),
                    values(byTeam.getOrDefault(team.teamId(), NONE))));
        }
        if (whole && byTeam.containsKey("")) {
            lines.add(new Line(texts.text("continuity.noTeam"), null, values(byTeam.get(""))));
        }
        return lines;
    }

    private Timeline authorityTimeline(Register register, LocalDate day) {
        List<Line> lines = new ArrayList<>();
        for (LocalDate point : timePoints(day)) {
            lines.add(new Line(Days.written(point), null, values(Continuity.of(register, point))));
        }
        return new Timeline(texts.text("continuity.overTime.caption", register.authority().name()), lines);
    }

    /** A team manager's teams over time, one table each; {@code onDay} are the teams' figures on the day itself. */
    private List<Timeline> teamTimelines(Register register, List<Team> teams, LocalDate day, Map<String, Figures> onDay) {
        List<LocalDate> points = timePoints(day);
        List<Map<String, Figures>> byTeam = points.stream()
                .map(point -> point.equals(day) ? onDay : Continuity.byTeam(register, point)).toList();
        List<Timeline> timelines = new ArrayList<>();
        for (Team team : teams) {
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                lines.add(new Line(Days.written(points.get(i)), null, values(byTeam.get(i).getOrDefault(team.teamId(), NONE))));
            }
            timelines.add(new Timeline(texts.text("continuity.overTime.caption", team.name()), lines));
        }
        return timelines;
    }

    /** The last three 30 Septembers (the workforce census date) before the day, then the day itself. */
    static List<LocalDate> timePoints(LocalDate day) {
        CensusYear latest = CensusYear.latestOnOrBefore(day.minusDays(1));
        return List.of(latest.before().before().referenceDate(), latest.before().referenceDate(), latest.referenceDate(), day);
    }

    /** A table row's values, in the order of the headings in the template. */
    private static List<String> values(Figures f) {
        return Arrays.asList(Integer.toString(f.children()), Integer.toString(f.childrenWith3PlusWorkers()),
                oneDecimalPlain(f.percentWith3PlusWorkers()), oneDecimalPlain(f.allocationsPerChild()), Integer.toString(f.casesOpened()),
                days(f.medianDaysToFirstAllocation()));
    }

    private List<Figure> summary(Figures f) {
        String percent = oneDecimalPlain(f.percentWith3PlusWorkers());
        return List.of(
                new Figure(texts.text("continuity.children"), Integer.toString(f.children())),
                new Figure(texts.text("continuity.with3Plus"), Integer.toString(f.childrenWith3PlusWorkers())),
                new Figure(texts.text("continuity.percent"), percent == null ? null : texts.text("continuity.percentValue", percent)),
                new Figure(texts.text("continuity.perChild"), oneDecimalPlain(f.allocationsPerChild())),
                new Figure(texts.text("continuity.opened"), Integer.toString(f.casesOpened())),
                new Figure(texts.text("continuity.openedAndAllocated"), Integer.toString(f.casesOpenedAndAllocated())),
                new Figure(texts.text("continuity.waiting"), Integer.toString(f.casesWaiting())),
                new Figure(texts.text("continuity.median"), days(f.medianDaysToFirstAllocation())));
    }

    /** England's published share of children in care with 3 or more social workers, as a sentence; null when unknown. */
    private String england() {
        return PublishedContinuity.fromClasspath().england().map(share -> texts.text("continuity.england",
                oneDecimalPlain(share.percent()), Integer.toString(share.year()))).orElse(null);
    }

    /** A median of days: whole days plainly (3), a half day when the median falls between two (3.5). */
    private static String days(Double value) {
        BigDecimal rounded = Texts.plain(rounded(value));
        return rounded == null ? null : rounded.toPlainString();
    }
}
