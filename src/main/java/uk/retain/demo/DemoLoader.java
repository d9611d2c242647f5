package uk.retain.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

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

    DemoLoader(Registers registers, Accounts accounts, @Value("${retain.demo.load:auto}") String load,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.registers = registers;
        this.accounts = accounts;
        this.load = load;
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = switch (load) {
            case "always" -> true;
            case "auto" -> databaseUrl.startsWith("jdbc:h2:");
            default -> false;
        };
        if (!wanted || !registers.authorities().isEmpty()) {
            return;
        }
        log.info("Loading the demo council (la_code {}) and its demo users", DemoCouncil.LA_CODE);
        Register register = DemoCouncil.demo();
        registers.replace(register);
        for (Account account : demoAccounts(register)) {
            if (!accounts.exists(account.username())) {
                accounts.create(account, DEMO_PASSWORD);
            }
        }
    }

    /**
     * One user per role: the social worker is the demo's busiest case holder at the end of its history, and the
     * team manager manages the case-holding team with the lightest load (cases per FTE), so that the demo's
     * recommendations have room to place the queue; the busiest teams have none, and say "escalate".
     */
    private static final Set<JobRole> CASE_HOLDERS = Set.of(JobRole.ASYE_SOCIAL_WORKER, JobRole.SOCIAL_WORKER,
            JobRole.SENIOR_SOCIAL_WORKER, JobRole.ADVANCED_PRACTITIONER, JobRole.CONSULTANT_SOCIAL_WORKER);

    /** The team holding cases whose case holders hold the fewest per FTE on {@code day}; ties to the smaller team_id. */
    private static String lightestLoadedTeam(Register register, LocalDate day, Map<String, Integer> held) {
        Map<String, double[]> casesAndFte = new java.util.TreeMap<>();
        for (Employment row : register.employments()) {
            if (row.inForceOn(day) && CASE_HOLDERS.contains(row.jobRole())) {
                double[] team = casesAndFte.computeIfAbsent(row.teamId(), id -> new double[2]);
                team[0] += held.getOrDefault(row.workerId(), 0);
                team[1] += row.fte().doubleValue();
            }
        }
        return casesAndFte.entrySet().stream().filter(team -> team.getValue()[0] > 0)
                .min(Comparator.comparingDouble(team -> team.getValue()[0] / team.getValue()[1]))
                .map(Map.Entry::getKey).orElseThrow();
    }

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
        String team = lightestLoadedTeam(register, end, held);
        String la = DemoCouncil.LA_CODE;
        return List.of(
                new Account("social.worker", "Sam Social Worker", Role.SOCIAL_WORKER, la, null, Set.of(), worker),
                new Account("team.manager", "Tara Team Manager", Role.TEAM_MANAGER, la, null, Set.of(team), null),
                new Account("workforce.lead", "Priya Principal Social Worker", Role.WORKFORCE_LEAD, la, null, Set.of(), null),
                new Account("hr.officer", "Harry HR Officer", Role.HR, la, null, Set.of(), null),
                new Account("senior.leader", "Dana Director", Role.SENIOR_LEADER, la, null, Set.of(), null),
                new Account("regional.analyst", "Rory Regional Analyst", Role.REGIONAL_ANALYST, null,
                        DemoCouncil.REGION_EAST_OF_ENGLAND, Set.of(), null),
                new Account("administrator", "Ada Administrator", Role.ADMINISTRATOR, la, null, Set.of(), null));
    }
}
