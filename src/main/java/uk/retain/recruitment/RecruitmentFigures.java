package uk.retain.recruitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;

/**
 * The recruitment pages' figures on a day, for the vacancies of some teams (all of them, or a team manager's): the
 * vacancies open with their days open, the applications in progress by the stage they have reached, how many of the
 * year's applications reached each stage, by source how many were offered a post and started and how many of those
 * who started at least a year before were still in non-agency employment a year after starting, and the offers
 * declined in the year with why. The medians of the time to fill and to hire are the measures' own
 * ({@link RecruitmentMeasures}). "The year" is the contract's: the 12 months ending on the day.
 */
public final class RecruitmentFigures {

    /** A vacancy open over this many days is flagged, as {@code vacancies_open_over_90_days} counts it. */
    public static final int LONG_OPEN_DAYS = 90;

    private final Register register;
    private final LocalDate day;
    private final List<Vacancy> vacancies;
    private final List<Application> applications;

    /** The figures of the vacancies whose team passes {@code teams}, and of their applications. */
    public RecruitmentFigures(Register register, LocalDate day, Predicate<String> teams) {
        this.register = register;
        this.day = day;
        this.vacancies = register.rows(VacanciesFile.class).stream().filter(v -> teams.test(v.teamId())).toList();
        Map<String, Vacancy> shown = new HashMap<>();
        vacancies.forEach(v -> shown.put(v.vacancyId(), v));
        this.applications = register.rows(ApplicationsFile.class).stream().filter(a -> shown.containsKey(a.vacancyId())).toList();
    }

    /** A vacancy open on the day, with the days since it opened and whether that is over {@link #LONG_OPEN_DAYS}. */
    public record OpenVacancy(Vacancy vacancy, long daysOpen, boolean longOpen, int applications) {
    }

    /** The vacancies open on the day, longest open first. */
    public List<OpenVacancy> open() {
        Map<String, Integer> counts = new HashMap<>();
        applications.forEach(a -> counts.merge(a.vacancyId(), 1, Integer::sum));
        List<OpenVacancy> open = new ArrayList<>();
        for (Vacancy v : vacancies) {
            if (v.openOn(day)) {
                open.add(new OpenVacancy(v, ChronoUnit.DAYS.between(v.openedOn(), day),
                        v.openedOn().isBefore(day.minusDays(LONG_OPEN_DAYS)), counts.getOrDefault(v.vacancyId(), 0)));
            }
        }
        open.sort(java.util.Comparator.comparing((OpenVacancy o) -> o.vacancy().openedOn()).thenComparing(o -> o.vacancy().vacancyId()));
        return open;
    }

    /** The stage an application has reached by the day: the index in {@link Application#STAGES} of the last one, or -1. */
    public int stageOn(Application application) {
        int reached = -1;
        List<LocalDate> dates = application.stageDates();
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) != null && !dates.get(i).isAfter(day)) {
                reached = i;
            }
        }
        return reached;
    }

    /** The applications in progress (outcome {@code in_progress}) applied by the day, counted by stage reached. */
    public int[] pipeline() {
        int[] byStage = new int[Application.STAGES.size()];
        for (Application a : applications) {
            int stage = stageOn(a);
            if (a.outcome() == ApplicationOutcome.IN_PROGRESS && stage >= 0) {
                byStage[stage]++;
            }
        }
        return byStage;
    }

    /** The applications in progress on the day, at their stage, the furthest on first. */
    public List<Application> inProgress() {
        return applications.stream().filter(a -> a.outcome() == ApplicationOutcome.IN_PROGRESS && stageOn(a) >= 0)
                .sorted(java.util.Comparator.comparing((Application a) -> -stageOn(a)).thenComparing(Application::appliedOn))
                .toList();
    }

    /** Of the applications made in the year, how many reached each stage by the day. */
    public int[] conversion() {
        int[] reached = new int[Application.STAGES.size()];
        for (Application a : applications) {
            if (inYear(a.appliedOn())) {
                int stage = stageOn(a);
                for (int i = 0; i <= stage; i++) {
                    reached[i]++;
                }
            }
        }
        return reached;
    }

    /**
     * By source: of the applications made in the year, how many, and how many of those were offered a post and started
     * by the day; and, over every application, of those who started on or before the day minus 1 year, how many were in
     * non-agency employment on their start plus 1 year (the stability of starters a year on).
     */
    public record BySource(Source source, int applications, int offers, int starts, int startedAYearAgo, int stayedAYear) {
    }

    public List<BySource> bySource() {
        Map<String, EmploymentHistory> histories = histories();
        Map<Source, int[]> counts = new EnumMap<>(Source.class);
        for (Application a : applications) {
            int[] n = counts.computeIfAbsent(a.source(), s -> new int[5]);
            if (inYear(a.appliedOn())) {
                n[0]++;
                if (a.offeredOn() != null && !a.offeredOn().isAfter(day)) {
                    n[1]++;
                }
                if (a.startedOn() != null && !a.startedOn().isAfter(day)) {
                    n[2]++;
                }
            }
            if (a.startedOn() != null && a.workerId() != null && !a.startedOn().isAfter(day.minusYears(1))) {
                n[3]++;
                EmploymentHistory history = histories.getOrDefault(a.workerId(), EmploymentHistory.none());
                if (history.inNonAgencyEmploymentOn(a.startedOn().plusYears(1))) {
                    n[4]++;
                }
            }
        }
        List<BySource> rows = new ArrayList<>();
        counts.forEach((source, n) -> rows.add(new BySource(source, n[0], n[1], n[2], n[3], n[4])));
        return rows;
    }

    /** The applications with outcome {@code offer_declined} offered in the year, latest offer first. */
    public List<Application> offersDeclined() {
        return applications.stream().filter(a -> a.outcome() == ApplicationOutcome.OFFER_DECLINED && a.offeredOn() != null
                && inYear(a.offeredOn())).sorted(java.util.Comparator.comparing(Application::offeredOn).reversed()).toList();
    }

    /** In the year ending on the day: after the day minus 1 year, and not after the day. */
    private boolean inYear(LocalDate date) {
        return date.isAfter(day.minusYears(1)) && !date.isAfter(day);
    }

    private Map<String, EmploymentHistory> histories() {
        Map<String, List<Employment>> rows = new HashMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        Map<String, EmploymentHistory> histories = new HashMap<>();
        rows.forEach((id, list) -> histories.put(id, EmploymentHistory.of(list)));
        return histories;
    }
}
