package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import uk.retain.development.CriticalRolesFile;
import uk.retain.development.LevelChangesFile;
import uk.retain.development.Readiness;
import uk.retain.development.SuccessorsFile;
import uk.retain.development.TransferRequestsFile;
import uk.retain.development.TransferRule;
import uk.retain.development.TransferStatus;
import uk.retain.people.Account;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * The demo council's careers records, as the four bundle files of the development module (decision 0034), from the
 * register alone: social workers at levels 2 and 3 of the default pathway ({@link DemoLevels}); three transfer
 * requests, one approved (the worker moved 60 days before the history's last day, which their employment rows
 * show), one declined and one waiting in the demo team manager's team for that manager's answer; and critical roles
 * with and without a ready successor. Workers are taken in id order, so the same register always gives the same
 * records; the demo social worker has no request, so that they can ask for one. The demo loader stores the register
 * with them as an import would (the rows go to the module's tables), and {@code demo-bundle} writes them.
 */
public final class DemoCareers {

    private DemoCareers() {
    }

    /** The demo council {@code register} (as generated) with its careers files and the approved transfer's move. */
    public static Register withCareers(Register register) {
        LocalDate end = CouncilSize.DEMO.historyEnd();
        List<Account> accounts = DemoLoader.demoAccounts(register);
        Map<String, EmploymentHistory> histories = new TreeMap<>();
        Map<String, List<Employment>> rows = new TreeMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        rows.forEach((id, list) -> histories.put(id, EmploymentHistory.of(list)));
        String socialWorker = accounts.stream().filter(a -> a.username().equals("social.worker")).findFirst().map(Account::workerId).orElse(null);
        String managedTeam = accounts.stream().filter(a -> a.username().equals("team.manager")).findFirst()
                .flatMap(a -> a.teamIds().stream().sorted().findFirst()).orElse(null);
        List<TransferRequestsFile.Row> transfers = transfers(register, histories, end, socialWorker, managedTeam);
        List<CriticalRolesFile.Row> roles = new ArrayList<>();
        List<SuccessorsFile.Row> successors = new ArrayList<>();
        succession(register, histories, end, roles, successors);
        List<LevelChangesFile.Row> levels = new ArrayList<>();
        DemoLevels.of(register, end, "demo").values().forEach(changes -> changes.forEach(change ->
                levels.add(new LevelChangesFile.Row(change.workerId(), change.levelCode(), change.fromDate()))));
        return register.toBuilder().employments(moved(register.employments(), transfers))
                .rows(TransferRequestsFile.class, transfers).rows(CriticalRolesFile.class, roles)
                .rows(SuccessorsFile.class, successors).rows(LevelChangesFile.class, levels).build();
    }

    /**
     * The employment rows with each approved move made as an approval in Retain makes it: the open-ended row in the
     * team left ends the day before, and a row in the receiving team (same contract, job role and FTE; no post) starts.
     */
    private static List<Employment> moved(List<Employment> employments, List<TransferRequestsFile.Row> transfers) {
        List<Employment> rows = new ArrayList<>(employments);
        for (TransferRequestsFile.Row t : transfers) {
            if (t.status() != TransferStatus.APPROVED) {
                continue;
            }
            Employment leaving = rows.stream().filter(row -> row.workerId().equals(t.workerId()) && row.teamId().equals(t.fromTeamId())
                    && row.endDate() == null && row.startDate().isBefore(t.moveOn())).findFirst().orElseThrow();
            rows.set(rows.indexOf(leaving), new Employment(leaving.workerId(), leaving.contract(), leaving.jobRole(), leaving.teamId(),
                    leaving.postId(), leaving.fte(), leaving.startDate(), t.moveOn().minusDays(1), null, null));
            rows.add(new Employment(leaving.workerId(), leaving.contract(), leaving.jobRole(), t.toTeamId(), null, leaving.fte(),
                    t.moveOn(), null, null, null));
        }
        return rows;
    }

    /**
     * Critical roles: the principal social worker (a successor ready in 1 to 2 years, none ready now), the service
     * managers (a team manager ready now), and the team manager of each of the first three teams with one in post:
     * the first with a senior of the team ready now, the second with one ready in 3 years or more, the third with none.
     */
    private static void succession(Register register, Map<String, EmploymentHistory> histories, LocalDate end,
            List<CriticalRolesFile.Row> roles, List<SuccessorsFile.Row> successors) {
        List<String> seniors = new ArrayList<>();
        List<String> managers = new ArrayList<>();
        Map<String, String> managedTeams = new TreeMap<>();
        histories.forEach((id, history) -> {
            Employment main = history.mainRow(end, EmploymentHistory.Kind.NON_AGENCY);
            if (main == null || main != history.mainRow(end)) {
                return;
            }
            if (main.jobRole() == JobRole.SENIOR_SOCIAL_WORKER || main.jobRole() == JobRole.ADVANCED_PRACTITIONER) {
                seniors.add(id);
            }
            if (main.jobRole() == JobRole.TEAM_MANAGER) {
                managers.add(id);
                managedTeams.putIfAbsent(main.teamId(), id);
            }
        });
        roles.add(new CriticalRolesFile.Row("CR-1", "Principal social worker", null, JobRole.PRINCIPAL_SOCIAL_WORKER, null));
        if (!seniors.isEmpty()) {
            successors.add(new SuccessorsFile.Row("CR-1", seniors.get(seniors.size() - 1), Readiness.ONE_TO_TWO_YEARS));
        }
        roles.add(new CriticalRolesFile.Row("CR-2", "Service manager", null, JobRole.SERVICE_MANAGER, null));
        if (!managers.isEmpty()) {
            successors.add(new SuccessorsFile.Row("CR-2", managers.get(0), Readiness.READY_NOW));
        }
        Map<String, String> teamNames = new TreeMap<>();
        register.teams().forEach(t -> teamNames.put(t.teamId(), t.name()));
        int i = 0;
        for (String team : managedTeams.keySet()) {
            if (i == 3) {
                break;
            }
            String role = "CR-" + (3 + i);
            roles.add(new CriticalRolesFile.Row(role, "Team manager, " + teamNames.get(team), null, JobRole.TEAM_MANAGER, team));
            String senior = seniors.stream().filter(id -> histories.get(id).mainRow(end).teamId().equals(team)).findFirst()
                    .orElse(seniors.isEmpty() ? null : seniors.get(i % seniors.size()));
            if (senior != null && i < 2) {
                successors.add(new SuccessorsFile.Row(role, senior, i == 0 ? Readiness.READY_NOW : Readiness.THREE_PLUS_YEARS));
            }
            i++;
        }
    }

    /** A worker in open-ended, non-agency employment on {@code day}, in post in their team at least 13 months by then. */
    private static boolean settled(EmploymentHistory history, LocalDate day) {
        Employment main = history.mainRow(day, EmploymentHistory.Kind.NON_AGENCY);
        Employment any = history.mainRow(day);
        if (main == null || main != any || main.endDate() != null || main.jobRole().orgRole() != 5 || main.jobRole().newlyQualified()) {
            return false;
        }
        LocalDate since = TransferRule.inPostSince(history, day);
        return since != null && !since.plusMonths(13).isAfter(day);
    }

    private static List<TransferRequestsFile.Row> transfers(Register register, Map<String, EmploymentHistory> histories, LocalDate end,
            String socialWorker, String managedTeam) {
        List<String> teams = register.teams().stream().map(Team::teamId).sorted().toList();
        List<String> used = new ArrayList<>();
        used.add(socialWorker);
        List<TransferRequestsFile.Row> requests = new ArrayList<>();
        LocalDate movedOn = end.minusDays(60);
        // Approved: the first settled worker outside the manager's team, who moved 60 days before the end.
        pick(histories, used, movedOn.minusDays(1), team -> !team.equals(managedTeam)).ifPresent(id -> {
            used.add(id);
            String from = histories.get(id).mainRow(movedOn.minusDays(1)).teamId();
            requests.add(new TransferRequestsFile.Row("TR-1", id, from, otherTeam(register, teams, from, managedTeam), movedOn.minusDays(45),
                    TransferStatus.APPROVED, "I would like experience of a different part of the service.", true, true, movedOn,
                    movedOn.minusDays(30), "Agreed at the workforce meeting."));
        });
        // Declined: the next settled worker outside the manager's team.
        pick(histories, used, end.minusDays(30), team -> !team.equals(managedTeam)).ifPresent(id -> {
            used.add(id);
            String from = histories.get(id).mainRow(end).teamId();
            requests.add(new TransferRequestsFile.Row("TR-2", id, from, otherTeam(register, teams, from, managedTeam), end.minusDays(40),
                    TransferStatus.DECLINED, "Closer to home.", false, null, null, end.minusDays(35),
                    "The team is two workers short until the new starters arrive in January."));
        });
        // Waiting: a settled worker of the manager's team, the receiving manager has agreed, the current one (the demo
        // team manager) not answered yet.
        if (managedTeam != null) {
            pick(histories, used, end, team -> team.equals(managedTeam)).ifPresent(id -> {
                used.add(id);
                requests.add(new TransferRequestsFile.Row("TR-3", id, managedTeam, otherTeam(register, teams, managedTeam, null),
                        end.minusDays(12), TransferStatus.REQUESTED, "I would like to work with older children.", null, true, null, null, null));
            });
        }
        return requests;
    }

    private static Optional<String> pick(Map<String, EmploymentHistory> histories, List<String> used, LocalDate day,
            Predicate<String> team) {
        return histories.entrySet().stream().filter(e -> !used.contains(e.getKey()) && settled(e.getValue(), day)
                && settled(e.getValue(), CouncilSize.DEMO.historyEnd()) && team.test(e.getValue().mainRow(day).teamId()))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Another team of the same service when there is one (not {@code avoid}), else the first other team. */
    private static String otherTeam(Register register, List<String> teams, String from, String avoid) {
        var service = register.teams().stream().filter(t -> t.teamId().equals(from)).findFirst().map(Team::service).orElse(null);
        return register.teams().stream().filter(t -> !t.teamId().equals(from) && !t.teamId().equals(avoid) && t.service() == service)
                .map(Team::teamId).sorted().findFirst()
                .orElse(teams.stream().filter(t -> !t.equals(from) && !t.equals(avoid)).findFirst().orElseThrow());
    }
}
