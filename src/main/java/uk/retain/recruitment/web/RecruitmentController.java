package uk.retain.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.measures.MeasureSet;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.recruitment.Application;
import uk.retain.recruitment.ApplicationsFile;
import uk.retain.recruitment.RecruitmentFigures;
import uk.retain.recruitment.RecruitmentMeasures;
import uk.retain.recruitment.VacanciesFile;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.web.ReferenceDate;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;

/**
 * The recruitment page on a day (today by default): vacancies, time to fill and hire by team, the pipeline, conversion
 * by stage and source, offers declined. A team manager sees their teams' vacancies and figures; HR and senior leaders
 * the whole authority, with the applications in progress and the offers declined by candidate reference. Seeing the
 * candidate lists is audited.
 */
@Controller
class RecruitmentController {

    static final Set<Role> ROLES = Set.of(Role.TEAM_MANAGER, Role.HR, Role.SENIOR_LEADER);

    private final Registers registers;
    private final uk.retain.recruitment.Applications recorded;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    RecruitmentController(Registers registers, uk.retain.recruitment.Applications recorded, Viewers viewers, ApplicationEventPublisher events,
            MessageSource messages, Clock clock) {
        this.registers = registers;
        this.recorded = recorded;
        this.viewers = viewers;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    record VacancyRow(String vacancyId, String team, String jobRole, String opened, long daysOpen, boolean longOpen, int applications) {
    }

    record TeamRow(String team, String open, String longOpen, String timeToFill, String timeToHire, String offersDeclined) {
    }

    record StageRow(String stage, int count, String percent) {
    }

    record SourceRow(String source, int applications, int offers, int starts, String startPercent, String stayed) {
    }

    record CandidateRow(String applicationId, String candidate, String vacancyId, String team, String stage, String on,
            String source, String reason) {
    }

    @GetMapping("/recruitment")
    String recruitment(@RequestParam(required = false) String date, Model model) {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !ROLES.contains(viewer.role())) {
            throw new AccessDeniedException("recruitment is for HR, senior leaders and team managers");
        }
        LocalDate day = ReferenceDate.asked(date).orElseGet(() -> LocalDate.now(clock));
        Register register = recorded.withRecorded(registers.find(viewer.laCode()).orElseThrow(PageNotFound::new).register());
        String la = viewer.laCode();
        boolean whole = viewer.role() != Role.TEAM_MANAGER;
        Map<String, String> teamNames = new HashMap<>();
        register.teams().forEach(t -> teamNames.put(t.teamId(), t.name()));
        model.addAttribute("date", Days.written(day));
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("held", register.has(VacanciesFile.class));
        model.addAttribute("whole", whole);
        model.addAttribute("records", viewer.role() == Role.HR);
        if (!register.has(VacanciesFile.class)) {
            return "recruitment/index";
        }
        RecruitmentFigures figures = new RecruitmentFigures(register, day, team -> viewer.seesTeam(la, team));
        model.addAttribute("vacancies", figures.open().stream().map(o -> new VacancyRow(o.vacancy().vacancyId(),
                teamNames.getOrDefault(o.vacancy().teamId(), o.vacancy().teamId()),
                text("worker.jobRole." + o.vacancy().jobRole().code()), Days.written(o.vacancy().openedOn()), o.daysOpen(),
                o.longOpen(), o.applications())).toList());
        model.addAttribute("longOpenCount", figures.open().stream().filter(RecruitmentFigures.OpenVacancy::longOpen).count());

        // The measures' own medians and counts, by team and for the authority.
        MeasureSet.Prepared measures = new RecruitmentMeasures().prepare(register);
        Map<String, Map<String, Object>> byTeam = measures.byTeam(day);
        List<TeamRow> teams = new ArrayList<>();
        register.teams().stream().sorted(Comparator.comparing(Team::name)).filter(t -> viewer.seesTeam(la, t.teamId()))
                .forEach(t -> {
                    Map<String, Object> m = byTeam.get(t.teamId());
                    if (m != null && (number(m.get("vacancies_open")) > 0 || m.get("time_to_fill_days") != null
                            || m.get("time_to_hire_days") != null)) {
                        teams.add(row(t.name(), m));
                    }
                });
        if (whole) {
            teams.add(row(register.authority().name(), measures.forAuthority(day)));
        }
        model.addAttribute("teams", teams);

        boolean applications = register.has(ApplicationsFile.class);
        model.addAttribute("applicationsHeld", applications);
        if (applications) {
            int[] pipeline = figures.pipeline();
            int inProgress = java.util.Arrays.stream(pipeline).sum();
            List<StageRow> stages = new ArrayList<>();
            for (int i = 0; i < pipeline.length - 1; i++) {
                stages.add(new StageRow(stage(i), pipeline[i], percent(pipeline[i], inProgress)));
            }
            model.addAttribute("pipeline", stages);
            model.addAttribute("inProgress", inProgress);
            int[] conversion = figures.conversion();
            List<StageRow> reached = new ArrayList<>();
            for (int i = 0; i < conversion.length; i++) {
                reached.add(new StageRow(stage(i), conversion[i], percent(conversion[i], conversion[0])));
            }
            model.addAttribute("conversion", reached);
            model.addAttribute("sources", figures.bySource().stream().map(s -> new SourceRow(text("recruitment.source." + s.source().code()),
                    s.applications(), s.offers(), s.starts(), percent(s.starts(), s.applications()),
                    s.startedAYearAgo() == 0 ? text("recruitment.none") : text("recruitment.stayed", s.stayedAYear(), s.startedAYearAgo(),
                            percent(s.stayedAYear(), s.startedAYearAgo())))).toList());
            if (whole) {
                Map<String, String> vacancyTeam = new LinkedHashMap<>();
                register.rows(VacanciesFile.class).forEach(v -> vacancyTeam.put(v.vacancyId(), teamNames.getOrDefault(v.teamId(), v.teamId())));
                List<Application> declined = figures.offersDeclined();
                model.addAttribute("declined", declined.stream().map(a -> new CandidateRow(a.applicationId(), a.candidateId(),
                        a.vacancyId(), vacancyTeam.get(a.vacancyId()), stage(3), Days.written(a.offeredOn()),
                        text("recruitment.source." + a.source().code()), a.outcomeReason() == null ? text("recruitment.noReason") : a.outcomeReason()))
                        .toList());
                List<Application> progress = figures.inProgress();
                model.addAttribute("candidates", progress.stream().map(a -> new CandidateRow(a.applicationId(), a.candidateId(),
                        a.vacancyId(), vacancyTeam.get(a.vacancyId()), stage(figures.stageOn(a)),
                        Days.written(a.stageDates().get(figures.stageOn(a))), text("recruitment.source." + a.source().code()), null))
                        .toList());
                events.publishEvent(Audited.of(viewer, Action.VIEW, "recruitment_candidates", la, "on " + day + ": " + progress.size()
                        + " in progress, " + declined.size() + " offer(s) declined, by candidate reference"));
            }
        }
        return "recruitment/index";
    }

    private TeamRow row(String name, Map<String, Object> m) {
        return new TeamRow(name, words(m.get("vacancies_open")), words(m.get("vacancies_open_over_90_days")),
                days(m.get("time_to_fill_days")), days(m.get("time_to_hire_days")), words(m.get("offers_declined")));
    }

    private String stage(int index) {
        return text("recruitment.stage." + Application.STAGES.get(index));
    }

    private String words(Object value) {
        return value == null ? text("recruitment.none") : value.toString();
    }

    private String days(Object value) {
        return value == null ? text("recruitment.none") : text("recruitment.days", Figures.whole(((Number) value).doubleValue()));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private String percent(int part, int whole) {
        return whole == 0 ? text("recruitment.none") : Figures.oneDecimal(100.0 * part / whole) + "%";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
