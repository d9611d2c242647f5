package uk.retain.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.retain.measures.MeasureSet;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.Team;

/**
 * The supervision measures of measures.md: {@code supervision_due_headcount} (workers in employment on D whose main
 * role on D is not {@code senior_manager}), {@code supervision_overdue_headcount} (of those, the ones whose
 * {@link NextSupervision next supervision date} is before D) and {@code supervision_in_date_percent}
 * (100 × (due − overdue) / due, null when none is due). By team, a worker counts to the team of their main row on
 * D. All three are null when the bundle has no supervisions.csv.
 */
public final class SupervisionMeasures implements MeasureSet {

    public static final String DUE = "supervision_due_headcount";
    public static final String OVERDUE = "supervision_overdue_headcount";
    public static final String IN_DATE = "supervision_in_date_percent";

    private static final LocalDate[] NO_SESSIONS = new LocalDate[0];

    private final NextSupervision next;

    /** Under the contract's defaults ({@link SupervisionRule#CONTRACT}): the set the measures command gives. */
    public SupervisionMeasures() {
        this(SupervisionRule.CONTRACT);
    }

    public SupervisionMeasures(SupervisionRule rule) {
        this.next = new NextSupervision(rule);
    }

    @Override
    public Prepared prepare(Register register) {
        List<String> teamIds = register.teams().stream().map(Team::teamId).sorted().toList();
        if (!register.has(BundleFile.SUPERVISIONS)) {
            return new Absent(teamIds);
        }
        return new Counted(register, teamIds);
    }

    private static Map<String, Object> measures(Integer due, Integer overdue) {
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put(DUE, due);
        measures.put(OVERDUE, overdue);
        measures.put(IN_DATE, due == null || due == 0 ? null : 100.0 * (due - overdue) / due);
        return measures;
    }

    /** Without supervisions.csv: every measure null, for the authority and each team. */
    private record Absent(List<String> teamIds) implements Prepared {

        @Override
        public Map<String, Object> forAuthority(LocalDate date) {
            return measures(null, null);
        }

        @Override
        public Map<String, Map<String, Object>> byTeam(LocalDate date) {
            Map<String, Map<String, Object>> byTeam = new LinkedHashMap<>();
            teamIds.forEach(team -> byTeam.put(team, measures(null, null)));
            return byTeam;
        }
    }

    /**
     * One worker: their history and the dates of their counting sessions, sorted, so that L on a day is a binary
     * search (the same L as {@link NextSupervision#lastSession}, which scans).
     */
    private record Supervisee(EmploymentHistory history, LocalDate[] countingDates) {

        /** L on {@code day}, given the employment start S: the latest counting date from S to the day, or S. */
        LocalDate lastSession(LocalDate start, LocalDate day) {
            int index = Arrays.binarySearch(countingDates, day);
            // Found: a session on the day itself. Not found: the one before the insertion point, if any.
            int latest = index >= 0 ? index : -index - 2;
            if (latest < 0 || countingDates[latest].isBefore(start)) {
                return start;
            }
            return countingDates[latest];
        }
    }

    private final class Counted implements Prepared {

        private final List<String> teamIds;
        private final Map<String, Integer> teamIndex = new HashMap<>();
        private final List<Supervisee> supervisees = new ArrayList<>();

        Counted(Register register, List<String> teamIds) {
            this.teamIds = teamIds;
            for (int i = 0; i < teamIds.size(); i++) {
                teamIndex.put(teamIds.get(i), i);
            }
            Map<String, List<LocalDate>> countingByWorker = new HashMap<>();
            for (Supervision session : register.supervisions()) {
                if (next.rule().counts(session)) {
                    countingByWorker.computeIfAbsent(session.workerId(), id -> new ArrayList<>()).add(session.date());
                }
            }
            Map<String, List<Employment>> rowsByWorker = new LinkedHashMap<>();
            for (Employment row : register.employments()) {
                rowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
            }
            rowsByWorker.forEach((workerId, rows) -> {
                List<LocalDate> dates = countingByWorker.get(workerId);
                LocalDate[] sorted = dates == null ? NO_SESSIONS : dates.toArray(LocalDate[]::new);
                Arrays.sort(sorted);
                supervisees.add(new Supervisee(EmploymentHistory.of(rows), sorted));
            });
        }

        /** Due and overdue counts per team (by index), the authority's last. */
        private int[][] tally(LocalDate day) {
            int[] due = new int[teamIds.size() + 1];
            int[] overdue = new int[teamIds.size() + 1];
            int authority = teamIds.size();
            for (Supervisee supervisee : supervisees) {
                Employment main = supervisee.history().mainRow(day);
                if (main == null || main.jobRole() == JobRole.SENIOR_MANAGER) {
                    continue;
                }
                LocalDate start = supervisee.history().employmentStart(day);
                LocalDate last = supervisee.lastSession(start, day);
                boolean late = next.after(last, supervisee.history()).isBefore(day);
                Integer team = teamIndex.get(main.teamId());
                due[authority]++;
                if (late) {
                    overdue[authority]++;
                }
                if (team != null) {
                    due[team]++;
                    if (late) {
                        overdue[team]++;
                    }
                }
            }
            return new int[][] {due, overdue};
        }

        @Override
        public Map<String, Object> forAuthority(LocalDate date) {
            int[][] tally = tally(date);
            return measures(tally[0][teamIds.size()], tally[1][teamIds.size()]);
        }

        @Override
        public Map<String, Map<String, Object>> byTeam(LocalDate date) {
            int[][] tally = tally(date);
            Map<String, Map<String, Object>> byTeam = new LinkedHashMap<>();
            for (int i = 0; i < teamIds.size(); i++) {
                byTeam.put(teamIds.get(i), measures(tally[0][i], tally[1][i]));
            }
            return byTeam;
        }
    }
}
