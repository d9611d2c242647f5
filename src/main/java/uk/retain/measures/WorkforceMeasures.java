package uk.retain.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.Absence;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Case;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Post;
import uk.retain.workforce.Register;
import uk.retain.workforce.Spell;
import uk.retain.workforce.Team;
import uk.retain.workforce.Weekdays;
import uk.retain.workforce.Worker;

/**
 * The workforce measures of one register, for any reference date, for the authority or by team, exactly as
 * measures.md defines them. Build it once per register ({@link #of}); each date is then a pass over the
 * register's rows, so a trend over many dates stays cheap.
 *
 * <p>Every figure is first tallied per team, by the grouping rules of measures.md (FTEs by row, people and
 * cases by main team, posts by their own team); the authority's figures are the sum of its teams', which is
 * why the teams always add up to the authority.
 */
public final class WorkforceMeasures {

    private final Register register;
    private final List<String> teamIds;
    private final Map<String, Integer> teamIndex = new HashMap<>();
    private final List<WorkerRows> workers = new ArrayList<>();
    private final Map<String, WorkerRows> workerById = new HashMap<>();
    private final Map<String, List<Employment>> nonAgencyByPost = new HashMap<>();
    private final Map<String, List<Employment>> agencyByPost = new HashMap<>();
    private final List<Allocation> primaries = new ArrayList<>();
    private final List<Absence> sickness = new ArrayList<>();
    /** The primary allocations as day numbers, built once: each date is then a pass over plain ints. */
    private final PrimaryDays primaryDays;
    private final boolean hasPosts;
    private final boolean hasCaseData;
    private final boolean hasAbsences;

    private WorkforceMeasures(Register register) {
        this.register = register;
        this.teamIds = register.teams().stream().map(Team::teamId).sorted().toList();
        for (int i = 0; i < teamIds.size(); i++) {
            teamIndex.put(teamIds.get(i), i);
        }
        Map<String, List<Employment>> rowsByWorker = new HashMap<>();
        for (Employment row : register.employments()) {
            rowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
            if (row.postId() != null) {
                (row.isAgency() ? agencyByPost : nonAgencyByPost).computeIfAbsent(row.postId(), id -> new ArrayList<>()).add(row);
            }
        }
        for (Worker worker : register.workers()) {
            WorkerRows rows = new WorkerRows(worker, rowsByWorker.getOrDefault(worker.workerId(), List.of()));
            workers.add(rows);
            workerById.put(worker.workerId(), rows);
        }
        for (Allocation allocation : register.allocations()) {
            if (allocation.isPrimary()) {
                primaries.add(allocation);
            }
        }
        Map<String, Case> caseById = HashMap.newHashMap(register.cases().size());
        for (Case item : register.cases()) {
            caseById.put(item.caseId(), item);
        }
        for (Absence absence : register.absences()) {
            if (absence.reason() == AbsenceReason.SIC) {
                sickness.add(absence);
            }
        }
        hasPosts = register.has(BundleFile.POSTS);
        hasCaseData = register.has(BundleFile.CASES) && register.has(BundleFile.ALLOCATIONS);
        hasAbsences = register.has(BundleFile.ABSENCES);
        Map<String, Integer> workerIndex = HashMap.newHashMap(workers.size());
        for (int w = 0; w < workers.size(); w++) {
            workerIndex.put(workers.get(w).id(), w);
        }
        primaryDays = PrimaryDays.of(primaries, caseById, workerIndex);
    }

    public static WorkforceMeasures of(Register register) {
        return new WorkforceMeasures(register);
    }

    public Register register() {
        return register;
    }

    /** The authority's measures on {@code date}. */
    public Measures forAuthority(LocalDate date) {
        TeamTally total = new TeamTally();
        for (TeamTally team : tally(date)) {
            total.add(team);
        }
        total.caseloadByWorker.sort(Comparator.comparing(WorkerCaseload::workerId));
        Integer children = hasCaseData ? childrenWith3PlusWorkers(date) : null;
        return measures(total, children);
    }

    /** Each team's measures on {@code date}, by {@code team_id} in order; every team of the register is there. */
    public Map<String, Measures> byTeam(LocalDate date) {
        TeamTally[] tallies = tally(date);
        Map<String, Measures> byTeam = new LinkedHashMap<>();
        for (int i = 0; i < tallies.length; i++) {
            tallies[i].caseloadByWorker.sort(Comparator.comparing(WorkerCaseload::workerId));
            byTeam.put(teamIds.get(i), measures(tallies[i], null));
        }
        return byTeam;
    }

    private Measures measures(TeamTally t, Integer childrenWith3PlusWorkers) {
        double inpostFte = t.inpostFte.doubleValue();
        double agencyFte = t.agencyFte.doubleValue();
        Double vacancyFte = hasPosts ? t.vacancyFte.doubleValue() : null;
        Double coverFte = hasPosts ? t.agencyCoverFte.doubleValue() : null;
        Double caseHoldersFte = hasCaseData ? t.caseHoldersFte.doubleValue() : null;
        Integer cases = hasCaseData ? t.cases : null;
        Double daysLost = hasAbsences ? t.workingDaysLostFte : null;
        return new Measures(
                inpostFte, t.inpostHeadcount,
                t.startersFte.doubleValue(), t.startersHeadcount,
                t.leaversFte.doubleValue(), t.leaversHeadcount,
                Ratios.turnoverRate(t.leaversFte.doubleValue(), inpostFte),
                Ratios.turnoverRate((double) t.leaversHeadcount, (double) t.inpostHeadcount),
                agencyFte, t.agencyHeadcount,
                Ratios.agencyRate(agencyFte, inpostFte),
                Ratios.agencyRate((double) t.agencyHeadcount, (double) t.inpostHeadcount),
                vacancyFte,
                Ratios.vacancyRate(vacancyFte, inpostFte),
                coverFte,
                Ratios.agencyCoverRate(coverFte, hasPosts ? agencyFte : null),
                Ratios.vacancyAgencyCoverRate(coverFte, vacancyFte),
                caseHoldersFte, cases,
                Ratios.caseload(cases == null ? null : (double) cases, caseHoldersFte),
                daysLost, Ratios.absenceRate(daysLost, inpostFte),
                Ratios.percent((double) t.qualifiedOver2Years, (double) t.qualifiedWorkers),
                t.pqeBands,
                hasCaseData ? t.workersOver20Cases : null,
                hasCaseData ? List.copyOf(t.caseloadByWorker) : null,
                childrenWith3PlusWorkers);
    }

    private TeamTally[] tally(LocalDate date) {
        TeamTally[] teams = new TeamTally[teamIds.size()];
        for (int i = 0; i < teams.length; i++) {
            teams[i] = new TeamTally();
        }
        LocalDate yearStart = CensusYear.yearEndingOn(date);
        Map<String, Integer> casesHeld = hasCaseData ? casesHeldOn(date) : Map.of();
        for (WorkerRows worker : workers) {
            inPost(worker, date, teams);
            startsAndLeavings(worker, yearStart, date, teams);
            if (hasCaseData) {
                caseload(worker, date, casesHeld.getOrDefault(worker.id(), 0), teams);
            }
        }
        if (hasPosts) {
            vacancies(date, teams);
        }
        if (hasAbsences) {
            sicknessAbsence(yearStart, date, teams);
        }
        return teams;
    }

    /** In post and agency on the date, and the PQE of those in post. */
    private void inPost(WorkerRows worker, LocalDate date, TeamTally[] teams) {
        List<Employment> nonAgency = worker.nonAgencyOn(date);
        if (!nonAgency.isEmpty()) {
            for (Employment row : nonAgency) {
                TeamTally team = teams[team(row)];
                team.inpostFte = team.inpostFte.add(row.fte());
            }
            TeamTally main = teams[mainTeam(nonAgency)];
            main.inpostHeadcount++;
            LocalDate qualifiedOn = worker.worker.qualifiedOn();
            if (qualifiedOn != null) {
                main.qualifiedWorkers++;
                if (worker.worker.experiencedOn(date)) {
                    main.qualifiedOver2Years++;
                }
                main.pqeBands = main.pqeBands.plus(ChronoUnit.YEARS.between(qualifiedOn, date));
            }
        }
        List<Employment> agency = worker.agencyOn(date);
        if (!agency.isEmpty()) {
            for (Employment row : agency) {
                TeamTally team = teams[team(row)];
                team.agencyFte = team.agencyFte.add(row.fte());
            }
            teams[mainTeam(agency)].agencyHeadcount++;
        }
    }

    /** A start is the first day of a spell of non-agency employment; a leaving, its last. */
    private void startsAndLeavings(WorkerRows worker, LocalDate yearStart, LocalDate date, TeamTally[] teams) {
        for (Spell spell : worker.nonAgencySpells) {
            if (within(spell.start(), yearStart, date)) {
                List<Employment> rows = worker.nonAgencyOn(spell.start());
                for (Employment row : rows) {
                    TeamTally team = teams[team(row)];
                    team.startersFte = team.startersFte.add(row.fte());
                }
                teams[mainTeam(rows)].startersHeadcount++;
            }
            if (!spell.open() && within(spell.end(), yearStart, date)) {
                List<Employment> rows = worker.nonAgencyOn(spell.end());
                for (Employment row : rows) {
                    TeamTally team = teams[team(row)];
                    team.leaversFte = team.leaversFte.add(row.fte());
                }
                teams[mainTeam(rows)].leaversHeadcount++;
            }
        }
    }

    /** Open cases held as primary on the date, by worker. */
    private Map<String, Integer> casesHeldOn(LocalDate date) {
        int[] held = primaryDays.casesHeld(date.toEpochDay(), workers.size());
        Map<String, Integer> byWorker = HashMap.newHashMap(workers.size());
        for (int w = 0; w < held.length; w++) {
            if (held[w] > 0) {
                byWorker.put(workers.get(w).id(), held[w]);
            }
        }
        return byWorker;
    }

    private void caseload(WorkerRows worker, LocalDate date, int cases, TeamTally[] teams) {
        List<Employment> rows = worker.allOn(date);
        if (rows.isEmpty()) {
            return;
        }
        TeamTally main = teams[mainTeam(rows)];
        main.caseloadByWorker.add(new WorkerCaseload(worker.id(), cases));
        if (cases == 0) {
            return;
        }
        main.cases += cases;
        if (cases > 20) {
            main.workersOver20Cases++;
        }
        for (Employment row : rows) {
            TeamTally team = teams[team(row)];
            team.caseHoldersFte = team.caseHoldersFte.add(row.fte());
        }
    }

    /** A funded post's vacancy is what its non-agency holders leave unfilled; agency cover counts up to it. */
    private void vacancies(LocalDate date, TeamTally[] teams) {
        for (Post post : register.posts()) {
            if (!post.fundedOn(date)) {
                continue;
            }
            BigDecimal filled = fteOn(nonAgencyByPost.get(post.postId()), date);
            BigDecimal vacancy = post.fte().subtract(filled).max(BigDecimal.ZERO);
            BigDecimal cover = fteOn(agencyByPost.get(post.postId()), date).min(vacancy);
            TeamTally team = teams[teamIndex.get(post.teamId())];
            team.vacancyFte = team.vacancyFte.add(vacancy);
            team.agencyCoverFte = team.agencyCoverFte.add(cover);
        }
    }

    /**
     * Working days lost to sickness in the year, each absence weighted by the worker's non-agency FTE on its
     * first day in the year (split by row, so each team carries its share).
     */
    private void sicknessAbsence(LocalDate yearStart, LocalDate date, TeamTally[] teams) {
        eachSicknessDay(yearStart, date, (row, days) -> teams[team(row)].workingDaysLostFte += days * row.fte().doubleValue());
    }

    /**
     * Each worker's share of {@code working_days_lost_fte} on {@code date}, by worker id (workers with none are absent),
     * by the same rule as the measure: what the census return gives each worker as {@code WorkingDaysLost}. Empty
     * when the register has no absences file.
     */
    public Map<String, Double> workingDaysLostFteByWorker(LocalDate date) {
        Map<String, Double> byWorker = new HashMap<>();
        if (hasAbsences) {
            eachSicknessDay(CensusYear.yearEndingOn(date), date,
                    (row, days) -> byWorker.merge(row.workerId(), days * row.fte().doubleValue(), Double::sum));
        }
        return byWorker;
    }

    /** Every sickness absence's working days in the year, with each non-agency row it weighs against. */
    private void eachSicknessDay(LocalDate yearStart, LocalDate date, java.util.function.ObjDoubleConsumer<Employment> weighed) {
        for (Absence absence : sickness) {
            LocalDate first = absence.startDate().isBefore(yearStart) ? yearStart : absence.startDate();
            LocalDate last = absence.endDate().isAfter(date) ? date : absence.endDate();
            if (last.isBefore(first)) {
                continue;
            }
            WorkerRows worker = workerById.get(absence.workerId());
            List<Employment> rows = worker == null ? List.of() : worker.nonAgencyOn(first);
            if (rows.isEmpty()) {
                continue;
            }
            double days = workingDaysInYear(absence, first, last);
            for (Employment row : rows) {
                weighed.accept(row, days);
            }
        }
    }

    /**
     * The row's {@code working_days}, spread evenly over its Monday-to-Friday days when only part of it falls
     * in the year; without {@code working_days}, its Monday-to-Friday days in the year.
     */
    static double workingDaysInYear(Absence absence, LocalDate first, LocalDate last) {
        long weekdaysInYear = Weekdays.between(first, last);
        if (absence.workingDays() == null) {
            return weekdaysInYear;
        }
        double given = absence.workingDays().doubleValue();
        if (first.equals(absence.startDate()) && last.equals(absence.endDate())) {
            return given;
        }
        long weekdays = Weekdays.between(absence.startDate(), absence.endDate());
        if (weekdays == 0) {
            // A weekend-only row: spread over its calendar days instead.
            long days = ChronoUnit.DAYS.between(absence.startDate(), absence.endDate()) + 1;
            return given * (ChronoUnit.DAYS.between(first, last) + 1) / days;
        }
        return given * weekdaysInYear / weekdays;
    }

    /** Children whose primary workers during the year numbered 3 or more (DfE's stability indicator). */
    private int childrenWith3PlusWorkers(LocalDate date) {
        return primaryDays.childrenWith3PlusWorkers(CensusYear.yearEndingOn(date).toEpochDay(), date.toEpochDay());
    }


    private int team(Employment row) {
        return teamIndex.get(row.teamId());
    }

    /** The team of the worker's main row among {@code rows}. */
    private int mainTeam(List<Employment> rows) {
        return team(Employment.main(rows));
    }

    private static BigDecimal fteOn(List<Employment> rows, LocalDate date) {
        BigDecimal total = BigDecimal.ZERO;
        if (rows != null) {
            for (Employment row : rows) {
                if (row.inForceOn(date)) {
                    total = total.add(row.fte());
                }
            }
        }
        return total;
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** One worker's employment rows, split by contract, with their non-agency spells. */
    private static final class WorkerRows {
        final Worker worker;
        final List<Employment> all;
        final List<Employment> nonAgency;
        final List<Employment> agency;
        final List<Spell> nonAgencySpells;

        WorkerRows(Worker worker, List<Employment> rows) {
            this.worker = worker;
            this.all = rows;
            // Plain loops: a stream pipeline per worker is costly in a fresh JVM, and this runs for every worker.
            List<Employment> nonAgencyRows = new ArrayList<>(rows.size());
            List<Employment> agencyRows = new ArrayList<>(1);
            for (Employment row : rows) {
                (row.isAgency() ? agencyRows : nonAgencyRows).add(row);
            }
            this.nonAgency = List.copyOf(nonAgencyRows);
            this.agency = List.copyOf(agencyRows);
            this.nonAgencySpells = Spell.of(nonAgency);
        }

        String id() {
            return worker.workerId();
        }

        List<Employment> nonAgencyOn(LocalDate date) {
            return inForce(nonAgency, date);
        }

        List<Employment> agencyOn(LocalDate date) {
            return inForce(agency, date);
        }

        List<Employment> allOn(LocalDate date) {
            return inForce(all, date);
        }

        private static List<Employment> inForce(List<Employment> rows, LocalDate date) {
            List<Employment> result = null;
            for (Employment row : rows) {
                if (row.inForceOn(date)) {
                    if (result == null) {
                        result = new ArrayList<>(2);
                    }
                    result.add(row);
                }
            }
            return result == null ? List.of() : result;
        }
    }
}
