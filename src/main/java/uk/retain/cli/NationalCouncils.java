package uk.retain.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;

import uk.retain.demo.CouncilSize;
import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * England at scale: 153 councils (as many as have children's services), each the demo council's simulation of one
 * area over five years (1 October 2020 to 30 September 2025) with a seed of its own, so about 250 social workers
 * in post and 2,600 open cases each, 40,000 and 400,000 in all. Each gets its own la_code (101 to 253: numbers of
 * the DfE's form that no real council has) and one of England's nine regions in turn.
 */
final class NationalCouncils {

    static final int COUNCILS = 153;
    static final LocalDate FROM = LocalDate.of(2020, 10, 1);
    static final LocalDate TO = LocalDate.of(2025, 9, 30);
    static final List<String> REGIONS = List.of("E12000001", "E12000002", "E12000003", "E12000004", "E12000005",
            "E12000006", "E12000007", "E12000008", "E12000009");

    /** One council of the national database. */
    record Council(String laCode, String name, String regionCode, long seed) {
    }

    private NationalCouncils() {
    }

    static List<Council> councils(int count) {
        List<Council> councils = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String la = String.valueOf(101 + i);
            councils.add(new Council(la, "Benchmark council " + la, REGIONS.get(i % REGIONS.size()), 20_250_000L + i));
        }
        return councils;
    }

    /** The council's register: the demo simulation under the council's own code, name, region and seed. */
    static Register generate(Council council) {
        Register demo = DemoCouncil.generate(new CouncilSize(council.name(), 1, FROM, TO, council.seed()));
        Authority authority = new Authority(council.laCode(), council.name(), council.regionCode(),
                demo.authority().historyFrom());
        return demo.toBuilder().authority(authority).build();
    }

    /** Totals of what was written, on the last day of the history. */
    record Totals(int councils, long workersInPost, long openCases, long rows) {
    }

    /**
     * Writes every council the database does not hold yet, each in its own import transaction: one thread
     * simulates the next council while this one writes the last.
     */
    static Totals build(Registers registers, int count, PrintWriter out) throws InterruptedException {
        Set<String> held = registers.authorities().stream().map(Authority::laCode).collect(Collectors.toSet());
        List<Council> missing = councils(count).stream().filter(c -> !held.contains(c.laCode())).toList();
        if (missing.isEmpty()) {
            out.printf("The database already holds all %d councils.%n", count);
            out.flush();
            return null;
        }
        out.printf("Generating and writing %d of %d councils...%n", missing.size(), count);
        out.flush();
        BlockingQueue<Register> ready = new ArrayBlockingQueue<>(2);
        Thread simulation = Thread.ofPlatform().name("national-simulation").start(() -> {
            try {
                for (Council council : missing) {
                    ready.put(generate(council));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long workers = 0;
        long open = 0;
        long rows = 0;
        long started = System.nanoTime();
        for (int i = 0; i < missing.size(); i++) {
            Register register = ready.take();
            registers.replace(register);
            workers += register.employments().stream()
                    .filter(e -> !e.startDate().isAfter(TO) && (e.endDate() == null || !e.endDate().isBefore(TO)))
                    .map(e -> e.workerId()).distinct().count();
            open += register.cases().stream()
                    .filter(c -> !c.openedOn().isAfter(TO) && (c.closedOn() == null || !c.closedOn().isBefore(TO))).count();
            rows += register.teams().size() + register.workers().size() + register.employments().size()
                    + register.posts().size() + register.absences().size() + register.cases().size()
                    + register.allocations().size() + register.supervisions().size();
            if ((i + 1) % 10 == 0 || i + 1 == missing.size()) {
                out.printf("  %d councils written, %.0f s%n", i + 1, (System.nanoTime() - started) / 1e9);
                out.flush();
            }
        }
        simulation.join();
        return new Totals(missing.size(), workers, open, rows);
    }
}
