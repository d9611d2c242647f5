package uk.retain.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.development.CareerLevel;
import uk.retain.development.CareerPathway;
import uk.retain.development.DevelopmentActivity;
import uk.retain.development.DevelopmentFile;
import uk.retain.development.LevelChange;
import uk.retain.development.LevelHistory;
import uk.retain.development.Programme;
import uk.retain.development.ProgrammeKind;
import uk.retain.development.ProgrammeReview;
import uk.retain.development.ProgrammeReviewsFile;
import uk.retain.development.ProgrammesFile;
import uk.retain.development.ReviewOutcome;
import uk.retain.exits.SurveyQuestion;
import uk.retain.exits.SurveyResults;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionStatuses;
import uk.retain.workforce.Absence;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/**
 * Each risk signal as a pure function of the register on a day ("today"), for the workers in employment that day
 * (any contract). Every rule is here, one method per {@link SignalKind}; a signal whose file the register does not
 * hold raises nothing.
 */
public final class Signals {

    private final Register register;
    private final LocalDate today;
    private final Map<String, EmploymentHistory> histories = new LinkedHashMap<>();
    /** The team of each worker's main row today, by worker, for the workers in employment today. */
    private final Map<String, String> teamToday = new LinkedHashMap<>();

    public Signals(Register register, LocalDate today) {
        this.register = register;
        this.today = today;
        Map<String, List<Employment>> rows = new LinkedHashMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        rows.forEach((worker, list) -> histories.put(worker, EmploymentHistory.of(list)));
        histories.forEach((worker, history) -> {
            Employment main = history.mainRow(today);
            if (main != null) {
                teamToday.put(worker, main.teamId());
            }
        });
    }

    /** The workers in employment today, with the team of their main row. */
    public Map<String, String> teamsToday() {
        return teamToday;
    }

    /** The weekly dates looked at for the caseload signal: today and each of the 7 weeks before, latest first. */
    List<LocalDate> weeks() {
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = 0; i < SignalKind.CASELOAD_WEEKS; i++) {
            weeks.add(today.minusWeeks(i));
        }
        return weeks;
    }

    /** Over cap on 4 or more of the 8 weekly dates. Evidence: weeks over, weeks looked at, cases and cap on the latest week over. */
    public List<RiskSignal> caseloadOverCap(CaseloadPolicy policy) {
        Map<String, List<LocalDate>> overOn = new HashMap<>();
        Map<String, WorkerLoad> latest = new HashMap<>();
        for (LocalDate week : weeks()) { // latest first
            for (WorkerLoad load : Caseloads.of(register, policy, week).workers().values()) {
                if (load.overCap()) {
                    overOn.computeIfAbsent(load.workerId(), id -> new ArrayList<>()).add(week);
                    latest.putIfAbsent(load.workerId(), load);
                }
            }
        }
        List<RiskSignal> signals = new ArrayList<>();
        for (String workerId : teamToday.keySet()) {
            List<LocalDate> weeks = overOn.getOrDefault(workerId, List.of());
            if (weeks.size() >= SignalKind.CASELOAD_WEEKS_OVER) {
                WorkerLoad load = latest.get(workerId);
                signals.add(new RiskSignal(workerId, SignalKind.CASELOAD_OVER_CAP, weeks.get(0),
                        List.of(weeks.size(), SignalKind.CASELOAD_WEEKS, load.cases(), load.cap())));
            }
        }
        return signals;
    }

    /** The next supervision date before today. Evidence: days overdue, and the last counting session (or none). */
    public List<RiskSignal> supervisionOverdue(SupervisionPolicies.AuthorityPolicy policy) {
        SupervisionStatuses statuses = SupervisionStatuses.of(register, policy);
        List<RiskSignal> signals = new ArrayList<>();
        if (!statuses.held()) {
            return signals;
        }
        for (SupervisionStatuses.Status status : statuses.on(today)) {
            if (status.overdue() && teamToday.containsKey(status.workerId())) {
                List<Object> evidence = new ArrayList<>();
                evidence.add(status.daysOverdue());
                evidence.add(Optional.ofNullable((Object) status.lastSession()).orElse("none"));
                signals.add(new RiskSignal(status.workerId(), SignalKind.SUPERVISION_OVERDUE, status.nextDue(), evidence));
            }
        }
        return signals;
    }

    /**
     * No development activity dated in the 12 months to today (after today − 12 months, up to today), for a worker in
     * employment on every day of them (a newer starter has not had the time). Evidence: the last activity before, or none.
     */
    public List<RiskSignal> noCpd() {
        List<RiskSignal> signals = new ArrayList<>();
        if (!register.has(DevelopmentFile.class)) {
            return signals;
        }
        LocalDate start = today.minusMonths(12);
        Map<String, LocalDate> last = new HashMap<>();
        for (DevelopmentActivity activity : register.rows(DevelopmentFile.class)) {
            if (!activity.date().isAfter(today)) {
                last.merge(activity.workerId(), activity.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (String workerId : teamToday.keySet()) {
            LocalDate employed = histories.get(workerId).employmentStart(today);
            if (employed == null || employed.isAfter(start)) {
                continue;
            }
            LocalDate latest = last.get(workerId);
            if (latest == null || !latest.isAfter(start)) {
                signals.add(new RiskSignal(workerId, SignalKind.NO_CPD_12_MONTHS, latest == null ? start : latest,
                        List.of(latest == null ? "none" : latest)));
            }
        }
        return signals;
    }

    /**
     * The manager of the worker's team (the team of their main row each day; its team manager, as {@link #managerOf})
     * changed at least twice in the 12 months to today: each day whose manager is someone other than the last manager
     * before it is a change (days with no manager in post are passed over). Evidence: the number of changes and the
     * managers' worker ids in order, the one before the first change first.
     */
    public List<RiskSignal> teamManagerChanged() {
        Map<String, EmploymentHistory> managers = new LinkedHashMap<>();
        histories.forEach((worker, history) -> {
            if (history.rows().stream().anyMatch(row -> row.jobRole() == JobRole.TEAM_MANAGER)) {
                managers.put(worker, history);
            }
        });
        LocalDate first = today.minusMonths(12);
        Map<String, Map<LocalDate, String>> byTeamAndDay = new HashMap<>();
        List<RiskSignal> signals = new ArrayList<>();
        for (String workerId : teamToday.keySet()) {
            EmploymentHistory history = histories.get(workerId);
            List<String> seen = new ArrayList<>();
            LocalDate lastChange = null;
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                Employment main = history.mainRow(day);
                if (main == null) {
                    continue;
                }
                LocalDate d = day;
                String manager = byTeamAndDay.computeIfAbsent(main.teamId(), t -> new HashMap<>())
                        .computeIfAbsent(day, x -> managerOf(managers, main.teamId(), d));
                if (manager == null || manager.equals(workerId)) {
                    continue;
                }
                if (seen.isEmpty()) {
                    seen.add(manager);
                } else if (!seen.get(seen.size() - 1).equals(manager)) {
                    seen.add(manager);
                    lastChange = day;
                }
            }
            int changes = seen.size() - 1;
            if (changes >= SignalKind.MANAGER_CHANGES_RAISED) {
                signals.add(new RiskSignal(workerId, SignalKind.TEAM_MANAGER_CHANGED, lastChange,
                        List.of(changes, String.join(",", seen))));
            }
        }
        return signals;
    }

    /** The team manager of a team on a day: the smallest worker id whose main row that day is a team manager's in it. */
    static String managerOf(Map<String, EmploymentHistory> managers, String teamId, LocalDate day) {
        String manager = null;
        for (Map.Entry<String, EmploymentHistory> entry : managers.entrySet()) {
            Employment main = entry.getValue().mainRow(day);
            if (main != null && main.jobRole() == JobRole.TEAM_MANAGER && Objects.equals(main.teamId(), teamId)
                    && (manager == null || entry.getKey().compareTo(manager) < 0)) {
                manager = entry.getKey();
            }
        }
        return manager;
    }

    /**
     * More whole months at a level of the career pathway than its minimum, at a level whose next one is in the same
     * job role (social worker level 1 to 2, say: progression by review against the criteria, not by applying for
     * another post, as to senior or team manager), in employment other than agency: the progression review was due
     * and the worker is still at the level. A worker's level and its start are {@link LevelHistory}'s, from their
     * employment rows and the level changes recorded in Retain. Evidence: the level's name, the months at it and its
     * minimum; dated the day the minimum was reached.
     */
    public List<RiskSignal> timeAtLevel(CareerPathway pathway, Map<String, List<LevelChange>> changes) {
        List<RiskSignal> signals = new ArrayList<>();
        for (String workerId : teamToday.keySet()) {
            EmploymentHistory history = histories.get(workerId);
            if (history.mainRow(today) != history.mainRow(today, EmploymentHistory.Kind.NON_AGENCY)) {
                continue;
            }
            LevelHistory levels = LevelHistory.of(pathway, history, changes.getOrDefault(workerId, List.of()));
            CareerLevel level = levels.levelOn(today);
            Long past = levels.monthsPastMinimum(today);
            if (level != null && past != null && past > 0 && level.next() != null
                    && pathway.level(level.next()).filter(next -> next.jobRole() == level.jobRole()).isPresent()) {
                signals.add(new RiskSignal(workerId, SignalKind.TIME_AT_LEVEL, levels.levelSince(today).plusMonths(level.minimumMonths()),
                        List.of(level.name(), levels.monthsAtLevel(today), level.minimumMonths())));
            }
        }
        return signals;
    }

    /** 3 or more sickness absences (SIC) starting in the 12 months to today. Evidence: the number, and the days lost in them. */
    public List<RiskSignal> absenceSpells() {
        LocalDate start = today.minusMonths(12);
        Map<String, List<Absence>> spells = new HashMap<>();
        for (Absence absence : register.absences()) {
            if (absence.reason() == AbsenceReason.SIC && absence.startDate().isAfter(start) && !absence.startDate().isAfter(today)) {
                spells.computeIfAbsent(absence.workerId(), id -> new ArrayList<>()).add(absence);
            }
        }
        List<RiskSignal> signals = new ArrayList<>();
        for (String workerId : teamToday.keySet()) {
            List<Absence> list = spells.getOrDefault(workerId, List.of());
            if (list.size() >= SignalKind.ABSENCE_SPELLS_RAISED) {
                LocalDate latest = list.stream().map(Absence::startDate).max(Comparator.naturalOrder()).orElseThrow();
                signals.add(new RiskSignal(workerId, SignalKind.ABSENCE_SPELLS, latest, List.of(list.size())));
            }
        }
        return signals;
    }

    /**
     * A review of the worker's ASYE held in the 12 months to today found {@code concerns} or {@code not_on_track}.
     * Evidence: the review point and the outcome (codes) of the latest such review.
     */
    public List<RiskSignal> asyeReviewConcerns() {
        List<RiskSignal> signals = new ArrayList<>();
        if (!register.has(ProgrammesFile.class) || !register.has(ProgrammeReviewsFile.class)) {
            return signals;
        }
        Map<String, String> asyeWorker = new HashMap<>();
        for (Programme programme : register.rows(ProgrammesFile.class)) {
            if (programme.programme() == ProgrammeKind.ASYE) {
                asyeWorker.put(programme.programmeId(), programme.workerId());
            }
        }
        LocalDate start = today.minusMonths(12);
        Map<String, ProgrammeReview> latest = new HashMap<>();
        for (ProgrammeReview review : register.rows(ProgrammeReviewsFile.class)) {
            String workerId = asyeWorker.get(review.programmeId());
            if (workerId != null && review.outcome() != ReviewOutcome.ON_TRACK && review.heldOn().isAfter(start)
                    && !review.heldOn().isAfter(today)) {
                latest.merge(workerId, review, (a, b) -> a.heldOn().isAfter(b.heldOn()) ? a : b);
            }
        }
        for (String workerId : teamToday.keySet()) {
            ProgrammeReview review = latest.get(workerId);
            if (review != null) {
                signals.add(new RiskSignal(workerId, SignalKind.ASYE_REVIEW_CONCERNS, review.heldOn(),
                        List.of(review.review().code(), review.outcome().code())));
            }
        }
        return signals;
    }

    /**
     * In the last survey begun on or before today, the share of the worker's team (their main team today) agreeing they
     * intend to stay is below the authority's; a team's share suppressed (fewer than 5 answered) is not compared.
     * Evidence: the team's share, the authority's, and the survey's id.
     */
    public List<RiskSignal> teamIntentionBelowAuthority() {
        List<RiskSignal> signals = new ArrayList<>();
        List<SurveyResults.Survey> surveys = SurveyResults.surveys(register).stream().filter(s -> !s.from().isAfter(today)).toList();
        if (surveys.isEmpty()) {
            return signals;
        }
        SurveyResults.Survey survey = surveys.get(surveys.size() - 1);
        SurveyResults results = SurveyResults.of(register, survey);
        String figure = SurveyQuestion.INTEND_TO_STAY_2Y.code() + SurveyResults.AGREE;
        if (!(results.authority().get(figure) instanceof Number authority)) {
            return signals;
        }
        Set<String> below = results.teams().entrySet().stream()
                .filter(e -> e.getValue().get(figure) instanceof Number team && team.doubleValue() < authority.doubleValue())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        teamToday.forEach((workerId, teamId) -> {
            if (below.contains(teamId)) {
                signals.add(new RiskSignal(workerId, SignalKind.TEAM_INTENTION_BELOW_AUTHORITY, survey.from(),
                        List.of(((Number) results.teams().get(teamId).get(figure)).doubleValue(), authority.doubleValue(), survey.surveyId())));
            }
        });
        return signals;
    }
}
