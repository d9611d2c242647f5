package uk.retain.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.retain.allocation.AllocationFigures;
import uk.retain.allocation.CaseRequest;
import uk.retain.allocation.GreedyAllocator;
import uk.retain.allocation.Recommendations;
import uk.retain.allocation.Recommender;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Register;

/**
 * The allocation benchmark: the recommender against the greedy baseline on a council of 400 workers, 8,000 open
 * cases and 150 cases to place, side by side on the four figures the issue names, with the wall-clock time (in
 * this process, the first call, so the solver's start-up counts) and whether either broke a hard rule.
 */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = "Compare allocation recommendations with the greedy baseline on a 400-worker council.")
final class BenchAllocateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "2025", paramLabel = "N", description = "the seed of the generated council (default 2025)")
    long seed;

    @Option(names = "--weighting", description = "turn the policy's caseload weighting on (points capacity as well as caps)")
    boolean weighting;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SolverLogs.warningsOnly();
        AllocationBenchCouncil.Scenario scenario = AllocationBenchCouncil.generate(seed);
        Register register = scenario.register();
        List<CaseRequest> cases = scenario.cases();
        CaseloadPolicy policy = CaseloadPolicy.DEFAULT;
        if (weighting) {
            CaseloadPolicy.Weighting on = new CaseloadPolicy.Weighting(true, policy.weighting().categoryPoints(),
                    policy.weighting().courtProceedingsPoints(), policy.weighting().coWorkingPoints(), policy.weighting().pointsPerFte());
            policy = new CaseloadPolicy(policy.caseHoldingRoles(), policy.asyeCap(), policy.earlyCareerCap(),
                    policy.mentoringCap(), policy.experiencedCap(), on, policy.unallocatedAlertWorkingDays());
        }
        long families = cases.stream().map(c -> c.item().familyId()).filter(f -> f != null).distinct().count();
        long protectedWork = cases.stream().filter(c -> c.item().courtProceedings()
                || c.item().category() == uk.retain.workforce.CaseCategory.CHILD_PROTECTION).count();
        long noTeam = cases.stream().filter(c -> c.teamId() == null).count();
        out.printf(Locale.ROOT, "Council: %d workers in %d teams, %,d open cases (%,d held as primary, %,d waiting), on %s; weighting %s.%n",
                register.workers().size(), register.teams().size(), scenario.heldCases() + scenario.waitingCases(),
                scenario.heldCases(), scenario.waitingCases(), AllocationBenchCouncil.DATE, weighting ? "on" : "off");
        out.printf(Locale.ROOT, "Cases to place: %d (%d families among them, %d child protection or court, %d for any team with a locality).%n",
                cases.size(), families, protectedWork, noTeam);
        out.printf(Locale.ROOT, "Machine: %d processors available, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.flush();

        long start = System.nanoTime();
        Recommendations optimised = Recommender.recommend(register, policy, AllocationBenchCouncil.DATE, cases,
                Optional.empty(), Recommender.DEFAULT_LIMIT);
        double optimiserSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Recommendations greedy = GreedyAllocator.allocate(register, policy, AllocationBenchCouncil.DATE, cases, Optional.empty());
        double greedySeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Recommendations again = Recommender.recommend(register, policy, AllocationBenchCouncil.DATE, cases,
                Optional.empty(), Recommender.DEFAULT_LIMIT);
        double warmSeconds = (System.nanoTime() - start) / 1e9;

        AllocationFigures o = AllocationFigures.of(register, policy, AllocationBenchCouncil.DATE, cases, Optional.empty(), optimised);
        AllocationFigures g = AllocationFigures.of(register, policy, AllocationBenchCouncil.DATE, cases, Optional.empty(), greedy);
        out.println();
        out.printf(Locale.ROOT, "%-46s %10s %10s   %s%n", "", "optimiser", "greedy", "optimiser is");
        int better = 0;
        better += row(out, "highest load % of a worker given a case", o.highestLoadPercent(), g.highestLoadPercent(), "%.1f");
        better += row(out, "spread of load % within teams (mean s.d.)", o.teamSpreadPercent(), g.teamSpreadPercent(), "%.2f");
        better += row(out, "siblings split (pairs)", o.siblingsSplit(), g.siblingsSplit(), "%.0f");
        better += row(out, "cases left unallocated", o.unallocated(), g.unallocated(), "%.0f");
        out.printf(Locale.ROOT, "%-46s %10d %10d%n", "hard rules broken", o.hardRulesBroken(), g.hardRulesBroken());
        out.printf(Locale.ROOT, "%-46s %8.2f s %8.2f s%n", "wall-clock time (first call, in process)", optimiserSeconds, greedySeconds);
        out.printf(Locale.ROOT, "%-46s %8.2f s%n", "wall-clock time (second call)", warmSeconds);
        out.println();
        out.printf("Targets: within %d s: %s; no hard rule broken: %s; better than greedy on all four figures: %s (better on %d of 4); "
                        + "same answer twice: %s%n",
                Recommender.DEFAULT_LIMIT.toSeconds(), optimiserSeconds <= Recommender.DEFAULT_LIMIT.toSeconds() ? "met" : "NOT met",
                o.hardRulesBroken() == 0 && g.hardRulesBroken() == 0 ? "met" : "NOT met", better == 4 ? "met" : "NOT met", better,
                optimised.equals(again) ? "yes" : "NO");
        out.flush();
        return 0;
    }

    /** Prints one figure (lower is better for all four); answers 1 when the optimiser is better. */
    private static int row(PrintWriter out, String name, double optimiser, double greedy, String format) {
        String verdict = optimiser < greedy ? "better" : optimiser == greedy ? "the same" : "worse";
        out.printf(Locale.ROOT, "%-46s %10s %10s   %s%n", name, String.format(Locale.ROOT, format, optimiser),
                String.format(Locale.ROOT, format, greedy), verdict);
        return optimiser < greedy ? 1 : 0;
    }
}
