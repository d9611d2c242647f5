package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import uk.retain.development.CareerPathways;
import uk.retain.development.Readiness;
import uk.retain.development.Succession;
import uk.retain.development.TransferRule;
import uk.retain.development.Transfers;
import uk.retain.people.Account;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * The demo council's careers records, which live in Retain's own tables rather than in the bundle: social workers at
 * levels 2 and 3 of the default pathway (recorded level changes), and three transfer requests, one approved (the
 * worker moved 60 days before the history's last day), one declined and one waiting in the demo team manager's
 * team for that manager's answer; and critical roles with and without a ready successor. The choices follow the register alone (workers in id order), so the same register
 * always gives the same records; the demo social worker has no request, so that they can ask for one.
 */
@Component
class CareersDemo {

    static final String BY = "demo";

    private final CareerPathways pathways;
    private final Transfers transfers;
    private final Succession succession;

    CareersDemo(CareerPathways pathways, Transfers transfers, Succession succession) {
        this.pathways = pathways;
        this.transfers = transfers;
        this.succession = succession;
    }

    void load(Register register, List<Account> accounts) {
        String la = register.authority().laCode();
        LocalDate end = CouncilSize.DEMO.historyEnd();
        Map<String, EmploymentHistory> histories = new TreeMap<>();
        Map<String, List<Employment>> rows = new TreeMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        rows.forEach((id, list) -> histories.put(id, EmploymentHistory.of(list)));
        levels(register, end);
        String socialWorker = accounts.stream().filter(a -> a.username().equals("social.worker")).findFirst().map(Account::workerId).orElse(null);
        String managedTeam = accounts.stream().filter(a -> a.username().equals("team.manager")).findFirst()
                .flatMap(a -> a.teamIds().stream().sorted().findFirst()).orElse(null);
        transfers(register, histories, end, socialWorker, managedTeam);
        succession(register, histories, end);
    }

    /**
     * Critical roles: the principal social worker (a successor ready in 1 to 2 years, none ready now), the service
     * managers (a team manager ready now), and the team manager of each of the first three teams with one in post:
     * the first with a senior of the team ready now, the second with one ready in 3 years or more, the third with none.
     */
    private void succession(Register register, Map<String, EmploymentHistory> histories, LocalDate end) {
        String la = register.authority().laCode();
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
        long psw = succession.addRole(la, "Principal social worker", null, JobRole.PRINCIPAL_SOCIAL_WORKER, null, BY);
        if (!seniors.isEmpty()) {
            succession.nameSuccessor(la, psw, seniors.get(seniors.size() - 1), Readiness.ONE_TO_TWO_YEARS, BY);
        }
        long service = succession.addRole(la, "Service manager", null, JobRole.SERVICE_MANAGER, null, BY);
        if (!managers.isEmpty()) {
            succession.nameSuccessor(la, service, managers.get(0), Readiness.READY_NOW, BY);
        }
        Map<String, String> teamNames = new TreeMap<>();
        register.teams().forEach(t -> teamNames.put(t.teamId(), t.name()));
        int i = 0;
        for (String team : managedTeams.keySet()) {
            if (i == 3) {
                break;
            }
            long role = succession.addRole(la, "Team manager, " + teamNames.get(team), null, JobRole.TEAM_MANAGER, team, BY);
            String senior = seniors.stream().filter(id -> histories.get(id).mainRow(end).teamId().equals(team)).findFirst()
                    .orElse(seniors.isEmpty() ? null : seniors.get(i % seniors.size()));
            if (senior != null && i < 2) {
                succession.nameSuccessor(la, role, senior, i == 0 ? Readiness.READY_NOW : Readiness.THREE_PLUS_YEARS, BY);
            }
            i++;
        }
    }

    /** The level changes of {@link DemoLevels}, recorded in Retain. */
    private void levels(Register register, LocalDate end) {
        String la = register.authority().laCode();
        DemoLevels.of(register, end, BY).values().forEach(changes -> changes.forEach(change ->
                pathways.recordChange(la, change.workerId(), change.levelCode(), change.fromDate(), BY)));
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

    private void transfers(Register register, Map<String, EmploymentHistory> histories, LocalDate end, String socialWorker,
            String managedTeam) {
        String la = register.authority().laCode();
        List<String> teams = register.teams().stream().map(Team::teamId).sorted().toList();
        List<String> used = new ArrayList<>();
        used.add(socialWorker);
        LocalDate movedOn = end.minusDays(60);
        // Approved: the first settled worker outside the manager's team, who moved 60 days before the end.
        Optional<String> approved = pick(histories, used, movedOn.minusDays(1), team -> !team.equals(managedTeam));
        approved.ifPresent(id -> {
            used.add(id);
            String from = histories.get(id).mainRow(movedOn.minusDays(1)).teamId();
            String to = otherTeam(register, teams, from, managedTeam);
            long request = transfers.insert(la, id, from, to, "I would like experience of a different part of the service.",
                    movedOn.minusDays(45), BY);
            transfers.answer(la, request, Transfers.Side.CURRENT, true, BY);
            transfers.answer(la, request, Transfers.Side.RECEIVING, true, BY);
            transfers.approve(la, request, movedOn, "Agreed at the workforce meeting.", BY, version -> {
            });
        });
        // Declined: the next settled worker outside the manager's team.
        pick(histories, used, end.minusDays(30), team -> !team.equals(managedTeam)).ifPresent(id -> {
            used.add(id);
            String from = histories.get(id).mainRow(end).teamId();
            long request = transfers.insert(la, id, from, otherTeam(register, teams, from, managedTeam), "Closer to home.",
                    end.minusDays(40), BY);
            transfers.answer(la, request, Transfers.Side.CURRENT, false, BY);
            transfers.decline(la, request, "The team is two workers short until the new starters arrive in January.", BY);
        });
        // Waiting: a settled worker of the manager's team, the receiving manager has agreed, the current one (the demo
        // team manager) not answered yet.
        if (managedTeam != null) {
            pick(histories, used, end, team -> team.equals(managedTeam)).ifPresent(id -> {
                used.add(id);
                String to = otherTeam(register, teams, managedTeam, null);
                long request = transfers.insert(la, id, managedTeam, to, "I would like to work with older children.",
                        end.minusDays(12), BY);
                transfers.answer(la, request, Transfers.Side.RECEIVING, true, BY);
            });
        }
    }

    private static Optional<String> pick(Map<String, EmploymentHistory> histories, List<String> used, LocalDate day,
            java.util.function.Predicate<String> team) {
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
