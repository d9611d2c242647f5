package uk.retain.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import uk.retain.caseload.ProtectedWork;
import uk.retain.workforce.JobRole;

/**
 * Why: a code and its arguments, each typed (a worker, a team, a case, a percent, a count...), never words. Pages
 * turn a reason into words from {@code messages.properties} ({@code allocation.reason.<code>}) with the workers' and
 * teams' names ({@link Wording}); the JSON answers give both the words and the code.
 *
 * <p>A recommendation's reasons never name its own worker: "keeps siblings together" is said on the worker's card,
 * or beside the worker's id.
 */
public record Reason(Code code, List<Arg> args) implements java.io.Serializable {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(Code code, Arg... args) {
        return new Reason(code, List.of(args));
    }

    /** The arguments of {@code type}, in order. */
    public <T extends Arg> List<T> args(Class<T> type) {
        return args.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** What a reason says. The order of a code's arguments is the order of its message's {0}, {1}... */
    public enum Code {
        // Why a worker is recommended.
        /** (none) The worker holds, or is given, a sibling's case. */
        SIBLINGS_TOGETHER,
        /** (case, worker) A sibling's case among these goes to another worker. */
        SIBLING_GOES_TO,
        /** (worker, count) Another worker holds this many of the siblings' cases. */
        SIBLINGS_HELD_BY,
        /** (none) The worker already co-works the case. */
        CO_WORKS_THE_CASE,
        /** (none) The worker held this child before. */
        HELD_THE_CHILD,
        /** (none) The worker held a case of this family before. */
        HELD_THE_FAMILY,
        /** (team, percent) The lowest load in the team after the allocations. */
        LOWEST_LOAD_IN_TEAM,
        /** (percent) The lowest load of the workers who could take it, after the allocations. */
        LOWEST_LOAD,
        /** (team) Nobody else in the team has room left. */
        NOBODY_ELSE_IN_TEAM_HAS_ROOM,
        /** (none) Nobody else who could take it has room left. */
        NOBODY_ELSE_HAS_ROOM,
        /** (percent, worker, percent) The load after; another worker would be lower. */
        LOAD_AFTER_ANOTHER_LOWER,
        /** (locality) Same locality as the case. */
        SAME_LOCALITY,
        /** (worker, role, work) A co-worker is added because the worker is newly qualified and the work protected. */
        CO_WORKED_BY,
        /** (worker, role, work) The worker already co-working the case goes on, protecting the newly qualified worker. */
        CO_WORKER_STAYS,

        // Why a case is moved in a rebalancing plan.
        /** (worker, count, count) Moves from a worker over their cap: their cases against the cap. */
        MOVES_FROM_OVER_CAP,
        /** (worker, count, count) Moves from a worker over their points capacity: their points against it. */
        MOVES_FROM_OVER_CAPACITY,
        /** (count) The child has had this many primary workers in the year: moving them costs the least continuity. */
        FEWEST_WORKERS,
        /** (count) The siblings' cases move together, this many. */
        FAMILY_MOVES_TOGETHER,

        // Why a case must wait.
        /** (team, date) No case-holding worker in the team is available on the date. */
        NOBODY_AVAILABLE_IN_TEAM,
        /** (date) No case-holding worker is available on the date. */
        NOBODY_AVAILABLE,
        /** (team) No capacity in the team. */
        NO_CAPACITY_IN_TEAM,
        /** (none) No capacity anywhere. */
        NO_CAPACITY,
        /** (work, team) Only newly qualified workers have room, and no advanced practitioner or consultant can co-work. */
        NO_PROTECTOR_IN_TEAM,
        /** (work) The same, for a case for any team. */
        NO_PROTECTOR,
        /** (rule) The search placed it against a hard rule, so it was taken out. */
        SEARCH_BROKE_RULE,
        /** (worker) Not placed although this worker has room. */
        NOT_PLACED,

        // Why accepting now is refused (each names the case's proposed worker where it is about them).
        /** (worker) Somebody else gave the case a primary worker first. */
        ALREADY_ALLOCATED,
        /** (none) The case is not open on the date any more. */
        CASE_NOT_OPEN,
        /** (worker) Not in employment, or absent, on the date. */
        WORKER_NOT_AVAILABLE,
        /** (worker) Not in a role that holds cases. */
        NOT_A_CASE_HOLDER,
        /** (worker, team) Not in the case's team. */
        OUTSIDE_TEAM,
        /** (worker, count, count) Would hold this many cases against a cap of that many. */
        WOULD_BREAK_CAP,
        /** (worker, count, count) Would hold this many points against a capacity of that many. */
        WOULD_BREAK_CAPACITY,
        /** (worker, work) A newly qualified worker would hold protected work without an experienced co-worker. */
        WOULD_BE_ALONE,
        /** (rule) Breaks one of the rules on a co-worker. */
        BREAKS_RULE,
        /** (none) Breaks a rule of the caseload policy that no other reason names. */
        BREAKS_A_RULE;

        /** The message key of the code's words. */
        public String key() {
            return "allocation.reason." + name().toLowerCase(Locale.ROOT);
        }

        /** The code as the JSON answers give it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An argument of a reason, typed. */
    public sealed interface Arg extends java.io.Serializable permits WorkerId, TeamId, CaseId, Percent, Count, Day, Role, Work, Locality, RuleBroken {
    }

    /** A worker, by worker_id: shown by name. */
    public record WorkerId(String workerId) implements Arg {
    }

    /** A team, by team_id: shown by name. */
    public record TeamId(String teamId) implements Arg {
    }

    public record CaseId(String caseId) implements Arg {
    }

    /** A load as a percentage of capacity. */
    public record Percent(double percent) implements Arg {
    }

    public record Count(long count) implements Arg {
    }

    public record Day(LocalDate date) implements Arg {
    }

    public record Role(JobRole role) implements Arg {
    }

    /** Child protection or court work. */
    public record Work(ProtectedWork work) implements Arg {
    }

    /** A locality as teams.csv names it. */
    public record Locality(String locality) implements Arg {
    }

    /** One of the hard rules. */
    public record RuleBroken(HardRule rule) implements Arg {
    }

    public static WorkerId worker(String workerId) {
        return new WorkerId(workerId);
    }

    public static TeamId team(String teamId) {
        return new TeamId(teamId);
    }

    public static Percent percent(double percent) {
        return new Percent(percent);
    }

    public static Count count(long count) {
        return new Count(count);
    }
}
