package uk.retain.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import uk.retain.caseload.CaseloadPolicy;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Worker;

/**
 * Loads Exampleshire and one demo user per role on the first start of the embedded default, so that a newcomer
 * sees a working service at once. {@code retain.demo.load}: {@code auto} (H2 only), {@code always}, {@code never}.
 */
@Component
@ConditionalOnWebApplication
class DemoLoader implements ApplicationRunner {

    /** The demo users' password: for the embedded demo only, listed in the README. */
    static final String DEMO_PASSWORD = "exampleshire-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Registers registers;
    private final Accounts accounts;
    private final String load;
    private final String databaseUrl;
    private final uk.retain.agency.MixTargets mixTargets;

    DemoLoader(Registers registers, Accounts accounts, @Value("${retain.demo.load:auto}") String load,
            @Value("${spring.datasource.url:}") String databaseUrl, uk.retain.agency.MixTargets mixTargets) {
        this.registers = registers;
        this.mixTargets = mixTargets;
        this.accounts = accounts;
        this.load = load;
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted(load, databaseUrl) || !registers.authorities().isEmpty()) {
            return;
        }
        log.info("Loading the demo council (la_code {}) and its demo users", DemoCouncil.LA_CODE);
        long started = System.nanoTime();
        Register register = DemoCouncil.demo();
        long generated = System.nanoTime();
        // Stored as its bundle would be imported: the careers files' rows go to the development module's tables.
        registers.replace(DemoCareers.withCareers(register));
        DemoMixTarget.set(mixTargets);
        long stored = System.nanoTime();
        for (Account account : demoAccounts(register)) {
            if (!accounts.exists(account.username())) {
                accounts.create(account, DEMO_PASSWORD);
            }
        }
        long users = System.nanoTime();
        // Its neighbours in the demo region, for the regional pages and checks: registers only, no users of their own.
        DemoRegion.neighbours(register).forEach(registers::replace);
        log.info("Demo council generated in {} ms, stored in {} ms, its users added in {} ms, its two neighbours in {} ms",
                (generated - started) / 1_000_000, (stored - generated) / 1_000_000, (users - stored) / 1_000_000,
                (System.nanoTime() - users) / 1_000_000);
    }

    /** Whether {@code retain.demo.load} asks for the demo on the database at {@code databaseUrl}. */
    static boolean wanted(String load, String databaseUrl) {
        return switch (load) {
            case "always" -> true;
            case "auto" -> databaseUrl.startsWith("jdbc:h2:");
            default -> false;
        };
    }

    /**
     * The team the demo's team manager manages: of the teams with someone over their cap under the default policy
     * on {@code day} that have a team manager in post (whom the demo's team manager is), the one with the most room
     * left (ties to the smaller team_id), so that the manager sees both an overloaded worker and recommendations that
     * place the queue.
     */
    private static String teamToManage(Register register, LocalDate day) {
        Caseloads caseloads = Caseloads.of(register, CaseloadPolicy.DEFAULT, day);
        Map<String, int[]> overAndRoom = new java.util.TreeMap<>();
        for (WorkerLoad load : caseloads.workers().values()) {
            if (CaseloadPolicy.DEFAULT.holdsCases(load.role())) {
                int[] team = overAndRoom.computeIfAbsent(load.teamId(), id -> new int[2]);
                team[0] += load.overCap() ? 1 : 0;
                team[1] += load.absent() ? 0 : Math.max(0, load.cap() - load.cases());
            }
        }
        return overAndRoom.entrySet().stream().filter(team -> team.getValue()[0] > 0)
                .filter(team -> holderOf(register, JobRole.TEAM_MANAGER, team.getKey(), day).isPresent())
                .max(Comparator.comparingInt((Map.Entry<String, int[]> team) -> team.getValue()[1])
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /**
     * One user per role. Those who stand for a person of the register are that person, named as the register names
     * them, so that the banner, the users page and every page about them agree: the social worker is the demo's
     * busiest case holder at the end of its history; the team manager is the register's team manager of a team with
     * an overloaded worker and room for its queue ({@link #teamToManage}), and manages every team they manage in the
     * register on that day; the workforce lead is the principal social worker and the senior leader the senior
     * manager in post on that day, when the register has one (else a name no worker has, and no worker). HR, the
     * regional analyst and the administrator are not social workers and are in no register.
     */
    static List<Account> demoAccounts(Register register) {
        LocalDate end = CouncilSize.DEMO.historyEnd();
        Map<String, Integer> held = new HashMap<>();
        for (Allocation allocation : register.allocations()) {
            if (allocation.isPrimary() && allocation.inForceOn(end)) {
                held.merge(allocation.workerId(), 1, Integer::sum);
            }
        }
        String worker = held.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow();
        String manager = holderOf(register, JobRole.TEAM_MANAGER, teamToManage(register, end), end).orElseThrow();
        Set<String> managed = new TreeSet<>();
        for (Employment row : register.employments()) {
            if (row.workerId().equals(manager) && row.jobRole() == JobRole.TEAM_MANAGER && row.inForceOn(end)) {
                managed.add(row.teamId());
            }
        }
        String la = DemoCouncil.LA_CODE;
        return List.of(
                new Account("social.worker", nameOf(register, worker), Role.SOCIAL_WORKER, la, null, Set.of(), worker),
                new Account("team.manager", nameOf(register, manager), Role.TEAM_MANAGER, la, null, managed, manager),
                standingFor(register, "workforce.lead", "Priya Principal Social Worker", Role.WORKFORCE_LEAD,
                        holderOf(register, JobRole.PRINCIPAL_SOCIAL_WORKER, null, end).orElse(null)),
                new Account("hr.officer", "Harry HR Officer", Role.HR, la, null, Set.of(), null),
                standingFor(register, "senior.leader", "Dana Director", Role.SENIOR_LEADER,
                        holderOf(register, JobRole.SENIOR_MANAGER, null, end).orElse(null)),
                new Account("regional.analyst", "Rory Regional Analyst", Role.REGIONAL_ANALYST, null,
                        DemoCouncil.REGION_EAST_OF_ENGLAND, Set.of(), null),
                new Account("administrator", "Ada Administrator", Role.ADMINISTRATOR, la, null, Set.of(), null));
    }

    /** An account that is the register's {@code workerId} and has their name, or, with no such worker, none. */
    private static Account standingFor(Register register, String username, String otherwise, Role role, String workerId) {
        return new Account(username, workerId == null ? otherwise : nameOf(register, workerId), role, DemoCouncil.LA_CODE,
                null, Set.of(), workerId);
    }

    /**
     * The worker holding {@code role} on {@code day} (in {@code teamId}, unless null): of several, the one in the role
     * longest, ties to the smaller worker_id.
     */
    private static java.util.Optional<String> holderOf(Register register, JobRole role, String teamId, LocalDate day) {
        return register.employments().stream()
                .filter(row -> row.jobRole() == role && row.inForceOn(day) && (teamId == null || teamId.equals(row.teamId())))
                .min(Comparator.comparing(Employment::startDate).thenComparing(Employment::workerId))
                .map(Employment::workerId);
    }

    /** A worker's name as the register's pages show it: given name first. */
    private static String nameOf(Register register, String workerId) {
        Worker worker = register.workers().stream().filter(w -> w.workerId().equals(workerId)).findFirst().orElseThrow();
        return worker.fullName();
    }
}
