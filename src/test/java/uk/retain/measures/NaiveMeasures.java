package uk.retain.measures;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.retain.workforce.Absence;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Case;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Post;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * The measures worked out a second way, straight from the words of measures.md and nothing else: day by day,
 * with no spells, indexes or helpers shared with {@link WorkforceMeasures}. Slow, and only for tests that hold
 * the real measures to it.
 */
final class NaiveMeasures {

    private final Register register;
    private final LocalDate date;
    private final LocalDate yearStart;
    private final Map<String, List<Employment>> rowsByWorker = new HashMap<>();

    NaiveMeasures(Register register, LocalDate date) {
        this.register = register;
        this.date = date;
        this.yearStart = date.minusYears(1).plusDays(1);
        register.employments().forEach(row -> rowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
    }

    /** The measures of the authority ({@code team} null) or of one team, keyed as measures.md names them. */
    Map<String, Object> of(String team) {
        boolean posts = register.has(BundleFile.POSTS);
        boolean caseData = register.has(BundleFile.CASES) && register.has(BundleFile.ALLOCATIONS);
        boolean absences = register.has(BundleFile.ABSENCES);

        double inpostFte = 0;
        int inpostHeadcount = 0;
        double agencyFte = 0;
        int agencyHeadcount = 0;
        double startersFte = 0;
        int startersHeadcount = 0;
        double leaversFte = 0;
        int leaversHeadcount = 0;
        int qualified = 0;
        int over2 = 0;
        int[] bands = new int[5];
        for (Worker worker : register.workers()) {
            List<Employment> nonAgency = rowsOn(worker, date, false);
            inpostFte += fteIn(nonAgency, team);
            if (!nonAgency.isEmpty() && counts(nonAgency, team)) {
                inpostHeadcount++;
                if (worker.qualifiedOn() != null) {
                    qualified++;
                    if (!worker.qualifiedOn().isAfter(date.minusYears(2))) {
                        over2++;
                    }
                    int years = Period.between(worker.qualifiedOn(), date).getYears();
                    bands[years < 2 ? 0 : years < 5 ? 1 : years < 10 ? 2 : years < 20 ? 3 : 4]++;
                }
            }
            List<Employment> agency = rowsOn(worker, date, true);
            agencyFte += fteIn(agency, team);
            if (!agency.isEmpty() && counts(agency, team)) {
                agencyHeadcount++;
            }
            for (LocalDate day = yearStart; !day.isAfter(date); day = day.plusDays(1)) {
                List<Employment> onDay = rowsOn(worker, day, false);
                if (onDay.isEmpty()) {
                    continue;
                }
                if (rowsOn(worker, day.minusDays(1), false).isEmpty()) {
                    startersFte += fteIn(onDay, team);
                    startersHeadcount += counts(onDay, team) ? 1 : 0;
                }
                if (rowsOn(worker, day.plusDays(1), false).isEmpty()) {
                    leaversFte += fteIn(onDay, team);
                    leaversHeadcount += counts(onDay, team) ? 1 : 0;
                }
            }
        }

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inpost_fte", inpostFte);
        m.put("inpost_headcount", inpostHeadcount);
        m.put("starters_fte", startersFte);
        m.put("starters_headcount", startersHeadcount);
        m.put("leavers_fte", leaversFte);
        m.put("leavers_headcount", leaversHeadcount);
        m.put("turnover_rate_fte", percent(leaversFte, inpostFte));
        m.put("turnover_rate_headcount", percent(leaversHeadcount, inpostHeadcount));
        m.put("agency_fte", agencyFte);
        m.put("agency_headcount", agencyHeadcount);
        m.put("agency_rate_fte", percent(agencyFte, agencyFte + inpostFte));
        m.put("agency_rate_headcount", percent(agencyHeadcount, agencyHeadcount + inpostHeadcount));
        vacancies(m, team, posts, inpostFte, agencyFte);
        caseload(m, team, caseData);
        double lost = absences ? workingDaysLost(team) : 0;
        m.put("working_days_lost_fte", absences ? lost : null);
        m.put("absence_rate_fte", absences ? percent(lost, inpostFte * 253) : null);
        m.put("pqe_over_2y_percent", percent(over2, qualified));
        Map<String, Integer> pqeBands = new LinkedHashMap<>();
        pqeBands.put("under_2", bands[0]);
        pqeBands.put("2_to_5", bands[1]);
        pqeBands.put("5_to_10", bands[2]);
        pqeBands.put("10_to_20", bands[3]);
        pqeBands.put("20_plus", bands[4]);
        m.put("pqe_bands", pqeBands);
        m.put("workers_over_20_cases", m.remove("workers_over_20_cases"));
        m.put("caseload_by_worker", m.remove("caseload_by_worker"));
        m.put("children_with_3_plus_workers", team == null && caseData ? childrenWith3PlusWorkers() : null);
        return m;
    }

    private void vacancies(Map<String, Object> m, String team, boolean posts, double inpostFte, double agencyFte) {
        if (!posts) {
            for (String name : List.of("vacancy_fte", "vacancy_rate_fte", "agency_cover_fte", "agency_cover_rate_fte",
                    "vacancy_agency_cover_rate_fte")) {
                m.put(name, null);
            }
            return;
        }
        double vacancy = 0;
        double cover = 0;
        for (Post post : register.posts()) {
            boolean funded = !post.fundedFrom().isAfter(date) && (post.fundedTo() == null || !post.fundedTo().isBefore(date));
            if (!funded || (team != null && !post.teamId().equals(team))) {
                continue;
            }
            double filled = 0;
            double agency = 0;
            for (Employment row : register.employments()) {
                if (post.postId().equals(row.postId()) && inForce(row, date)) {
                    if (row.contract() == Contract.AGENCY) {
                        agency += row.fte().doubleValue();
                    } else {
                        filled += row.fte().doubleValue();
                    }
                }
            }
            double postVacancy = Math.max(0, post.fte().doubleValue() - filled);
            vacancy += postVacancy;
            cover += Math.min(postVacancy, agency);
        }
        m.put("vacancy_fte", vacancy);
        m.put("vacancy_rate_fte", percent(vacancy, vacancy + inpostFte));
        m.put("agency_cover_fte", cover);
        m.put("agency_cover_rate_fte", percent(cover, agencyFte));
        m.put("vacancy_agency_cover_rate_fte", percent(cover, vacancy));
    }

    private void caseload(Map<String, Object> m, String team, boolean caseData) {
        if (!caseData) {
            for (String name : List.of("case_holders_fte", "cases", "caseload_fte", "workers_over_20_cases",
                    "caseload_by_worker")) {
                m.put(name, null);
            }
            return;
        }
        Map<String, Case> caseById = new HashMap<>();
        register.cases().forEach(item -> caseById.put(item.caseId(), item));
        Map<String, Integer> held = new HashMap<>();
        for (Allocation allocation : register.allocations()) {
            Case item = caseById.get(allocation.caseId());
            if (allocation.role() == AllocationRole.PRIMARY && inForce(allocation.startDate(), allocation.endDate(), date)
                    && inForce(item.openedOn(), item.closedOn(), date)) {
                held.merge(allocation.workerId(), 1, Integer::sum);
            }
        }
        double holdersFte = 0;
        int cases = 0;
        int over20 = 0;
        List<Map<String, Object>> byWorker = new ArrayList<>();
        List<Worker> workers = new ArrayList<>(register.workers());
        workers.sort(Comparator.comparing(Worker::workerId));
        for (Worker worker : workers) {
            List<Employment> rows = new ArrayList<>(rowsOn(worker, date, false));
            rows.addAll(rowsOn(worker, date, true));
            int count = held.getOrDefault(worker.workerId(), 0);
            if (rows.isEmpty()) {
                // Not in employment on the date: the authority's figures still count the cases (a valid bundle
                // never has any), a team's cannot place them.
                cases += team == null ? count : 0;
                over20 += team == null && count > 20 ? 1 : 0;
                continue;
            }
            if (counts(rows, team)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("worker_id", worker.workerId());
                entry.put("cases", count);
                byWorker.add(entry);
                cases += count;
                over20 += count > 20 ? 1 : 0;
            }
            if (count > 0) {
                holdersFte += fteIn(rows, team);
            }
        }
        m.put("case_holders_fte", holdersFte);
        m.put("cases", cases);
        m.put("caseload_fte", holdersFte == 0 ? null : cases / holdersFte);
        m.put("workers_over_20_cases", over20);
        m.put("caseload_by_worker", byWorker);
    }

    private double workingDaysLost(String team) {
        double lost = 0;
        for (Absence absence : register.absences()) {
            if (absence.reason() != AbsenceReason.SIC) {
                continue;
            }
            LocalDate first = absence.startDate().isBefore(yearStart) ? yearStart : absence.startDate();
            LocalDate last = absence.endDate().isAfter(date) ? date : absence.endDate();
            if (last.isBefore(first)) {
                continue;
            }
            Worker worker = register.workers().stream().filter(w -> w.workerId().equals(absence.workerId()))
                    .findFirst().orElse(null);
            List<Employment> rows = worker == null ? List.of() : rowsOn(worker, first, false);
            double days;
            if (absence.workingDays() == null) {
                days = weekdays(first, last);
            } else if (first.equals(absence.startDate()) && last.equals(absence.endDate())) {
                days = absence.workingDays().doubleValue();
            } else if (weekdays(absence.startDate(), absence.endDate()) == 0) {
                // A weekend-only row has no Monday-to-Friday days to spread over: its calendar days instead.
                days = absence.workingDays().doubleValue() * first.datesUntil(last.plusDays(1)).count()
                        / absence.startDate().datesUntil(absence.endDate().plusDays(1)).count();
            } else {
                days = absence.workingDays().doubleValue() * weekdays(first, last)
                        / weekdays(absence.startDate(), absence.endDate());
            }
            lost += days * fteIn(rows, team);
        }
        return lost;
    }

    private int childrenWith3PlusWorkers() {
        Map<String, Case> caseById = new HashMap<>();
        register.cases().forEach(item -> caseById.put(item.caseId(), item));
        Map<String, Set<String>> workersByChild = new HashMap<>();
        for (Case item : register.cases()) {
            if (overlapsYear(item.openedOn(), item.closedOn())) {
                workersByChild.put(item.childId(), new HashSet<>());
            }
        }
        for (Allocation allocation : register.allocations()) {
            Set<String> workers = workersByChild.get(caseById.get(allocation.caseId()).childId());
            if (workers != null && allocation.role() == AllocationRole.PRIMARY
                    && overlapsYear(allocation.startDate(), allocation.endDate())) {
                workers.add(allocation.workerId());
            }
        }
        return (int) workersByChild.values().stream().filter(workers -> workers.size() >= 3).count();
    }

    /** Whether the worker's rows (agency or not) on {@code day} count for {@code team}: its main team there. */
    private static boolean counts(List<Employment> rows, String team) {
        if (team == null) {
            return true;
        }
        Employment main = rows.get(0);
        for (Employment row : rows) {
            int byFte = row.fte().compareTo(main.fte());
            if (byFte > 0 || (byFte == 0 && row.teamId().compareTo(main.teamId()) < 0)) {
                main = row;
            }
        }
        return main.teamId().equals(team);
    }

    private static double fteIn(List<Employment> rows, String team) {
        BigDecimal total = BigDecimal.ZERO;
        for (Employment row : rows) {
            if (team == null || row.teamId().equals(team)) {
                total = total.add(row.fte());
            }
        }
        return total.doubleValue();
    }

    private List<Employment> rowsOn(Worker worker, LocalDate day, boolean agency) {
        List<Employment> rows = new ArrayList<>();
        for (Employment row : rowsByWorker.getOrDefault(worker.workerId(), List.of())) {
            if ((row.contract() == Contract.AGENCY) == agency && inForce(row, day)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean inForce(Employment row, LocalDate day) {
        return inForce(row.startDate(), row.endDate(), day);
    }

    private static boolean inForce(LocalDate start, LocalDate end, LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    private boolean overlapsYear(LocalDate start, LocalDate end) {
        return !start.isAfter(date) && (end == null || !end.isBefore(yearStart));
    }

    private static long weekdays(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1))
                .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
                .count();
    }

    private static Double percent(double part, double whole) {
        return whole == 0 ? null : 100 * part / whole;
    }
}
