package uk.retain.exits;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.EmploymentHistory.Kind;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.PqeBand;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * The leavings of a period (every day a spell of non-agency employment ends, as measures.md counts leavers), each
 * with what Retain knows of it: the census reason and destination of the row that ended, the length of service and
 * the experience since qualifying on the day, the team and its team manager that day, and the exit interview held
 * within {@value LeavingInterviewsFile#WINDOW_DAYS} days of it. A pure function of the register.
 */
public final class Leavers {

    /** Length of service on the day of leaving, from the service start (measures.md), in whole years. */
    public enum LengthOfService {
        UNDER_1, FROM_1_TO_2, FROM_2_TO_5, FROM_5_TO_10, OVER_10;

        static LengthOfService of(LocalDate serviceStart, LocalDate leftOn) {
            if (serviceStart.isAfter(leftOn.minusYears(1))) {
                return UNDER_1;
            }
            if (serviceStart.isAfter(leftOn.minusYears(2))) {
                return FROM_1_TO_2;
            }
            long years = ChronoUnit.YEARS.between(serviceStart, leftOn);
            return years < 5 ? FROM_2_TO_5 : years < 10 ? FROM_5_TO_10 : OVER_10;
        }

        /** Under 1 or under 2 years' service, as {@code leavers_under_1y_service} and {@code _2y_} count them. */
        public boolean early() {
            return this == UNDER_1 || this == FROM_1_TO_2;
        }
    }

    /**
     * One leaving.
     *
     * @param endReason census ReasonLeave code of the row that ended, or null
     * @param destination census LeaverDestination code, or null
     * @param pqeBand a {@link PqeBand#KEYS} key on the day, or null without a qualification date
     * @param teamManagerId the worker whose main role that day is team manager of the team, or null
     * @param interview the exit interview nearest the day within the window, or null
     */
    public record Leaver(String workerId, LocalDate leftOn, String teamId, String teamManagerId, Integer endReason,
            Integer destination, LengthOfService service, String pqeBand, LeavingInterview interview) {
    }

    private Leavers() {
    }

    /** The leavings from {@code from} to {@code to}, both included, by day then worker. */
    public static List<Leaver> between(Register register, LocalDate from, LocalDate to) {
        Map<String, List<Employment>> rows = new LinkedHashMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        Map<String, EmploymentHistory> histories = new HashMap<>();
        rows.forEach((worker, list) -> histories.put(worker, EmploymentHistory.of(list)));
        Map<String, Worker> workers = new HashMap<>();
        register.workers().forEach(worker -> workers.put(worker.workerId(), worker));
        Map<String, List<LeavingInterview>> interviews = new HashMap<>();
        register.rows(LeavingInterviewsFile.class)
                .forEach(interview -> interviews.computeIfAbsent(interview.workerId(), id -> new ArrayList<>()).add(interview));
        List<Leaver> leavers = new ArrayList<>();
        histories.forEach((workerId, history) -> {
            for (LocalDate leftOn : history.leavings()) {
                if (leftOn.isBefore(from) || leftOn.isAfter(to)) {
                    continue;
                }
                Employment row = history.mainRow(leftOn, Kind.NON_AGENCY);
                Worker worker = workers.get(workerId);
                leavers.add(new Leaver(workerId, leftOn, row.teamId(), teamManager(histories, row.teamId(), leftOn, workerId),
                        row.endReason(), row.leaverDestination(), LengthOfService.of(history.serviceStart(leftOn), leftOn),
                        worker == null ? null : PqeBand.of(worker.qualifiedOn(), leftOn),
                        nearest(interviews.getOrDefault(workerId, List.of()), leftOn)));
            }
        });
        leavers.sort(Comparator.comparing(Leaver::leftOn).thenComparing(Leaver::workerId));
        return leavers;
    }

    /**
     * The team manager of a team on a day: a worker whose main row that day is a team manager's in the team (the
     * smallest worker id when there are several); a leaving team manager is not their own manager.
     */
    static String teamManager(Map<String, EmploymentHistory> histories, String teamId, LocalDate day, String except) {
        String manager = null;
        for (Map.Entry<String, EmploymentHistory> entry : histories.entrySet()) {
            if (entry.getKey().equals(except)) {
                continue;
            }
            Employment main = entry.getValue().mainRow(day);
            if (main != null && main.jobRole() == JobRole.TEAM_MANAGER && main.teamId().equals(teamId)
                    && (manager == null || entry.getKey().compareTo(manager) < 0)) {
                manager = entry.getKey();
            }
        }
        return manager;
    }

    /** The worker's interview held nearest the day, within the window either way; the earlier of two as near. */
    static LeavingInterview nearest(List<LeavingInterview> interviews, LocalDate day) {
        LeavingInterview nearest = null;
        long best = Long.MAX_VALUE;
        for (LeavingInterview interview : interviews) {
            long apart = Math.abs(ChronoUnit.DAYS.between(day, interview.heldOn()));
            if (apart <= LeavingInterviewsFile.WINDOW_DAYS && (apart < best
                    || apart == best && interview.heldOn().isBefore(nearest.heldOn()))) {
                nearest = interview;
                best = apart;
            }
        }
        return nearest;
    }

    /** The stability index (measures.md) of the authority on the date, or null when the history does not support it. */
    public static Double stabilityIndex(Register register, LocalDate date) {
        if (!uk.retain.measures.History.gives(register.authority().historyFrom(), date, LeavingAndStayingMeasures.STABILITY)) {
            return null;
        }
        Object value = new LeavingAndStayingMeasures().prepare(register).forAuthority(date).get(LeavingAndStayingMeasures.STABILITY);
        return value instanceof Number number ? number.doubleValue() : null;
    }

    /** The stability index of each team on the date (null where nobody counts), or empty when the history does not support it. */
    public static Map<String, Double> stabilityByTeam(Register register, LocalDate date) {
        Map<String, Double> byTeam = new LinkedHashMap<>();
        if (!uk.retain.measures.History.gives(register.authority().historyFrom(), date, LeavingAndStayingMeasures.STABILITY)) {
            return byTeam;
        }
        new LeavingAndStayingMeasures().prepare(register).byTeam(date).forEach((team, figures) -> byTeam.put(team,
                figures.get(LeavingAndStayingMeasures.STABILITY) instanceof Number number ? number.doubleValue() : null));
        return byTeam;
    }
}
