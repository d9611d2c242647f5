package uk.retain.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.Team;

/**
 * Each worker's supervision on a day under the policy that applies to them (the authority's, their variation, or
 * the contract's defaults): the pages' figures. The workers counted are those of {@link SupervisionMeasures}: in
 * employment on the day, main role not {@code senior_manager}, in the team of their main row; under the contract's
 * defaults the counts are the measures'.
 */
public final class SupervisionStatuses {

    /**
     * One worker on a day: their main team, the date of their latest counting session (null when none since their
     * employment start), the next supervision date, the days it is overdue (0 when it is not) and the policy used.
     */
    public record Status(String workerId, String teamId, JobRole jobRole, LocalDate lastSession, LocalDate nextDue,
            long daysOverdue, SupervisionPolicies.Applied applied) {

        public boolean overdue() {
            return daysOverdue > 0;
        }
    }

    /** Workers due and overdue; the in-date percentage, null when none is due. */
    public record Tally(int due, int overdue) {

        public Double inDatePercent() {
            return due == 0 ? null : 100.0 * (due - overdue) / due;
        }

        Tally plus(boolean late) {
            return new Tally(due + 1, overdue + (late ? 1 : 0));
        }
    }

    private record Supervisee(String workerId, EmploymentHistory history, List<Supervision> sessions) {
    }

    private final SupervisionPolicies.AuthorityPolicy policy;
    private final List<String> teamIds;
    private final List<Supervisee> supervisees = new ArrayList<>();
    private final Map<String, Supervisee> byId = new HashMap<>();
    private final boolean held;

    private SupervisionStatuses(Register register, SupervisionPolicies.AuthorityPolicy policy) {
        this.policy = policy;
        this.teamIds = register.teams().stream().map(Team::teamId).sorted().toList();
        this.held = register.has(uk.retain.workforce.BundleFile.SUPERVISIONS);
        Map<String, List<Supervision>> sessions = new HashMap<>();
        for (Supervision session : register.supervisions()) {
            sessions.computeIfAbsent(session.workerId(), id -> new ArrayList<>()).add(session);
        }
        Map<String, List<Employment>> rows = new LinkedHashMap<>();
        for (Employment row : register.employments()) {
            rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
        }
        rows.forEach((workerId, own) -> {
            Supervisee supervisee = new Supervisee(workerId, EmploymentHistory.of(own), sessions.getOrDefault(workerId, List.of()));
            supervisees.add(supervisee);
            byId.put(workerId, supervisee);
        });
    }

    public static SupervisionStatuses of(Register register, SupervisionPolicies.AuthorityPolicy policy) {
        return new SupervisionStatuses(register, policy);
    }

    /** Whether the register holds supervisions.csv: without it there are no figures (as the measures are null). */
    public boolean held() {
        return held;
    }

    public SupervisionPolicies.AuthorityPolicy policy() {
        return policy;
    }

    /** The teams, by id. */
    public List<String> teamIds() {
        return teamIds;
    }

    /** Every worker due supervision on the day, in the register's order. */
    public List<Status> on(LocalDate day) {
        List<Status> statuses = new ArrayList<>();
        for (Supervisee supervisee : supervisees) {
            status(supervisee, day).ifPresent(statuses::add);
        }
        return statuses;
    }

    /** One worker on the day; empty when they are not due supervision then (not in employment, or a senior manager). */
    public Optional<Status> of(String workerId, LocalDate day) {
        Supervisee supervisee = byId.get(workerId);
        return supervisee == null ? Optional.empty() : status(supervisee, day);
    }

    /** Due and overdue for the authority on the day. */
    public Tally authority(LocalDate day) {
        Tally tally = new Tally(0, 0);
        for (Status status : on(day)) {
            tally = tally.plus(status.overdue());
        }
        return tally;
    }

    /** Due and overdue by team on the day, every team listed. */
    public Map<String, Tally> byTeam(LocalDate day) {
        Map<String, Tally> byTeam = new LinkedHashMap<>();
        teamIds.forEach(team -> byTeam.put(team, new Tally(0, 0)));
        for (Status status : on(day)) {
            byTeam.computeIfPresent(status.teamId(), (team, tally) -> tally.plus(status.overdue()));
        }
        return byTeam;
    }

    private Optional<Status> status(Supervisee supervisee, LocalDate day) {
        Employment main = supervisee.history().mainRow(day);
        if (main == null || main.jobRole() == JobRole.SENIOR_MANAGER) {
            return Optional.empty();
        }
        SupervisionPolicies.Applied applied = policy.applied(supervisee.workerId(), day);
        NextSupervision next = new NextSupervision(applied.rule());
        LocalDate last = next.lastSession(day, supervisee.history(), supervisee.sessions());
        LocalDate due = next.after(last, supervisee.history());
        boolean session = !last.equals(supervisee.history().employmentStart(day))
                || supervisee.sessions().stream().anyMatch(s -> s.date().equals(last) && applied.rule().counts(s));
        long overdue = due.isBefore(day) ? ChronoUnit.DAYS.between(due, day) : 0;
        return Optional.of(new Status(supervisee.workerId(), main.teamId(), main.jobRole(), session ? last : null, due, overdue, applied));
    }
}
