package uk.retain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import uk.retain.agency.AgencyChecks;
import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.AgencyEngagementsFile;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/**
 * Exampleshire's two neighbours in the demo region (East of England), generated as Exampleshire is, so that the
 * regional pages and checks have councils to compare: Fenmoor (998, two areas, about 500 social workers) and
 * Broadwater (997, one area, another seed). Their SWE numbers are none of Exampleshire's, except for the workers who
 * move: the first {@link #MOVERS} permanent social workers (by worker id) to leave Exampleshire between the start of
 * the DfE agency rules and three months before the history's end start in Fenmoor through an agency 30 days later,
 * which the cooling-off rule across the region's councils finds (Fenmoor alone cannot: it holds no record of the
 * leavings). Five, so that the regional counts, suppressed under 5, show them.
 */
public final class DemoRegion {

    public static final String FENMOOR = "998";
    public static final String BROADWATER = "997";
    /** Days from leaving Exampleshire to the agency start in Fenmoor: inside the 3 months' cooling-off. */
    static final int MOVER_GAP_DAYS = 30;
    /** How many move. */
    static final int MOVERS = 5;

    static final CouncilSize FENMOOR_SIZE = new CouncilSize("Fenmoor", 2, CouncilSize.DEMO.historyStart(),
            CouncilSize.DEMO.historyEnd(), 998L);
    static final CouncilSize BROADWATER_SIZE = new CouncilSize("Broadwater", 1, CouncilSize.DEMO.historyStart(),
            CouncilSize.DEMO.historyEnd(), 997L);

    private DemoRegion() {
    }

    /** Fenmoor (with the mover) and Broadwater, beside {@code exampleshire}. */
    public static List<Register> neighbours(Register exampleshire) {
        Set<Integer> taken = new HashSet<>();
        exampleshire.workers().forEach(w -> addDigits(taken, w));
        Register fenmoor = DemoCouncil.generate(FENMOOR_SIZE, FENMOOR, taken);
        fenmoor.workers().forEach(w -> addDigits(taken, w));
        Register broadwater = DemoCouncil.generate(BROADWATER_SIZE, BROADWATER, taken);
        return List.of(withMover(exampleshire, fenmoor), broadwater);
    }

    /** The leavers of {@code from} who move, with the day each leaves: at most {@link #MOVERS}. */
    static List<Map.Entry<Worker, LocalDate>> movers(Register from) {
        List<Map.Entry<Worker, LocalDate>> movers = new ArrayList<>();
        Map<String, List<Employment>> rows = new TreeMap<>();
        from.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        LocalDate last = CouncilSize.DEMO.historyEnd().minusMonths(3);
        for (var entry : rows.entrySet()) {
            EmploymentHistory history = EmploymentHistory.of(entry.getValue());
            boolean socialWorker = entry.getValue().stream().anyMatch(r -> !r.isAgency() && r.jobRole() == JobRole.SOCIAL_WORKER);
            List<LocalDate> leavings = history.leavings();
            if (!socialWorker || leavings.size() != 1 || history.starts().size() != 1) {
                continue;
            }
            LocalDate left = leavings.get(0);
            Worker worker = from.workers().stream().filter(w -> w.workerId().equals(entry.getKey())).findFirst().orElse(null);
            if (worker != null && worker.sweNumber() != null && left.isAfter(AgencyChecks.CHECKED_FROM) && !left.isAfter(last)) {
                movers.add(Map.entry(worker, left));
                if (movers.size() == MOVERS) {
                    break;
                }
            }
        }
        return movers;
    }

    private static Register withMover(Register exampleshire, Register fenmoor) {
        List<Map.Entry<Worker, LocalDate>> movers = movers(exampleshire);
        if (movers.isEmpty() || !fenmoor.has(AgencyEngagementsFile.class) || fenmoor.teams().isEmpty()) {
            return fenmoor;
        }
        List<AgencyEngagement> engagements = new ArrayList<>(fenmoor.rows(AgencyEngagementsFile.class));
        AgencyEngagement like = engagements.get(0);
        List<Worker> workers = new ArrayList<>(fenmoor.workers());
        List<Employment> employments = new ArrayList<>(fenmoor.employments());
        int n = 0;
        for (Map.Entry<Worker, LocalDate> mover : movers) {
            n++;
            String id = "W9000" + n;
            Worker leaver = mover.getKey();
            LocalDate start = mover.getValue().plusDays(MOVER_GAP_DAYS);
            engagements.add(new AgencyEngagement("E-MOVER-" + n, id, like.agency(), like.jobType(), start, null,
                    like.hoursPerWeek(), like.hourlyPay(), like.hourlyCharge(), like.noticeWeeks(), start.minusDays(7),
                    false, null, null));
            workers.add(new Worker(id, leaver.sweNumber(), leaver.familyName(), leaver.givenName(), leaver.qualifiedOn(),
                    leaver.dateOfBirth(), leaver.gender(), leaver.ethnicity(), null));
            employments.add(new Employment(id, Contract.AGENCY, JobRole.SOCIAL_WORKER, fenmoor.teams().get(0).teamId(), null,
                    BigDecimal.ONE, start, null, null, null));
        }
        return fenmoor.toBuilder().workers(workers).employments(employments).build()
                .withRows(AgencyEngagementsFile.class, engagements);
    }

    private static void addDigits(Set<Integer> taken, Worker worker) {
        if (worker.sweNumber() != null) {
            try {
                taken.add(Integer.parseInt(worker.sweNumber().key()));
            } catch (NumberFormatException e) {
                // Longer than an int: never one the generator draws.
            }
        }
    }
}
