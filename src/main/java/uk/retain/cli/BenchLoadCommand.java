package uk.retain.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.retain.demo.DemoCouncil;
import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.workforce.Authority;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;

/**
 * The measures API under load: one or two Retain nodes (JVMs of their own) on one PostgreSQL, sent a fixed rate of
 * measures calls (mixed dates, by team or not, several users and roles, HTTP Basic) for a fixed time on loopback,
 * after a warm-up; prints the latency percentiles and errors (issue target: p50 at most 20 ms, p99 at most 100 ms,
 * no error, at 200 a second).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Send a fixed rate of measures calls to Retain nodes on PostgreSQL and print the latencies.")
final class BenchLoadCommand implements Callable<Integer> {

    static final String PASSWORD = "retain-bench-load";

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--council", defaultValue = "demo", description = "demo (Exampleshire) or national (153 councils; built on first use)")
    String council;

    @Option(names = "--nodes", defaultValue = "1", description = "application nodes on the one database (1 or 2)")
    int nodes;

    @Option(names = "--rate", defaultValue = "200", description = "requests a second (default 200)")
    int rate;

    @Option(names = "--seconds", defaultValue = "60", description = "how long the timed load lasts (default 60)")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "20", description = "seconds of the same load before it, not counted (default 20)")
    int warmUp;

    @Option(names = "--pg-data", paramLabel = "DIR", description = "the embedded PostgreSQL's data directory, kept between runs (default: retain-bench-pg in the temporary folder)")
    Path pgData;

    @Option(names = "--node-option", paramLabel = "JVM_OPTION", description = "a JVM option for each node, e.g. --node-option=-Xmx2g")
    List<String> nodeOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!council.equals("demo") && !council.equals("national")) {
            err.println("retain: --council is demo or national");
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        if (nodes < 1 || nodes > 8 || rate < 1 || rate > 2000 || seconds < 1 || seconds > 600 || warmUp < 0 || warmUp > 600) {
            err.println("retain: --nodes 1 to 8, --rate 1 to 2000, --seconds 1 to 600, --warm-up 0 to 600");
            return RetainCommand.EXIT_INVALID_INPUT;
        }
        out.printf("Machine: %d processors, Java %s, load average %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage());
        Path data = pgData != null ? pgData : Path.of(System.getProperty("java.io.tmpdir"), "retain-bench-pg");
        try (BenchPostgres database = BenchPostgres.open("retain_" + council, data)) {
            out.printf("Database: %s%n", database.description);
            out.flush();
            List<User> users = prepare(database, out);
            Path logs = Files.createTempDirectory("retain-bench-load");
            Map<String, String> environment = Map.of("RETAIN_DB_URL", database.url, "RETAIN_DB_USER", database.user,
                    "RETAIN_DB_PASSWORD", database.password);
            List<BenchNode> started = new ArrayList<>();
            try {
                for (int i = 1; i <= nodes; i++) {
                    BenchNode node = BenchNode.start("node-" + i, environment, nodeOptions,
                            List.of("--retain.demo.load=never", "--logging.level.root=warn"), logs, logs);
                    started.add(node);
                    out.printf("%s: healthy %.1f s after launch (port %d; JVM options %s; logs in %s)%n", node.name,
                            node.secondsToHealthy, node.port, nodeOptions.isEmpty() ? "none" : nodeOptions, logs);
                    out.flush();
                }
                return load(started, users, out);
            } finally {
                for (BenchNode node : started) {
                    node.close();
                }
            }
        }
    }

    private int load(List<BenchNode> started, List<User> users, PrintWriter out) throws Exception {
        List<String> bases = started.stream().map(BenchNode::base).toList();
        List<LocalDate> dates = dates(council.equals("demo") ? LocalDate.of(2022, 10, 1) : NationalCouncils.FROM,
                council.equals("demo") ? LocalDate.of(2026, 10, 31) : NationalCouncils.TO);
        Random random = new Random(2025);
        // Every user and every council once on every node first, as on a service that has been running: its
        // registers are in memory and its callers' passwords checked (HTTP Basic remembers a check for a minute).
        List<LoadGenerator.Call> prime = new ArrayList<>();
        for (User user : users) {
            for (int i = 0; i < bases.size(); i++) {
                prime.add(user.call(user.sees.getFirst(), dates.getLast(), user.role == Role.TEAM_MANAGER));
            }
        }
        for (String laCode : councilsOf(users)) {
            User someone = users.stream().filter(u -> u.sees(laCode) && u.role != Role.TEAM_MANAGER).findFirst().orElseThrow();
            for (int i = 0; i < bases.size(); i++) {
                prime.add(someone.call(laCode, dates.getLast(), false));
            }
        }
        LoadGenerator.Result primeResult = LoadGenerator.closed(bases, prime, 2 * bases.size());
        out.printf("Prime: every user and every council once on every node, two calls at a time a node (%,d calls): %.1f s, median %.0f ms,"
                + " max %.0f ms, %d errors%n", prime.size(), primeResult.sendingSeconds(), primeResult.percentile(50),
                primeResult.percentile(100), primeResult.errorCount());
        Set<String> askedBefore = new HashSet<>();
        prime.forEach(c -> askedBefore.add(c.answer()));
        if (warmUp > 0) {
            List<LoadGenerator.Call> warm = mix(users, dates, rate * warmUp, random);
            warm.forEach(c -> askedBefore.add(c.answer()));
            out.printf("Warm-up: %d s at %d a second...%n", warmUp, rate);
            out.flush();
            LoadGenerator.Result warmResult = LoadGenerator.run(bases, warm, rate);
            out.printf("Warm-up: %s%n", warmResult.summary());
        }
        List<LoadGenerator.Call> timed = mix(users, dates, rate * seconds, random);
        Set<String> distinct = new TreeSet<>();
        timed.forEach(c -> distinct.add(c.answer()));
        long fresh = distinct.stream().filter(a -> !askedBefore.contains(a)).count();
        out.printf("Timed: %d s at %d a second to %d node(s), %d users, %d dates; %,d distinct answers asked, %,d of them not asked before%n",
                seconds, rate, bases.size(), users.size(), dates.size(), distinct.size(), fresh);
        out.flush();
        double[] from = started.stream().mapToDouble(BenchNode::uptime).toArray();
        String before = loadAverage();
        LoadGenerator.Result result = LoadGenerator.run(bases, timed, rate);
        out.printf("Timed (load average %s -> %s): %s%n", before, loadAverage(), result.summary());
        for (int i = 0; i < started.size(); i++) {
            BenchNode node = started.get(i);
            out.printf("%s heap during the timed load: %s; over its whole run: %s%n", node.name,
                    node.heap(from[i], node.uptime()), node.heap());
        }
        boolean met = result.errorCount() == 0 && result.percentile(50) <= 20 && result.percentile(99) <= 100;
        out.printf("Targets (p50 <= 20 ms, p99 <= 100 ms, no error): %s%n", met ? "met" : "NOT met");
        out.flush();
        return 0;
    }

    /** One bench user: who they are, their HTTP Basic header, and the councils they see. */
    record User(String name, Role role, String laCode, String regionCode, Set<String> teams, List<String> sees,
            double weight) {

        boolean sees(String laCode) {
            return sees.contains(laCode);
        }

        LoadGenerator.Call call(String laCode, LocalDate date, boolean byTeam) {
            String authorization = "Basic " + Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return new LoadGenerator.Call("/api/v1/authorities/" + laCode + "/measures?date=" + date + (byTeam ? "&by=team" : ""),
                    authorization, laCode + "|" + date + "|" + byTeam);
        }
    }

    /** {@code count} calls: a user by weight, one of their councils, a date, and by team (always for a team manager). */
    static List<LoadGenerator.Call> mix(List<User> users, List<LocalDate> dates, int count, Random random) {
        double total = users.stream().mapToDouble(User::weight).sum();
        List<LoadGenerator.Call> calls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double pick = random.nextDouble() * total;
            User user = users.getLast();
            for (User u : users) {
                pick -= u.weight;
                if (pick < 0) {
                    user = u;
                    break;
                }
            }
            String laCode = user.sees.get(random.nextInt(user.sees.size()));
            boolean byTeam = user.role == Role.TEAM_MANAGER || random.nextDouble() < 0.4;
            calls.add(user.call(laCode, dates.get(random.nextInt(dates.size())), byTeam));
        }
        return calls;
    }

    /** Each 30 September of the history after its first year, and the last twelve month ends. */
    static List<LocalDate> dates(LocalDate from, LocalDate to) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
            LocalDate census = CensusYear.of(year).referenceDate();
            if (!census.isAfter(to)) {
                dates.add(census);
            }
        }
        YearMonth last = YearMonth.from(to).atEndOfMonth().isAfter(to) ? YearMonth.from(to).minusMonths(1) : YearMonth.from(to);
        for (int i = 0; i < 12; i++) {
            dates.add(last.minusMonths(i).atEndOfMonth());
        }
        return List.copyOf(dates);
    }

    private static List<String> councilsOf(List<User> users) {
        TreeSet<String> councils = new TreeSet<>();
        users.forEach(u -> councils.addAll(u.sees));
        return List.copyOf(councils);
    }

    /** The council(s) and the bench users in the database, made if missing; answers the users. */
    private List<User> prepare(BenchPostgres database, PrintWriter out) throws Exception {
        SpringApplication application = new SpringApplication(bench.application());
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run("--spring.datasource.url=" + database.url,
                "--spring.datasource.username=" + database.user, "--spring.datasource.password=" + database.password,
                "--retain.demo.load=never", "--logging.level.root=warn")) {
            Registers registers = context.getBean(Registers.class);
            Accounts accounts = context.getBean(Accounts.class);
            long started = System.nanoTime();
            if (council.equals("demo")) {
                if (registers.find(DemoCouncil.LA_CODE).isEmpty()) {
                    registers.replace(DemoCouncil.demo());
                }
            } else {
                NationalCouncils.Totals totals = NationalCouncils.build(registers, NationalCouncils.COUNCILS, out);
                if (totals != null) {
                    out.printf("Built %d councils in %.0f s: %,d workers in post and %,d open cases on %s, %,d rows%n",
                            totals.councils(), (System.nanoTime() - started) / 1e9, totals.workersInPost(), totals.openCases(),
                            NationalCouncils.TO, totals.rows());
                }
            }
            List<Authority> authorities = registers.authorities();
            out.printf("The database holds %d council(s).%n", authorities.size());
            out.flush();
            List<User> users = council.equals("demo") ? demoUsers(registers) : nationalUsers(registers, authorities);
            for (User user : users) {
                if (!accounts.exists(user.name)) {
                    accounts.create(new Account(user.name, user.name, user.role, user.laCode, user.regionCode, user.teams, null),
                            PASSWORD);
                }
            }
            return users;
        }
    }

    private static List<User> demoUsers(Registers registers) {
        Register demo = registers.find(DemoCouncil.LA_CODE).orElseThrow().register();
        List<String> teams = demo.teams().stream().map(Team::teamId).toList();
        String la = DemoCouncil.LA_CODE;
        List<String> own = List.of(la);
        return List.of(
                new User("bench.hr", Role.HR, la, null, Set.of(), own, 0.25),
                new User("bench.leader", Role.SENIOR_LEADER, la, null, Set.of(), own, 0.15),
                new User("bench.lead", Role.WORKFORCE_LEAD, la, null, Set.of(), own, 0.10),
                new User("bench.manager.1", Role.TEAM_MANAGER, la, null, Set.of(teams.get(0), teams.get(1)), own, 0.15),
                new User("bench.manager.2", Role.TEAM_MANAGER, la, null, Set.of(teams.get(2), teams.get(3)), own, 0.15),
                new User("bench.analyst", Role.REGIONAL_ANALYST, null, DemoCouncil.REGION_EAST_OF_ENGLAND, Set.of(), own, 0.20));
    }

    /**
     * A regional analyst for each region (half the calls, spread over every council of the region), and an HR
     * officer, a senior leader and a team manager in every 13th council.
     */
    private static List<User> nationalUsers(Registers registers, List<Authority> authorities) {
        List<User> users = new ArrayList<>();
        for (String region : NationalCouncils.REGIONS) {
            List<String> councils = authorities.stream().filter(a -> region.equals(a.regionCode())).map(Authority::laCode).toList();
            if (!councils.isEmpty()) {
                users.add(new User("bench.analyst." + region, Role.REGIONAL_ANALYST, null, region, Set.of(), councils, 0.5 / 9));
            }
        }
        List<Authority> some = new ArrayList<>();
        for (int i = 0; i < authorities.size(); i += 13) {
            some.add(authorities.get(i));
        }
        for (Authority authority : some) {
            String la = authority.laCode();
            List<String> teams = registers.find(la).orElseThrow().register().teams().stream().map(Team::teamId).toList();
            List<String> own = List.of(la);
            users.add(new User("bench.hr." + la, Role.HR, la, null, Set.of(), own, 0.2 / some.size()));
            users.add(new User("bench.leader." + la, Role.SENIOR_LEADER, la, null, Set.of(), own, 0.1 / some.size()));
            users.add(new User("bench.manager." + la, Role.TEAM_MANAGER, la, null, Set.of(teams.get(0), teams.get(1)), own,
                    0.2 / some.size()));
        }
        return users;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
