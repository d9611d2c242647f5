package uk.retain.measures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.RateCap;
import uk.retain.development.Programme;
import uk.retain.development.ProgrammeReview;
import uk.retain.exits.LeavingInterview;
import uk.retain.recruitment.Application;
import uk.retain.recruitment.Vacancy;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.Worker;

/**
 * The measures of measures.md's section "People, recruitment and agency measures", with its "History" rule and the
 * agency checks, worked out a second way from the words of the contract and nothing else: day by day, walking back and
 * forth over the calendar one day at a time, comparing codes as the contract writes them, with no spell, history,
 * main-row rule, check or measure set of the production code. Slow, and only for tests that hold the real measures to
 * it.
 */
final class NaivePeopleMeasures {

    /** Every measure of the section, in the contract's order. */
    static final List<String> NAMES = List.of("supervision_due_headcount", "supervision_overdue_headcount",
            "supervision_in_date_percent", "programme_reviews_overdue", "stability_index_percent",
            "leavers_under_1y_service", "leavers_under_2y_service", "programme_retention_percent", "agency_spend",
            "agency_engagements_unapproved_breaches", "vacancies_open", "vacancies_open_over_90_days", "time_to_fill_days",
            "time_to_hire_days", "offers_declined", "applications_by_source", "leaving_reasons");

    /** The measures of the section that History names as measures of the year. */
    private static final List<String> OF_THE_YEAR = List.of("leavers_under_1y_service", "leavers_under_2y_service",
            "agency_spend", "time_to_fill_days", "time_to_hire_days", "offers_declined", "applications_by_source",
            "leaving_reasons");

    /** exchange-format.md's table of job roles, in its order: the last tie-break of the main row. */
    private static final List<String> ROLES_IN_TABLE_ORDER = List.of("asye_social_worker", "social_worker",
            "senior_social_worker", "advanced_practitioner", "consultant_social_worker", "practice_educator",
            "team_manager", "service_manager", "principal_social_worker", "senior_manager",
            "independent_reviewing_officer", "qualified_without_cases");

    private static final LocalDate CHECKS_FROM = LocalDate.of(2024, 10, 31);
    private static final LocalDate CAPS_FROM = LocalDate.of(2025, 10, 1);

    private enum Rows { ALL, NON_AGENCY, AGENCY }

    private final Register register;
    private final LocalDate d;
    /** The year ending on D: its first day. */
    private final LocalDate yearStart;
    private final Map<String, List<Employment>> rowsByWorker = new HashMap<>();
    private final Map<String, Worker> workers = new HashMap<>();

    NaivePeopleMeasures(Register register, LocalDate date) {
        this.register = register;
        this.d = date;
        this.yearStart = date.minusYears(1).plusDays(1);
        for (Employment row : register.employments()) {
            rowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
        }
        for (Worker worker : register.workers()) {
            workers.put(worker.workerId(), worker);
        }
    }

    /** The measures of the authority ({@code team} null) or of one team, keyed as measures.md names them. */
    Map<String, Object> of(String team) {
        Map<String, Object> m = new LinkedHashMap<>();
        supervision(m, team);
        m.put("programme_reviews_overdue", has("programmes.csv") && has("programme_reviews.csv") ? reviewsOverdue(team) : null);
        m.put("stability_index_percent", stability(team));
        int[] leavers = leaversByService(team);
        m.put("leavers_under_1y_service", leavers[0]);
        m.put("leavers_under_2y_service", leavers[1]);
        m.put("programme_retention_percent", has("programmes.csv") ? retention(team) : null);
        boolean engagements = has("agency_engagements.csv");
        m.put("agency_spend", engagements ? agencySpend(team) : null);
        m.put("agency_engagements_unapproved_breaches", engagements ? unapprovedBreaches(team) : null);
        recruitment(m, team);
        m.put("leaving_reasons", has("leaving_interviews.csv") ? leavingReasons(team) : null);
        history(m);
        return m;
    }

    // --- History ----------------------------------------------------------------------------------------------------

    private void history(Map<String, Object> m) {
        LocalDate h = register.authority().historyFrom();
        if (h == null) {
            return;
        }
        if (d.isBefore(h)) {
            m.replaceAll((name, value) -> null);
            return;
        }
        if (yearStart.isBefore(h)) {
            OF_THE_YEAR.forEach(name -> m.put(name, null));
        }
        if (d.minusYears(1).isBefore(h)) {
            m.put("stability_index_percent", null);
        }
        if (d.minusYears(2).isBefore(h)) {
            m.put("programme_retention_percent", null);
        }
    }

    // --- Supervision ------------------------------------------------------------------------------------------------

    private void supervision(Map<String, Object> m, String team) {
        if (!register.has(BundleFile.SUPERVISIONS)) {
            m.put("supervision_due_headcount", null);
            m.put("supervision_overdue_headcount", null);
            m.put("supervision_in_date_percent", null);
            return;
        }
        int due = 0;
        int overdue = 0;
        for (Worker worker : register.workers()) {
            List<Employment> on = rowsOn(worker.workerId(), d, Rows.ALL);
            if (on.isEmpty()) {
                continue;
            }
            Employment main = main(on);
            if (main.jobRole().code().equals("senior_manager") || !countsFor(main.teamId(), team)) {
                continue;
            }
            due++;
            if (nextSupervision(worker.workerId(), d).isBefore(d)) {
                overdue++;
            }
        }
        m.put("supervision_due_headcount", due);
        m.put("supervision_overdue_headcount", overdue);
        m.put("supervision_in_date_percent", due == 0 ? null : 100.0 * (due - overdue) / due);
    }

    /** The next supervision date on D of a worker in employment on D. */
    LocalDate nextSupervision(String workerId, LocalDate day) {
        LocalDate s = day;
        while (inEmployment(workerId, s.minusDays(1), Rows.ALL)) {
            s = s.minusDays(1);
        }
        LocalDate l = s;
        for (Supervision session : register.supervisions()) {
            if (session.workerId().equals(workerId) && session.kind().code().equals("one_to_one") && session.minutes() >= 90
                    && !session.date().isBefore(s) && !session.date().isAfter(day) && session.date().isAfter(l)) {
                l = session.date();
            }
        }
        if (!inAsye(workerId, l)) {
            return l.plusMonths(1);
        }
        LocalDate a = l;
        while (inAsye(workerId, a.minusDays(1))) {
            a = a.minusDays(1);
        }
        if (l.isBefore(a.plusDays(42))) {
            return l.plusDays(7);
        }
        if (l.isBefore(a.plusMonths(6))) {
            return l.plusDays(14);
        }
        return l.plusMonths(1);
    }

    private boolean inAsye(String workerId, LocalDate day) {
        for (Employment row : rowsByWorker.getOrDefault(workerId, List.of())) {
            if (row.jobRole().code().equals("asye_social_worker") && inForce(row.startDate(), row.endDate(), day)) {
                return true;
            }
        }
        return false;
    }

    // --- Programmes -------------------------------------------------------------------------------------------------

    private int reviewsOverdue(String team) {
        List<Programme> programmes = rows("programmes.csv");
        List<ProgrammeReview> reviews = rows("programme_reviews.csv");
        int overdue = 0;
        for (Programme programme : programmes) {
            String kind = programme.programme().code();
            if (!kind.equals("asye") && !kind.equals("ecdp")) {
                continue;
            }
            if (programme.startDate().isAfter(d) || programme.endedOn() != null && !programme.endedOn().isAfter(d)) {
                continue;
            }
            List<Employment> on = rowsOn(programme.workerId(), d, Rows.ALL);
            String teamOf = on.isEmpty() ? null : main(on).teamId();
            if (!countsFor(teamOf, team)) {
                continue;
            }
            for (int months : new int[] {3, 6, 12}) {
                String review = months + "_month";
                if (!programme.startDate().plusMonths(months).isBefore(d)) {
                    continue;
                }
                boolean held = false;
                for (ProgrammeReview row : reviews) {
                    if (row.programmeId().equals(programme.programmeId()) && row.review().code().equals(review)
                            && !row.heldOn().isAfter(d)) {
                        held = true;
                    }
                }
                if (!held) {
                    overdue++;
                }
            }
        }
        return overdue;
    }

    private Double retention(String team) {
        int passed = 0;
        int retained = 0;
        for (Programme programme : this.<Programme>rows("programmes.csv")) {
            LocalDate p = programme.endedOn();
            if (!programme.programme().code().equals("asye") || p == null || programme.outcome() == null
                    || !programme.outcome().code().equals("passed")) {
                continue;
            }
            if (!p.isAfter(d.minusYears(2)) || p.isAfter(d.minusYears(1))) {
                continue;
            }
            List<Employment> on = rowsOn(programme.workerId(), p, Rows.ALL);
            if (!countsFor(on.isEmpty() ? null : main(on).teamId(), team)) {
                continue;
            }
            passed++;
            if (inEmployment(programme.workerId(), p.plusYears(1), Rows.NON_AGENCY)) {
                retained++;
            }
        }
        return passed == 0 ? null : 100.0 * retained / passed;
    }

    // --- Stability and leavers --------------------------------------------------------------------------------------

    private Double stability(String team) {
        LocalDate y = d.minusYears(1);
        int onY = 0;
        int stable = 0;
        for (Worker worker : register.workers()) {
            List<Employment> on = rowsOn(worker.workerId(), y, Rows.NON_AGENCY);
            if (on.isEmpty() || !countsFor(main(on).teamId(), team)) {
                continue;
            }
            onY++;
            boolean everyDay = true;
            for (LocalDate day = y; !day.isAfter(d); day = day.plusDays(1)) {
                everyDay &= inEmployment(worker.workerId(), day, Rows.NON_AGENCY);
            }
            if (everyDay) {
                stable++;
            }
        }
        return onY == 0 ? null : 100.0 * stable / onY;
    }

    private int[] leaversByService(String team) {
        int[] counts = new int[2];
        for (Worker worker : register.workers()) {
            String id = worker.workerId();
            for (LocalDate e = yearStart; !e.isAfter(d); e = e.plusDays(1)) {
                if (!leavesOn(id, e)) {
                    continue;
                }
                if (!countsFor(main(rowsOn(id, e, Rows.NON_AGENCY)).teamId(), team)) {
                    continue;
                }
                LocalDate serviceStart = e;
                while (inEmployment(id, serviceStart.minusDays(1), Rows.NON_AGENCY)) {
                    serviceStart = serviceStart.minusDays(1);
                }
                if (serviceStart.isAfter(e.minusYears(1))) {
                    counts[0]++;
                }
                if (serviceStart.isAfter(e.minusYears(2))) {
                    counts[1]++;
                }
            }
        }
        return counts;
    }

    /** Leaves on day e: in non-agency employment on e and not on e + 1. */
    private boolean leavesOn(String workerId, LocalDate e) {
        return inEmployment(workerId, e, Rows.NON_AGENCY) && !inEmployment(workerId, e.plusDays(1), Rows.NON_AGENCY);
    }

    // --- Agency -----------------------------------------------------------------------------------------------------

    private double agencySpend(String team) {
        double spend = 0;
        for (AgencyEngagement engagement : this.<AgencyEngagement>rows("agency_engagements.csv")) {
            double perDay = engagement.hourlyCharge().doubleValue() * engagement.hoursPerWeek().doubleValue() / 5;
            for (LocalDate day = yearStart; !day.isAfter(d); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                        || !inForce(engagement.startDate(), engagement.endDate(), day)) {
                    continue;
                }
                List<Employment> agencyRows = rowsOn(engagement.workerId(), day, Rows.AGENCY);
                if (countsFor(agencyRows.isEmpty() ? null : main(agencyRows).teamId(), team)) {
                    spend += perDay;
                }
            }
        }
        return spend;
    }

    private int unapprovedBreaches(String team) {
        int breaches = 0;
        for (AgencyEngagement engagement : this.<AgencyEngagement>rows("agency_engagements.csv")) {
            if (!inForce(engagement.startDate(), engagement.endDate(), d) || failedChecks(engagement).isEmpty()
                    || engagement.overrideApprovedBy() != null) {
                continue;
            }
            List<Employment> agencyRows = rowsOn(engagement.workerId(), d, Rows.AGENCY);
            if (countsFor(agencyRows.isEmpty() ? null : main(agencyRows).teamId(), team)) {
                breaches++;
            }
        }
        return breaches;
    }

    /**
     * The agency-checks command's engagements: {@code engagement_id}, {@code checked}, {@code failed} (codes sorted)
     * and {@code approved}, in the file's order.
     */
    List<Map<String, Object>> agencyChecks() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (AgencyEngagement engagement : this.<AgencyEngagement>rows("agency_engagements.csv")) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("engagement_id", engagement.engagementId());
            one.put("checked", !engagement.startDate().isBefore(CHECKS_FROM));
            one.put("failed", failedChecks(engagement));
            one.put("approved", engagement.overrideApprovedBy() != null);
            all.add(one);
        }
        return all;
    }

    /** The codes of the checks the engagement fails, sorted; none when it starts before 2024-10-31. */
    private List<String> failedChecks(AgencyEngagement engagement) {
        LocalDate start = engagement.startDate();
        TreeSet<String> failed = new TreeSet<>();
        if (start.isBefore(CHECKS_FROM)) {
            return List.of();
        }
        Worker worker = workers.get(engagement.workerId());
        LocalDate qualified = worker == null ? null : worker.qualifiedOn();
        if (qualified == null || qualified.isAfter(start.minusYears(3))) {
            failed.add("pqe_under_3_years");
        }
        for (LocalDate e = start.minusMonths(3); e.isBefore(start); e = e.plusDays(1)) {
            if (leavesOn(engagement.workerId(), e)) {
                failed.add("cooling_off");
            }
        }
        if (engagement.referenceOn() == null || engagement.referenceOn().isAfter(start)) {
            failed.add("no_reference");
        }
        if (engagement.noticeWeeks() > 4) {
            failed.add("notice_over_4_weeks");
        }
        String region = register.authority().regionCode();
        if (!start.isBefore(CAPS_FROM) && region != null) {
            for (RateCap cap : this.<RateCap>rows("agency_rate_caps.csv")) {
                if (cap.regionCode().equals(region) && cap.jobType().code().equals(engagement.jobType().code())
                        && inForce(cap.effectiveFrom(), cap.effectiveTo(), start)
                        && engagement.hourlyPay().compareTo(cap.maxHourlyPay()) > 0) {
                    failed.add("over_price_cap");
                }
            }
        }
        return new ArrayList<>(failed);
    }

    // --- Recruitment ------------------------------------------------------------------------------------------------

    private void recruitment(Map<String, Object> m, String team) {
        if (!has("vacancies.csv")) {
            m.put("vacancies_open", null);
            m.put("vacancies_open_over_90_days", null);
            m.put("time_to_fill_days", null);
        } else {
            int open = 0;
            int over90 = 0;
            List<Long> fill = new ArrayList<>();
            for (Vacancy vacancy : this.<Vacancy>rows("vacancies.csv")) {
                if (!countsFor(vacancy.teamId(), team)) {
                    continue;
                }
                if (!vacancy.openedOn().isAfter(d) && (vacancy.closedOn() == null || vacancy.closedOn().isAfter(d))) {
                    open++;
                    if (vacancy.openedOn().isBefore(d.minusDays(90))) {
                        over90++;
                    }
                }
                if (vacancy.closedReason() != null && vacancy.closedReason().code().equals("filled") && inYear(vacancy.closedOn())) {
                    fill.add(ChronoUnit.DAYS.between(vacancy.openedOn(), vacancy.closedOn()));
                }
            }
            m.put("vacancies_open", open);
            m.put("vacancies_open_over_90_days", over90);
            m.put("time_to_fill_days", median(fill));
        }
        if (!has("applications.csv")) {
            m.put("time_to_hire_days", null);
            m.put("offers_declined", null);
            m.put("applications_by_source", null);
            return;
        }
        Map<String, String> teamOfVacancy = new HashMap<>();
        for (Vacancy vacancy : this.<Vacancy>rows("vacancies.csv")) {
            teamOfVacancy.put(vacancy.vacancyId(), vacancy.teamId());
        }
        List<Long> hire = new ArrayList<>();
        int declined = 0;
        Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
        for (Application application : this.<Application>rows("applications.csv")) {
            if (!countsFor(teamOfVacancy.get(application.vacancyId()), team)) {
                continue;
            }
            if (inYear(application.acceptedOn())) {
                hire.add(ChronoUnit.DAYS.between(application.appliedOn(), application.acceptedOn()));
            }
            if (application.outcome().code().equals("offer_declined") && inYear(application.offeredOn())) {
                declined++;
            }
            if (inYear(application.appliedOn())) {
                Map<String, Integer> counts = bySource.computeIfAbsent(application.source().code(), source -> {
                    Map<String, Integer> zero = new LinkedHashMap<>();
                    zero.put("applications", 0);
                    zero.put("offers", 0);
                    zero.put("starts", 0);
                    return zero;
                });
                counts.merge("applications", 1, Integer::sum);
                if (application.offeredOn() != null && !application.offeredOn().isAfter(d)) {
                    counts.merge("offers", 1, Integer::sum);
                }
                if (application.startedOn() != null && !application.startedOn().isAfter(d)) {
                    counts.merge("starts", 1, Integer::sum);
                }
            }
        }
        m.put("time_to_hire_days", median(hire));
        m.put("offers_declined", declined);
        m.put("applications_by_source", bySource);
    }

    // --- Leaving interviews -----------------------------------------------------------------------------------------

    private Map<String, Integer> leavingReasons(String team) {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (LeavingInterview interview : this.<LeavingInterview>rows("leaving_interviews.csv")) {
            if (!inYear(interview.heldOn())) {
                continue;
            }
            List<Employment> on = rowsOn(interview.workerId(), interview.heldOn(), Rows.NON_AGENCY);
            if (countsFor(on.isEmpty() ? null : main(on).teamId(), team)) {
                reasons.merge(interview.mainReason().code(), 1, Integer::sum);
            }
        }
        return reasons;
    }

    // --- The words of measures.md -----------------------------------------------------------------------------------

    /**
     * Whether something that counts to {@code teamOf} (null: only to the authority) counts for {@code team} (null:
     * the authority, to which everything counts).
     */
    private static boolean countsFor(String teamOf, String team) {
        return team == null || team.equals(teamOf);
    }

    /**
     * The main row: largest FTE, then the smallest team_id as a string, then the row that started first, then the
     * job role listed first in exchange-format.md.
     */
    private static Employment main(List<Employment> rows) {
        Employment best = null;
        for (Employment row : rows) {
            if (best == null) {
                best = row;
                continue;
            }
            int fte = row.fte().compareTo(best.fte());
            int team = row.teamId().compareTo(best.teamId());
            int start = row.startDate().compareTo(best.startDate());
            int role = ROLES_IN_TABLE_ORDER.indexOf(row.jobRole().code()) - ROLES_IN_TABLE_ORDER.indexOf(best.jobRole().code());
            if (fte > 0 || fte == 0 && (team < 0 || team == 0 && (start < 0 || start == 0 && role < 0))) {
                best = row;
            }
        }
        return best;
    }

    private List<Employment> rowsOn(String workerId, LocalDate day, Rows which) {
        List<Employment> on = new ArrayList<>();
        for (Employment row : rowsByWorker.getOrDefault(workerId, List.of())) {
            boolean agency = row.contract() == Contract.AGENCY;
            boolean kind = which == Rows.ALL || (which == Rows.AGENCY) == agency;
            if (kind && inForce(row.startDate(), row.endDate(), day)) {
                on.add(row);
            }
        }
        return on;
    }

    private boolean inEmployment(String workerId, LocalDate day, Rows which) {
        return !rowsOn(workerId, day, which).isEmpty();
    }

    private static boolean inForce(LocalDate start, LocalDate end, LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    /** In the year ending on D: from D − 1 year + 1 day to D. */
    private boolean inYear(LocalDate day) {
        return day != null && !day.isBefore(yearStart) && !day.isAfter(d);
    }

    private static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private boolean has(String file) {
        return register.capabilityFiles().containsKey(file);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String file) {
        return (List<T>) register.capabilityFiles().getOrDefault(file, List.of());
    }
}
